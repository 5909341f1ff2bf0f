/** What kind of failure: stable words for code (`PoplusDataError.kind`). */
export type DataErrorKind = 'http' | 'network' | 'timeout' | 'content' | 'parse';

export interface DataReadErrorOptions {
  /** For `parse`: the format's name ("JSON", "CSV"…); for `content`: the content type received. */
  subject?: string;
  /** For `http`: the status the server answered with. */
  status?: number;
  /** Technical detail from the parser or the browser, untranslated. */
  detail?: string;
  /** For `content`: the answer was larger than this many bytes, more than the element reads. */
  limit?: number;
  /** For `content`: the data was read but held nothing the element could show. */
  nothingUsable?: boolean;
}

/** Thrown by loaders and format adapters; the data-source controller turns it into the error state. */
export class DataReadError extends Error {
  readonly subject: string;
  readonly status?: number;
  readonly detail?: string;
  readonly limit?: number;
  readonly nothingUsable: boolean;

  constructor(
    readonly kind: DataErrorKind,
    { subject = '', status, detail, limit, nothingUsable = false }: DataReadErrorOptions = {},
  ) {
    super(detail ?? `${kind} ${subject}`.trim());
    this.name = 'DataReadError';
    this.subject = subject;
    this.status = status;
    this.detail = detail;
    this.limit = limit;
    this.nothingUsable = nothingUsable;
  }
}

/** A parse failure of a format, with the parser's own words as detail: an error's message, a text as it is, else
 * the kind of value thrown (never `String(value)`, which itself throws for an object whose `toString` is not a function). */
export const parseError = (subject: string, detail?: unknown): DataReadError =>
  new DataReadError('parse', {
    subject,
    detail:
      detail instanceof Error
        ? detail.message
        : typeof detail === 'string' || detail === undefined
          ? detail
          : Object.prototype.toString.call(detail),
  });

/** `JSON.parse` that fails with a `DataReadError` naming the format. */
export function parseJson(text: string, format = 'JSON'): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw parseError(format, e);
  }
}
