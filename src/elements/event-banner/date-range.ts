import { dateTimeFormat } from '../../shared/intl.js';
import { calendarTime } from '../../shared/time-zone.js';

/** A piece of a formatted date range; pieces that belong to one end carry that end's ISO value. */
export interface DatePiece {
  text: string;
  datetime?: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO 8601 date (its midnight in UTC) or date-time, on a day that exists: not 30 February, which `Date` reads as 2 March. */
function parse(value = ''): Date | undefined {
  const [day, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})/.exec(value) ?? [];
  const date = new Date(day === value ? `${value}T00:00:00Z` : value);
  return day && !Number.isNaN(calendarTime(Number(y), Number(m), Number(d)) + date.getTime()) ? date : undefined;
}

/**
 * Formats the event's dates with `Intl.DateTimeFormat#formatRange` in the given locale, keeping to the
 * calendar day as written for plain dates (`2014-04-29` is the 29th in every time zone). The start's pieces
 * and the end's pieces are returned apart so each can sit in its own `<time datetime>`.
 */
export function formatDateRange(start: string | undefined, end: string | undefined, locale: string): DatePiece[] | undefined {
  const from = parse(start);
  if (!from) return undefined;
  let to = parse(end);
  if (to && to < from) to = undefined;
  const dateOnly = DATE_ONLY.test(start!) && (!to || DATE_ONLY.test(end!));
  const format = dateTimeFormat(locale, dateOnly ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeStyle: 'short' });
  if (!to || to.getTime() === from.getTime()) return [{ text: format.format(from), datetime: start }];
  const pieces: DatePiece[] = [];
  for (const part of format.formatRangeToParts(from, to)) {
    const datetime = part.source === 'startRange' ? start : part.source === 'endRange' ? end : undefined;
    const last = pieces[pieces.length - 1];
    if (last && last.datetime === datetime) last.text += part.value;
    else pieces.push({ text: part.value, datetime });
  }
  return pieces;
}
