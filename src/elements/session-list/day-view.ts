import { dateTimeFormat } from '../../shared/intl.js';
import { fold } from '../../shared/text.js';
import { prepareSearch, type PlacedSession, type ScheduleModel } from './place-sessions.js';
import { dayInZone, utcTime } from '../../shared/time-zone.js';

/**
 * What the session list draws, worked out from the placed programme, the reader's filters, the zone shown and
 * the time: the days to draw, their time slots, each session's time text, day shift and grid cell, the
 * number of matches on each day, and what is on now and next. Pure (no DOM, no Lit): the element only draws
 * what this gives it.
 */

export interface Filters {
  room: string;
  track: string;
  kind: string;
  query: string;
  /** Only the reader's favourites. */
  mine: boolean;
}

export const NO_FILTERS: Filters = Object.freeze({ room: '', track: '', kind: '', query: '', mine: false });

export const isFiltering = ({ room, track, kind, query, mine }: Filters): boolean => !!(room || track || kind || query.trim() || mine);

/** The words the view is made of, in the reader's language. */
export interface Words {
  /** "All day". */
  allDay: string;
  /** "from 10:00 AM": a session whose end the data does not give. */
  from(time: string): string;
}

export interface ViewInput {
  locale: string;
  /** The zone the times are shown in. */
  zone: string;
  /** The current time (ms). */
  now: number;
  filters: Filters;
  favorites: ReadonlySet<string>;
  /** The day the reader picked; when it is not one of the programme's, today (while the event is on) or the first day. */
  selectedDay: string;
  /** Every day (for printing) instead of the active one. */
  allDays: boolean;
  grid: boolean;
  words: Words;
}

export interface SessionView {
  session: PlacedSession;
  /** "11:00 AM – 12:00 PM", "from 10:00 AM" or "All day"; formatted when first read, as a long day is drawn a chunk per frame. */
  readonly time: string;
  /** For `<time datetime>`. */
  datetime: string;
  /** +1 / −1 when the clock in the zone shown reads another date than the event's day (a concert after midnight). */
  shift: number;
  /** Under way now. */
  current: boolean;
  /** CSS `grid-row` and `grid-column` in the grid view; empty in the list. */
  row: string;
  column: string;
}

export interface SlotView {
  /** The start (ms) as text, or `all-day`. */
  key: string;
  label: string;
  datetime: string;
  /** CSS `grid-row` in the grid view. */
  row: string;
  sessions: SessionView[];
}

export interface DayView {
  day: string;
  /** "Tuesday, April 29". */
  label: string;
  /** The zone shown, as that day's readers know it: "Chile Time (GMT-4)". */
  zone: string;
  /** The day's sessions, and how many of them match the filters. */
  total: number;
  shown: number;
  slots: SlotView[];
  /** Grid view: the rooms in use that day, a column each. */
  rooms: string[];
}

export interface ScheduleView {
  activeDay: string;
  /** Matching sessions on each day of the programme. */
  matches: Map<string, number>;
  /** The days drawn: the active one, or all when printing. */
  days: DayView[];
  /** Sessions in the days drawn. */
  size: number;
  /** The next slot to start, while the event is on. */
  next?: { session: PlacedSession; time: string };
}

/** The day's noon in UTC: a calendar day formatted in UTC is the same date in every zone. */
const noonOf = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return utcTime(y!, m!, d!, 12);
};

/** "Tue, Apr 29" (`short`) or "Tuesday, April 29" (`long`). */
export const dayLabel = (locale: string, day: string, style: 'short' | 'long' = 'short'): string =>
  dateTimeFormat(locale, { weekday: style, day: 'numeric', month: style, timeZone: 'UTC' }).format(noonOf(day));

const zoneName = (locale: string, zone: string, at: number, style: 'longGeneric' | 'shortOffset' | 'longOffset'): string =>
  dateTimeFormat(locale, { timeZone: zone, timeZoneName: style })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value ?? zone;

/**
 * A zone as readers know it at an instant: "Chile Time (GMT-4)". A zone whose only name is its offset
 * (UTC, `Etc/GMT-3`) is named once: "GMT+0", not "GMT+00:00 (GMT+0)".
 */
export function zoneLabel(locale: string, zone: string, at: number, withOffset = true): string {
  const name = zoneName(locale, zone, at, 'longGeneric');
  const offset = zoneName(locale, zone, at, 'shortOffset');
  if (name === zoneName(locale, zone, at, 'longOffset') || name === offset) return offset;
  return withOffset ? `${name} (${offset})` : name;
}

const timeFormat = (locale: string, zone: string) => dateTimeFormat(locale, { timeStyle: 'short', timeZone: zone });

// Formatting is the costly part of a zone switch; sessions share few distinct times, so each is formatted
// once per format (a format is one language and zone, made once by the shared Intl layer).
const texts = new WeakMap<Intl.DateTimeFormat, Map<string, string>>();
function remember(format: Intl.DateTimeFormat, key: string, make: () => string): string {
  let known = texts.get(format);
  if (!known) texts.set(format, (known = new Map()));
  let text = known.get(key);
  if (text === undefined) known.set(key, (text = make()));
  return text;
}

/** "11:00 AM", with a format of {@link timeFormat}. */
const timeText = (format: Intl.DateTimeFormat, ms: number): string => remember(format, String(ms), () => format.format(ms));

/** "11:00 AM – 12:00 PM"; a range that ends on a later day in the zone shown names that day ("10:00 PM – Wed
 * 4:00 AM"), so that a night session or a two-day hackathon does not read as a few hours of one day. */
function rangeText(format: Intl.DateTimeFormat, zone: string, start: number, end: number): string {
  return remember(format, `${start}-${end}`, () => {
    const day = dayInZone(start, zone);
    if (day === dayInZone(end, zone)) return format.formatRange(start, end);
    // Up to midnight: times alone (a range of two dates would spell both out).
    if (day === dayInZone(end - 1, zone)) return `${timeText(format, start)} – ${timeText(format, end)}`;
    const { locale } = format.resolvedOptions();
    const endDay = dateTimeFormat(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZone: zone });
    return `${timeText(format, start)} – ${endDay.format(end)}`;
  });
}

/** A session's time as the list shows it, with `format` the zone's {@link timeFormat}. */
function sessionTime(session: PlacedSession, format: Intl.DateTimeFormat, zone: string, words: Words): string {
  if (session.allDay) return words.allDay;
  return session.hasEnd ? rangeText(format, zone, session.start, session.end) : words.from(timeText(format, session.start));
}

/**
 * The times and zone names of a programme in a zone, formatted ahead (while the browser is idle), so that
 * switching to that zone later only draws.
 */
export function prepareTimes(model: ScheduleModel, locale: string, zone: string): void {
  const format = timeFormat(locale, zone);
  for (const s of model.sessions) {
    timeText(format, s.start);
    if (s.hasEnd && !s.allDay) rangeText(format, zone, s.start, s.end);
  }
  for (const { sessions } of model.days) zoneLabel(locale, zone, sessions[0]!.start);
}

/** The sessions under way at `now`, and the next to start, while the event is on (from midnight of its first day). */
export function nowAndNext(model: ScheduleModel, now: number): { current: Set<string>; next?: PlacedSession } {
  const current = new Set<string>();
  let next: PlacedSession | undefined;
  const timed = model.sessions.filter((s) => !s.allDay);
  if (!timed.length) return { current };
  const first = timed.reduce((min, s) => Math.min(min, s.start), Infinity);
  const last = timed.reduce((max, s) => Math.max(max, s.until), -Infinity);
  if (now < first - 864e5 || now > last || dayInZone(now, model.timeZone) < model.days[0]!.day) return { current };
  for (const s of timed) {
    if (s.start <= now && now < s.until) current.add(s.id);
    if (s.start > now && (!next || s.start < next.start)) next = s;
  }
  return { current, next };
}

/** The sessions of a day that pass the filters (the day's own list when nothing filters). */
function matching(sessions: PlacedSession[], filters: Filters, favorites: ReadonlySet<string>, terms: string[]): PlacedSession[] {
  const { room, track, kind, mine } = filters;
  if (!room && !track && !kind && !mine && !terms.length) return sessions;
  return sessions.filter(
    (s) =>
      (!room || s.room === room) &&
      (!track || s.track === track) &&
      (!kind || s.kind === kind) &&
      (!mine || favorites.has(s.id)) &&
      terms.every((term) => s.search!.includes(term)),
  );
}

function dayView(
  model: ScheduleModel,
  all: PlacedSession[],
  day: string,
  sessions: PlacedSession[],
  current: ReadonlySet<string>,
  input: ViewInput,
): DayView {
  const { locale, zone, grid, words } = input;
  const format = timeFormat(locale, zone);
  // Grid: a column per room in use that day, a row per time boundary (after the room names, and the all-day row).
  const present = new Set(all.map((s) => s.room));
  const rooms = grid ? model.rooms.filter((r) => present.has(r)) : [];
  const rows = new Map<number, number>();
  if (grid) {
    const first = sessions.some((s) => s.allDay) ? 3 : 2;
    const bounds = [...new Set(sessions.flatMap((s) => (s.allDay ? [] : s.hasEnd ? [s.start, s.end] : [s.start])))].sort((a, b) => a - b);
    bounds.forEach((b, i) => rows.set(b, i + first));
  }
  const slots: SlotView[] = [];
  for (const session of sessions) {
    const key = session.allDay ? 'all-day' : String(session.start);
    const datetime = session.allDay ? session.day : session.iso;
    let slot = slots[slots.length - 1];
    if (slot?.key !== key) {
      const label = session.allDay ? words.allDay : timeText(format, session.start);
      slot = { key, label, datetime, row: grid ? (session.allDay ? '2' : String(rows.get(session.start))) : '', sessions: [] };
      slots.push(slot);
    }
    const shownDay = session.allDay ? day : dayInZone(session.start, zone);
    const column = grid ? (rooms.includes(session.room) ? String(rooms.indexOf(session.room) + 2) : '2 / -1') : '';
    slot.sessions.push({
      session,
      get time() {
        return sessionTime(session, format, zone, words);
      },
      datetime,
      shift: shownDay === day ? 0 : shownDay > day ? 1 : -1,
      current: current.has(session.id),
      row: !grid ? '' : session.allDay ? '2' : `${rows.get(session.start)} / ${session.hasEnd ? rows.get(session.end) : 'span 1'}`,
      column,
    });
  }
  return {
    day,
    label: dayLabel(locale, day, 'long'),
    zone: zoneLabel(locale, zone, all[0]?.start ?? noonOf(day)),
    total: all.length,
    shown: sessions.length,
    slots,
    rooms,
  };
}

/** The whole view: see the module's comment. */
export function buildView(model: ScheduleModel, input: ViewInput): ScheduleView {
  const { current, next } = nowAndNext(model, input.now);
  const today = dayInZone(input.now, model.timeZone);
  const has = (day: string) => model.days.some((d) => d.day === day);
  const activeDay = has(input.selectedDay) ? input.selectedDay : has(today) ? today : (next?.day ?? model.days[0]?.day ?? '');
  const terms = fold(input.filters.query).split(/\s+/).filter(Boolean);
  if (terms.length) prepareSearch(model);
  const matches = new Map<string, number>();
  const days: DayView[] = [];
  for (const { day, sessions } of model.days) {
    const shown = matching(sessions, input.filters, input.favorites, terms);
    matches.set(day, shown.length);
    if (input.allDays || day === activeDay) days.push(dayView(model, sessions, day, shown, current, input));
  }
  return {
    activeDay,
    matches,
    days,
    size: days.reduce((sum, d) => sum + d.shown, 0),
    next: next && { session: next, time: timeText(timeFormat(input.locale, input.zone), next.start) },
  };
}
