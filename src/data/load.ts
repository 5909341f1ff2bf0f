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

/**
 * Fetches a URL as text. Every failure becomes a `DataReadError`: HTTP status, no answer, too slow, or an
 * HTML page where data was expected (a typical sign of a wrong URL or a login wall). An abort from `signal`
 * is rethrown as is, so a superseded load stays silent.
 */
export async function fetchText(url: string, signal: AbortSignal): Promise<{ text: string; hint: SourceHint }> {
  const timeout = AbortSignal.timeout(LOAD_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.any([signal, timeout]), credentials: 'same-origin' });
  } catch (e) {
    if (signal.aborted) throw e;
    throw new DataReadError(timeout.aborted ? 'timeout' : 'network', '', undefined, (e as Error).message);
  }
  if (!response.ok) throw new DataReadError('http', '', response.status, response.statusText);
  const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (contentType === 'text/html' || contentType === 'application/xhtml+xml') {
    throw new DataReadError('content', contentType);
  }
  try {
    return { text: await response.text(), hint: { contentType, url } };
  } catch (e) {
    if (signal.aborted) throw e;
    throw new DataReadError('network', '', undefined, (e as Error).message);
  }
}
