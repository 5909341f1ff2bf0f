/**
 * Language and direction resolution, as GitHub's <relative-time> does it: the element's own `lang`/`dir`,
 * else the nearest ancestor's (crossing shadow roots), else the document's, else the browser's.
 */

function parentAcrossShadow(node: Node): Element | null {
  if (node instanceof Element && node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

function closestAttribute(el: Element, name: string): string | null {
  for (let node: Element | null = el; node; node = parentAcrossShadow(node)) {
    const value = node.getAttribute(name);
    if (value) return value;
  }
  return null;
}

function supported(locale: string): string | null {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? null;
  } catch {
    return null;
  }
}

/** The BCP 47 language tag the element speaks. Invalid tags fall through to the next candidate. */
export function resolveLang(el: Element): string {
  const candidates = [closestAttribute(el, 'lang'), document.documentElement.lang, navigator.language];
  for (const candidate of candidates) {
    const tag = candidate && supported(candidate);
    if (tag) return tag;
  }
  return 'en';
}

/** The direction the element lays out in: the nearest explicit `dir`, else the HTML directionality. */
export function resolveDir(el: Element): 'ltr' | 'rtl' {
  const explicit = closestAttribute(el, 'dir');
  if (explicit === 'rtl' || explicit === 'ltr') return explicit;
  // `dir="auto"`, or none at all: the HTML directionality, which `:dir()` gives without making the browser
  // compute the page's styles first (a forced style recalculation as the element connects).
  return el.matches(':dir(rtl)') ? 'rtl' : 'ltr';
}

const firstStrong =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thaana}\p{Script=Syriac}\p{Script=Nko}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]|(\p{L})/u;

/** The direction of a text from its first strong letter (as `dir="auto"` decides), if it has one. */
export function textDirection(text: string): 'ltr' | 'rtl' | undefined {
  const match = firstStrong.exec(text);
  return match ? (match[1] ? 'ltr' : 'rtl') : undefined;
}
