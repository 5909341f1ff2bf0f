/** How a title is laid out inside a box of a given width: its lines and the font size they share. */
export interface TitleLayout {
  lines: string[];
  /** Font size in CSS pixels. */
  size: number;
  /** Width of each line at that size, as measured. */
  widths: number[];
}

export interface FitOptions {
  /** Largest font size, in px. */
  max?: number;
  /** Smallest font size, in px, before words are broken inside. */
  min?: number;
  /** Lines allowed before the size goes down. */
  maxLines?: number;
}

type Measure = (text: string, size: number) => number;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Longest title drawn, in UTF-16 code units: several times any real event's name, and a bound on the work
 * of fitting (a megabyte of title would take seconds and draw thousands of lines).
 */
export const MAX_TITLE = 300;

/** A title of at most {@link MAX_TITLE} characters: a longer one is cut at a space (or between graphemes) and ends with "…". */
function boundTitle(text: string): string {
  const title = text.trim();
  if (title.length <= MAX_TITLE) return title;
  let cut = '';
  // The whole title is segmented (lazily), so that the last grapheme kept is whole.
  for (const { segment } of graphemes.segment(title)) {
    if (cut.length + segment.length >= MAX_TITLE) break;
    cut += segment;
  }
  const space = cut.search(/\s\S*$/);
  return `${(space > MAX_TITLE / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Greedy line breaking at spaces; a word wider than the box is cut between graphemes. */
function wrap(words: string[], width: number, size: number, measure: Measure, breakWords: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || measure(candidate, size) <= width) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  };
  for (const word of words) {
    if (breakWords && measure(word, size) > width) {
      for (const { segment } of graphemes.segment(word)) {
        if (line && measure(line + segment, size) > width) {
          lines.push(line);
          line = '';
        }
        line += segment;
      }
    } else push(word);
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Chooses a font size and line breaks so that the title (bounded, see {@link boundTitle}) fills the width
 * without ever overflowing it: the size starts in proportion to the width, and goes down while the title
 * takes more than `maxLines` lines or a word does not fit. At the smallest size, long words break between
 * graphemes (CJK titles, URLs).
 */
export function fitTitle(text: string, width: number, measure: Measure, options: FitOptions = {}): TitleLayout {
  const { max = 120, min = 24, maxLines = 3 } = options;
  const words = boundTitle(text).split(/\s+/).filter(Boolean);
  if (!words.length || width <= 0) return { lines: [], size: min, widths: [] };
  const fits = (lines: string[], size: number) => lines.every((l) => measure(l, size) <= width);
  let size = Math.max(min, Math.min(max, width / 7));
  for (; size > min; size = Math.max(min, size * 0.92)) {
    const lines = wrap(words, width, size, measure, false);
    if (lines.length <= maxLines && fits(lines, size)) return layout(lines, size, measure);
  }
  return layout(wrap(words, width, min, measure, true), min, measure);
}

function layout(lines: string[], size: number, measure: Measure): TitleLayout {
  return { lines, size, widths: lines.map((l) => measure(l, size)) };
}
