/**
 * Text that may hold HTML, as plain text: frab abstracts with escaped markup, calendar descriptions written by
 * web forms, entity-escaped text (`Q&amp;A`). The markup is parsed into an inert document (`DOMParser`: no
 * script runs, nothing loads), its text is read, and block ends become line breaks; no markup ever reaches
 * the page. Text without tags or entities is returned as it is, unparsed.
 */

const MARKUP = /<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;
const HIDDEN = 'script, style, template, noscript';
const BLOCKS =
  'address, article, aside, blockquote, br, dd, div, dl, dt, figcaption, footer, h1, h2, h3, h4, h5, h6, header, hr, li, ol, p, pre, section, table, tr, ul';

export function plainText(text: string): string {
  if (!MARKUP.test(text)) return text;
  const body = new DOMParser().parseFromString(text, 'text/html').body;
  for (const hidden of body.querySelectorAll(HIDDEN)) hidden.remove();
  for (const block of body.querySelectorAll(BLOCKS)) block.after('\n');
  return (body.textContent ?? '')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
