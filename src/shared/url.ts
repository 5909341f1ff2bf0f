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

/**
 * A CSS colour from data (`#F9B000`, `rgb(…)`, `teal`), or `undefined`: only what the browser parses as a
 * colour, and nothing that reads the page's own custom properties or environment (`var()`, `env()`, `attr()`).
 */
export function safeColor(value: unknown): string | undefined {
  const color = typeof value === 'string' ? value.trim().slice(0, 100) : '';
  return color && !/\b(?:var|env|attr)\s*\(/i.test(color) && CSS.supports('color', color) ? color : undefined;
}
