/**
 * Text that may hold HTML, as plain text: frab abstracts with escaped markup, calendar descriptions written by
 * web forms, entity-escaped text (`Q&amp;A`). Tags are dropped (block ends become line breaks; scripts and
 * styles with their content), character references are decoded; no markup ever reaches the page. It is done
 * on the text itself, not through the browser's HTML parser: under Trusted Types (`require-trusted-types-for
 * 'script'`) `DOMParser` refuses plain strings. Text without tags or references is returned as it is.
 */

const MARKUP = /<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;
const HIDDEN = /<(script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const BLOCK_END =
  /<(?:br|hr)\b[^>]*>|<\/(?:address|article|aside|blockquote|dd|div|dl|dt|figcaption|footer|h[1-6]|header|li|ol|p|pre|section|table|tr|ul)\s*>/gi;
const TAG = /<\/?[a-z][^<>]*>|<!--[\s\S]*?-->/gi;

// HTML's Latin-1 entities name the code points 160 to 255 in order; the others are the usual punctuation.
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
let named: Map<string, string> | undefined;

function entity(name: string): string | undefined {
  if (!named) {
    named = new Map(LATIN1.split(' ').map((n, i) => [n, String.fromCharCode(160 + i)]));
    const more = {
      amp: '&',
      lt: '<',
      gt: '>',
      quot: '"',
      apos: "'",
      ndash: '–',
      mdash: '—',
      lsquo: '‘',
      rsquo: '’',
      ldquo: '“',
      rdquo: '”',
    };
    for (const [n, c] of Object.entries({
      ...more,
      sbquo: '‚',
      bdquo: '„',
      hellip: '…',
      bull: '•',
      euro: '€',
      trade: '™',
      zwj: '\u200d',
      zwnj: '\u200c',
    }))
      named.set(n, c);
  }
  return named.get(name);
}

/** Character references (`&eacute;`, `&#233;`, `&#xE9;`) as their characters; unknown ones stay as written. */
export function decodeReferences(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z][a-z\d]{1,31}));/gi, (match, dec?: string, hex?: string, name?: string) => {
    if (name) return entity(name) ?? match;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

export function plainText(text: string): string {
  if (!MARKUP.test(text)) return text;
  return decodeReferences(text.replace(HIDDEN, '').replace(BLOCK_END, '$&\n').replace(TAG, ''))
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
