import { DataReadError } from './errors.js';

/** What a format adapter is told besides the text: where it came from and what the server called it. */
export interface SourceHint {
  /** The media type from the server or the inline `<script type>`, without parameters. */
  contentType: string;
  /** The URL, for data from `src`. */
  url?: string;
  /** The element's `format` attribute, when the page named the format. */
  format?: string;
}

/** How long a `src` may take before the element gives up and shows an error. */
export const LOAD_TIMEOUT_MS = 30_000;

/** The largest answer an element reads (25 MB): a bigger one is refused with an error, not read into memory. */
export const MAX_BYTES = 25 * 1024 * 1024;

/** The body as text, refused as soon as it passes `MAX_BYTES` (the header may be absent or wrong). */
async function readLimited(response: Response): Promise<string> {
  const tooLarge = () => new DataReadError('content', { limit: MAX_BYTES, detail: `larger than ${MAX_BYTES} bytes` });
  if (Number(response.headers.get('content-length')) > MAX_BYTES) throw tooLarge();
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > MAX_BYTES) {
      void reader.cancel();
      throw tooLarge();
    }
    parts.push(decoder.decode(chunk.value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Fetches a URL as text. Every failure becomes a `DataReadError`: HTTP status, no answer, too slow, too large,
 * or an HTML page where data was expected (a typical sign of a wrong URL or a login wall). An abort from
 * `signal` is rethrown as is, so a superseded load stays silent.
 */
export async function fetchText(url: string, signal: AbortSignal): Promise<{ text: string; hint: SourceHint }> {
  const timeout = AbortSignal.timeout(LOAD_TIMEOUT_MS);
  const failed = (e: unknown) => {
    if (signal.aborted || e instanceof DataReadError) return e;
    return new DataReadError(timeout.aborted ? 'timeout' : 'network', { detail: (e as Error)?.message });
  };
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.any([signal, timeout]), credentials: 'same-origin' });
  } catch (e) {
    throw failed(e);
  }
  if (!response.ok) throw new DataReadError('http', { status: response.status, detail: response.statusText });
  const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (contentType === 'text/html' || contentType === 'application/xhtml+xml') {
    void response.body?.cancel();
    throw new DataReadError('content', { subject: contentType });
  }
  try {
    return { text: await readLimited(response), hint: { contentType, url } };
  } catch (e) {
    throw failed(e);
  }
}
