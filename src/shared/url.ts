const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL if it is safe to put in a link or an image: `http:`, `https:`, `mailto:`, or relative to the page.
 * Anything else (`javascript:`, `data:`, `vbscript:`, malformed) gives `undefined`, so the caller shows text
 * or nothing instead.
 */
export function safeUrl(value: unknown, base: string = document.baseURI): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, base);
    return SAFE_SCHEMES.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
