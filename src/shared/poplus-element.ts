import { LitElement } from 'lit';
import { catalogueFor, loadCatalogue, needsLoading, translate, type Catalogue, type MessageKey } from '../locales/index.js';
import { resolveDir, resolveLang } from './lang.js';

type Args<K extends MessageKey> = Catalogue[K] extends (...args: infer A) => string ? A : [];

/** Each connected element, with how it re-reads its language. */
const connected = new Map<PoplusElement, () => void>();
let observer: MutationObserver | undefined;

/** One observer for the whole page: a `lang` or `dir` change anywhere re-resolves every Poplus element. */
function watchLanguageChanges(): void {
  if (observer) return;
  observer = new MutationObserver(() => connected.forEach((refresh) => refresh()));
  observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang', 'dir'] });
}

/**
 * The base of every Poplus element: it knows the language and direction it renders in (its own `lang`/`dir`,
 * else the nearest ancestor's, else the document's), and translates through `t()`. `locale` and `direction`
 * are reactive: a change arrives in `willUpdate(changed)` as `changed.has('locale')` / `'direction'`, like any
 * property. Dates, numbers and names go through `Intl` with `this.locale` (see `shared/intl.ts`).
 * @internal
 */
export class PoplusElement extends LitElement {
  #lang = 'en';
  #dir: 'ltr' | 'rtl' = 'ltr';

  /** The BCP 47 tag the element renders in. */
  get locale(): string {
    return this.#lang;
  }

  /** The direction the element renders in. */
  get direction(): 'ltr' | 'rtl' {
    return this.#dir;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.set(this, () => this.#refreshLanguage());
    watchLanguageChanges();
    this.#refreshLanguage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /** Re-reads `lang` and `dir`, and updates when either changed. Called by the page-wide observer. */
  #refreshLanguage(): void {
    const lang = resolveLang(this);
    const dir = resolveDir(this);
    const [oldLang, oldDir] = [this.#lang, this.#dir];
    this.#lang = lang;
    this.#dir = dir;
    this.requestUpdate('locale', oldLang);
    this.requestUpdate('direction', oldDir);
  }

  /** Waits for the catalogue of the element's language, when it is not loaded yet, before rendering. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (needsLoading(this.#lang)) return loadCatalogue(this.#lang).then(() => super.scheduleUpdate());
    return super.scheduleUpdate();
  }

  /**
   * A message in the element's language (English where the language has no translation for it).
   * @internal
   */
  t<K extends MessageKey>(key: K, ...args: Args<K>): string {
    return translate(catalogueFor(this.#lang), key, args);
  }
}
