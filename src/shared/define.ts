/**
 * Registers a custom element unless the tag is already taken, so that a page which loads the library twice
 * (say, the one-file bundle and an app's npm copy) keeps working instead of throwing.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
