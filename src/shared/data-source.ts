import { html, nothing, type PropertyValues, type ReactiveController, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { DataReadError, parseError } from '../data/errors.js';
import { fetchText, type SourceHint } from '../data/load.js';
import { INLINE_SELECTOR } from '../data/sniff.js';
import { PoplusErrorEvent, PoplusLoadEvent, type PoplusDataError } from './events/index.js';
import type { PoplusElement } from './poplus-element.js';

/** The element a data source serves: a Poplus element with `src` and `format` attributes (see `DataElement`). */
export interface DataSourceHost extends PoplusElement {
  src?: string;
  format?: string;
}

export interface DataSourceOptions<T> {
  /** The host's data property (`participants`, `sessions`, `component`): set from code, it wins over `src` and inline data. */
  property: string;
  /** Reads a value set from code into the model: synchronously when its adapter is loaded. Throws `DataReadError`. */
  adapt(value: unknown, format: string | undefined): T | Promise<T>;
  /** Reads text (from `src` or an inline `<script>` child) into the model. Throws `DataReadError`. */
  read(text: string, hint: SourceHint): T | Promise<T>;
  /** Whether the model has nothing to show (renders the empty state). */
  isEmpty(data: T): boolean;
  /** Data in the element's light DOM besides a `<script>` child (the table's plain `<table>`), read with `adapt`
   * when there is no `src`. */
  light?(): unknown;
}

type Inline = { text: string; hint: SourceHint } | { value: unknown };

/** The data source of each host, for `DataElement`'s `willUpdate`. */
const sources = new WeakMap<DataSourceHost, DataSourceController<unknown>>();

/**
 * One data path for every Poplus data element: a property set by code, a `src` URL (fetched with `@lit/task`
 * and an `AbortSignal`, so a new `src` cancels the old load), or an inline `<script type="application/json">`
 * child for pages without JavaScript of their own. Each goes through the element's format adapters. The data
 * reaches the host as a reactive change named `data` (`changed.has('data')` in `willUpdate`). The controller
 * renders the loading, empty and error states, fires `poplus-load` / `poplus-error`, and keeps the last good
 * data on screen when a later input fails.
 * @internal
 */
export class DataSourceController<T> implements ReactiveController {
  readonly #host: DataSourceHost;
  readonly #options: DataSourceOptions<T>;
  #inline?: Inline;
  /** What is on screen. */
  #value?: T;
  /** The last data read from `src` or inline, shown whenever the property is unset. */
  #loaded?: T;
  /** Why the last load of `src` or inline data failed: shown while the property is unset. */
  #loadError?: DataReadError;
  /** Why the property's value could not be read: shown while it is set, gone when it is unset. */
  #propertyError?: DataReadError;
  /** Counts property values, so that a slow adapter's answer for an old value is dropped. */
  #propertyRun = 0;
  /** The adapter's answer for the property's value, while it is awaited. */
  #propertyPending?: Promise<void>;

  readonly #task: Task<readonly [string | undefined, Inline | undefined], void>;

  constructor(host: DataSourceHost, options: DataSourceOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    sources.set(host, this as DataSourceController<unknown>);
    this.#task = new Task(host, {
      args: () => [host.src || undefined, this.#inline] as const,
      task: ([src, inline], { signal }) => this.#load(src, inline, signal),
    });
  }

  hostConnected(): void {
    const script = this.#host.querySelector<HTMLScriptElement>(`:scope > :is(${INLINE_SELECTOR})`);
    if (script) {
      const text = script.textContent ?? '';
      if (!this.#inline || !('text' in this.#inline) || this.#inline.text !== text) {
        this.#inline = { text, hint: { contentType: script.type, format: this.#host.format } };
      }
    } else if (this.#options.light && !this.#inline) {
      const value = this.#options.light();
      if (value !== undefined) this.#inline = { value };
    }
  }

  /** The data on screen: from the property if set, else the last data read successfully. */
  get value(): T | undefined {
    return this.#value;
  }

  /** Whether a load is under way. */
  get loading(): boolean {
    return !!this.#propertyPending || (!this.#propertySet && this.#task.status === TaskStatus.PENDING);
  }

  /** Why the input in force (the property if set, else `src` or inline data) could not be read. */
  get error(): PoplusDataError | undefined {
    const error = this.#propertySet ? this.#propertyError : this.#loadError;
    return error && this.#describe(error);
  }

  /** While the property's value is being read (its adapter may load lazily), a promise that settles once it is. */
  get pending(): Promise<void> | undefined {
    return this.#propertyPending;
  }

  /** Loads `src` (or reads the inline data or the property) again, e.g. after an error. */
  reload(): void {
    if (this.#propertySet) this.#adapt();
    else void this.#task.run();
  }

  get #propertySet(): boolean {
    return (this.#host as unknown as Record<string, unknown>)[this.#options.property] !== undefined;
  }

  /** Called before the host's own `willUpdate`: reads a new property value (or falls back to the loaded data). */
  sync(changed: PropertyValues): void {
    if (!changed.has(this.#options.property) && !(changed.has('format') && this.#propertySet)) return;
    if (this.#propertySet) this.#adapt();
    else {
      this.#propertyRun++;
      this.#propertyPending = undefined;
      this.#propertyError = undefined;
      this.#show(this.#loaded);
    }
  }

  #adapt(): void {
    const run = ++this.#propertyRun;
    const value = (this.#host as unknown as Record<string, unknown>)[this.#options.property];
    const done = (data: T) => {
      if (run !== this.#propertyRun) return;
      this.#propertyPending = undefined;
      this.#propertyError = undefined;
      this.#show(data);
    };
    const failed = (e: unknown) => {
      if (run !== this.#propertyRun) return;
      this.#propertyPending = undefined;
      this.#propertyError = asReadError(e, this.#host.format);
      void this.#announceError(this.#propertyError);
    };
    try {
      const data = this.#options.adapt(value, this.#host.format || undefined);
      if (data instanceof Promise) this.#propertyPending = data.then(done, failed);
      else done(data);
    } catch (e) {
      failed(e);
    }
  }

  /** Puts data on screen, as a reactive change of the host's `data`. */
  #show(data: T | undefined): void {
    const old = this.#value;
    if (old === data) return;
    this.#value = data;
    this.#host.requestUpdate('data', old, { hasChanged: () => true });
  }

  async #load(src: string | undefined, inline: Inline | undefined, signal: AbortSignal): Promise<void> {
    this.#loadError = undefined;
    if (!src && !inline) {
      this.#loaded = undefined;
      // Nothing to load: the property's own error (a first value that could not be read) stays on screen.
      if (!this.#propertySet) this.#show(undefined);
      return;
    }
    try {
      let data: T;
      if (src || (inline && 'text' in inline)) {
        const { text, hint } = src ? await fetchText(src, signal) : (inline as { text: string; hint: SourceHint });
        data = await this.#options.read(text, { ...hint, format: this.#host.format || undefined });
      } else data = await this.#options.adapt((inline as { value: unknown }).value, this.#host.format || undefined);
      signal.throwIfAborted();
      this.#loaded = data;
      if (!this.#propertySet) this.#show(data);
      await this.#announce(new PoplusLoadEvent({ data, source: src ? 'src' : 'inline', url: src }));
    } catch (e) {
      if (signal.aborted) throw e;
      // Resolve rather than reject: the error is shown and announced; the host page never sees a rejection.
      this.#loadError = asReadError(e, this.#host.format);
      await this.#announceError(this.#loadError, src);
    }
  }

  #announceError(error: DataReadError, url?: string): Promise<void> {
    return this.#announce(new PoplusErrorEvent({ ...this.#describe(error), url }));
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
            : error.limit
              ? t('errorTooLarge', Math.round(error.limit / 1024 / 1024))
              : error.nothingUsable
                ? t('errorNothingUsable')
                : error.kind === 'content'
                  ? t('errorContent', error.subject)
                  : t('errorParse', error.subject);
    return { kind: error.kind, message, status: error.status, detail: error.detail };
  }

  /**
   * Renders the data through `ready`, or the state that stands in for it: loading, empty or error. An error
   * after a good load is shown above the data that is kept.
   */
  render(ready: (data: T) => unknown): TemplateResult {
    const data = this.value;
    const error = this.error;
    const t: DataSourceHost['t'] = (key, ...args) => this.#host.t(key, ...args);
    const errorBox = error
      ? html`<div part="error" class="state state--error" role="alert">
          <p>${error.message}${data !== undefined ? html` ${t('errorKeptData')}` : nothing}</p>
          <button part="retry-button" type="button" @click=${() => this.reload()}>${t('retry')}</button>
        </div>`
      : nothing;
    if (data === undefined) {
      if (error) return html`${errorBox}`;
      if (this.loading) return html`<div part="loading" class="state state--loading" role="status">${t('loading')}</div>`;
      return html`<div part="empty" class="state state--empty" role="status">${t('empty')}</div>`;
    }
    if (this.#options.isEmpty(data)) {
      return html`${errorBox}<div part="empty" class="state state--empty" role="status">${t('empty')}</div>`;
    }
    return html`${errorBox}${ready(data)}`;
  }
}

/** Any failure as a `DataReadError`: an adapter's own, else a parse error of the format with the failure's words. */
const asReadError = (e: unknown, format: string | undefined): DataReadError =>
  e instanceof DataReadError ? e : parseError(format || 'data', e);

/** The data source of a host, if it has one. */
export const dataSourceOf = (host: DataSourceHost): DataSourceController<unknown> | undefined => sources.get(host);
