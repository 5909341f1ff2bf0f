/** Thrown by loaders and format adapters; the data-source controller turns it into the error state. */
export class DataReadError extends Error {
  constructor(
    readonly kind: 'http' | 'network' | 'timeout' | 'content' | 'parse',
    /** For `parse`: the format's name ("JSON", "CSV"…); for `content`: the content type received. */
    readonly subject = '',
    readonly status?: number,
    readonly detail?: string,
  ) {
    super(detail ?? `${kind} ${subject}`.trim());
    this.name = 'DataReadError';
  }
}

/** `JSON.parse` that fails with a `DataReadError` naming the format. */
export function parseJson(text: string, format = 'JSON'): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new DataReadError('parse', format, undefined, (e as Error).message);
  }
}
