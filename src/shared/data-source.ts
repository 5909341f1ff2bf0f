import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { DataReadError } from '../data/errors.js';
import { fetchText, type SourceHint } from '../data/load.js';
import { PoplusErrorEvent, PoplusLoadEvent, type PoplusDataError } from './events/index.js';
import type { PoplusElement } from './poplus-element.js';

/** The element a data source serves: a Poplus element with `src` and `format` attributes. */
export interface DataSourceHost extends PoplusElement {
  src?: string;
  format?: string;
}

export interface DataSourceOptions<T> {
  /** Reads text (from `src` or an inline `<script>` child) into the element's model; throws `DataReadError`. */
  read(text: string, hint: SourceHint): T | Promise<T>;
  /** The element's data property, which wins over `src` and inline data when set. */
  property(): T | undefined;
  /** Whether the model has nothing to show (renders the empty state). */
  isEmpty(data: T): boolean;
}

/** Media types an inline `<script type="…">` child may carry; anything else is ignored (and never executed). */
const INLINE_TYPES =
  'script[type="application/json"], script[type="application/ld+json"], script[type="text/csv"], script[type="text/calendar"], script[type="application/yaml"], script[type="text/yaml"]';

/**
 * One data path for every Poplus data element: a property set by code, a `src` URL (fetched with `@lit/task`
 * and an `AbortSignal`, so a new `src` cancels the old load), or an inline `<script type="application/json">`
 * child for pages without JavaScript of their own. It renders the loading, empty and error states, fires
 * `poplus-load` / `poplus-error`, and keeps the last good data on screen when a later load fails.
 */
export class DataSourceController<T> implements ReactiveController {
  readonly #host: DataSourceHost;
  readonly #options: DataSourceOptions<T>;
  #inline?: { text: string; hint: SourceHint };
  #loaded?: T;
  #error?: DataReadError;

  readonly #task: Task<readonly [string | undefined, { text: string; hint: SourceHint } | undefined], T | undefined>;

  constructor(host: DataSourceHost, options: DataSourceOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#task = new Task(host, {
      args: () => [host.src || undefined, this.#inline] as const,
      task: ([src, inline], { signal }) => this.#load(src, inline, signal),
    });
  }

  hostConnected(): void {
    const script = this.#host.querySelector<HTMLScriptElement>(`:scope > :is(${INLINE_TYPES})`);
    if (script && script.textContent !== this.#inline?.text) {
      this.#inline = { text: script.textContent ?? '', hint: { contentType: script.type, format: this.#host.format } };
    }
  }

  /** The data on screen: the property if set, else the last data read successfully. */
  get value(): T | undefined {
    return this.#options.property() ?? this.#loaded;
  }

  /** Whether a load is under way. */
  get loading(): boolean {
    return this.#task.status === TaskStatus.PENDING;
  }

  /** The last failure, until a load succeeds. */
  get error(): PoplusDataError | undefined {
    return this.#error && this.#describe(this.#error);
  }

  /** Loads `src` (or re-reads the inline data) again, e.g. after an error. */
  reload(): void {
    void this.#task.run();
  }

  async #load(
    src: string | undefined,
    inline: { text: string; hint: SourceHint } | undefined,
    signal: AbortSignal,
  ): Promise<T | undefined> {
    if (!src && !inline) {
      this.#loaded = undefined;
      this.#error = undefined;
      return undefined;
    }
    this.#error = undefined;
    try {
      const { text, hint } = src ? await fetchText(src, signal) : inline!;
      const data = await this.#options.read(text, { ...hint, format: this.#host.format || undefined });
      signal.throwIfAborted();
      this.#loaded = data;
      await this.#announce(new PoplusLoadEvent({ data, source: src ? 'src' : 'inline', url: src }));
      return data;
    } catch (e) {
      if (signal.aborted) throw e;
      this.#error =
        e instanceof DataReadError
          ? e
          : new DataReadError('parse', this.#host.format || 'data', undefined, String((e as Error)?.message ?? e));
      await this.#announce(new PoplusErrorEvent({ ...this.#describe(this.#error), url: src }));
      // Resolve rather than reject: the error is shown and announced; the host page never sees a rejection.
      return this.#loaded;
    }
  }

  /** Fires an event once the element shows what it announces, so listeners can read the new DOM. */
  async #announce(event: Event): Promise<void> {
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#host.dispatchEvent(event);
  }

  #describe(error: DataReadError): PoplusDataError {
    const t: DataSourceHost['t'] = (key, ...args) => this.#host.t(key, ...args);
    const message =
      error.kind === 'http'
        ? t('errorHttp', error.status ?? 0)
        : error.kind === 'network'
          ? t('errorNetwork')
          : error.kind === 'timeout'
            ? t('errorTimeout')
            : error.kind === 'content'
              ? t('errorContent', error.subject)
              : t('errorParse', error.subject);
    return {
      kind: error.kind,
      message,
      status: error.status,
      detail: error.detail,
    };
  }

  /**
   * Renders the data through `ready`, or the state that stands in for it: loading, empty or error. An error
   * after a good load is shown above the data that is kept.
   */
  render(ready: (data: T) => unknown): TemplateResult {
    const data = this.value;
    const error = this.error;
    const errorBox = error
      ? html`<div part="error" class="state state--error" role="alert">
          <p>${error.message}${data !== undefined ? html` ${this.#host.t('errorKeptData')}` : nothing}</p>
          <button part="retry-button" type="button" @click=${() => this.reload()}>${this.#host.t('retry')}</button>
        </div>`
      : nothing;
    if (data === undefined) {
      if (error) return html`${errorBox}`;
      if (this.loading) return html`<div part="loading" class="state state--loading" role="status">${this.#host.t('loading')}</div>`;
      return html`<div part="empty" class="state state--empty" role="status">${this.#host.t('empty')}</div>`;
    }
    if (this.#options.isEmpty(data)) {
      return html`${errorBox}<div part="empty" class="state state--empty" role="status">${this.#host.t('empty')}</div>`;
    }
    return html`${errorBox}${ready(data)}`;
  }
}
