import { noChange, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS properties through the CSSOM (`element.style.setProperty`), never through a `style` attribute, so
 * it works on pages whose Content-Security-Policy forbids inline styles (`style-src 'self'`). Lit's own
 * `styleMap` writes the attribute on first render, which such a policy blocks.
 */
class SetStyleDirective extends Directive {
  #previous: Record<string, string> = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('setStyle() goes on an element: <li ${setStyle({...})}>');
  }

  /** Declares the argument; the work happens in `update`, which has the element. */
  render(properties: Record<string, string>): unknown {
    void properties;
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Record<string, string>]): unknown {
    const style = (part.element as HTMLElement).style;
    for (const name of Object.keys(this.#previous)) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) if (this.#previous[name] !== value) style.setProperty(name, value);
    this.#previous = properties;
    return noChange;
  }
}

export const setStyle = directive(SetStyleDirective);
