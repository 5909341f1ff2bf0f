import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { fold } from '../../shared/text.js';

/** One choice of a facet: `''` for every row, `null` for rows with no value, else a value. */
export interface Choice {
  value: string | null;
  /** What the reader sees ("Chile (12)"). */
  label: string;
}

export interface ComboboxView {
  label: string;
  /** Every choice, "all" first. */
  choices: readonly Choice[];
  /** The choice in force, one of `choices`. */
  selected: Choice;
  pick(value: string | null): void;
  /** "12 more: type to narrow the list", for choices left out of the popup. */
  more(count: number): string;
}

/** Most choices drawn in the popup: a facet with 3,000 organisations must not put 3,000 nodes on the page. */
const SHOWN = 20;

/**
 * A facet with many values as an editable combobox with a list popup (the ARIA combobox pattern, list
 * autocomplete): typing narrows the choices (accent- and case-insensitive), ↓/↑ move through them, Enter
 * picks, Escape closes the popup (or, when closed, clears the filter), Alt+↓/↑ open and close; only the first
 * `SHOWN` matches are drawn.
 */
export class FacetCombobox implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #id: string;
  #open = false;
  /** What the reader typed, while choosing. */
  #text?: string;
  #active = -1;

  constructor(host: ReactiveControllerHost, id: string) {
    this.#host = host;
    this.#id = id;
    host.addController(this);
  }

  hostConnected(): void {}

  #set(open: boolean, text: string | undefined, active: number): void {
    [this.#open, this.#text, this.#active] = [open, text, active];
    this.#host.requestUpdate();
  }

  #matches(choices: readonly Choice[]): Choice[] {
    const wanted = fold(this.#text ?? '').trim();
    return wanted ? choices.filter((c) => fold(c.value ?? c.label).includes(wanted)) : [...choices];
  }

  #pick(view: ComboboxView, choice: Choice | undefined): void {
    this.#set(false, undefined, -1);
    if (choice) view.pick(choice.value);
  }

  #onKey(event: KeyboardEvent, view: ComboboxView, shown: Choice[]): void {
    const last = shown.length - 1;
    const moves: Record<string, number> = { ArrowDown: this.#active + 1, ArrowUp: this.#active < 0 ? last : this.#active - 1 };
    if (event.key in moves && !event.altKey) {
      event.preventDefault();
      this.#set(true, this.#text, this.#open ? Math.max(0, Math.min(last, moves[event.key]!)) : event.key === 'ArrowUp' ? last : 0);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.#set(event.key === 'ArrowDown', this.#text, -1);
    } else if (event.key === 'Enter' && this.#open) {
      event.preventDefault();
      this.#pick(view, shown[this.#active] ?? (shown.length === 1 ? shown[0] : undefined));
    } else if (event.key === 'Escape') {
      if (this.#open || this.#text !== undefined) this.#set(false, undefined, -1);
      else if (view.selected !== view.choices[0]) this.#pick(view, view.choices[0]);
      else return;
      event.preventDefault();
    }
  }

  render(view: ComboboxView): TemplateResult {
    const matches = this.#open ? this.#matches(view.choices) : [];
    const shown = matches.slice(0, SHOWN);
    const list = `${this.#id}-list`;
    const option = (i: number) => `${this.#id}-${i}`;
    return html`<div class="field combobox">
      <label for=${this.#id}>${view.label}</label>
      <input
        id=${this.#id}
        part="filter"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-controls=${list}
        aria-expanded=${this.#open ? 'true' : 'false'}
        aria-activedescendant=${this.#active >= 0 && shown[this.#active] ? option(this.#active) : nothing}
        placeholder=${view.choices[0]?.label ?? ''}
        .value=${this.#text ?? (view.selected === view.choices[0] ? '' : (view.selected.value ?? view.selected.label))}
        @input=${(e: Event) => this.#set(true, (e.target as HTMLInputElement).value, -1)}
        @keydown=${(e: KeyboardEvent) => this.#onKey(e, view, shown)}
        @click=${() => this.#set(!this.#open, this.#text, -1)}
        @blur=${() => this.#set(false, undefined, -1)}
      />
      <div class="popup" ?hidden=${!this.#open}>
        <ul part="listbox" role="listbox" id=${list} aria-label=${view.label}>
          ${shown.map(
            (choice, i) =>
              html`<li
                part="option"
                role="option"
                id=${option(i)}
                class=${i === this.#active ? 'active' : ''}
                aria-selected=${choice === view.selected ? 'true' : 'false'}
                @mousedown=${(e: Event) => e.preventDefault()}
                @click=${() => this.#pick(view, choice)}
              >
                ${choice.label}
              </li>`,
          )}
        </ul>
        ${matches.length > SHOWN ? html`<p class="more">${view.more(matches.length - SHOWN)}</p>` : nothing}
      </div>
    </div>`;
  }
}
