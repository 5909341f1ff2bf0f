/**
 * Defects this suite found in code it does not fix, each with the smallest input that shows it. The fuzz
 * properties set aside the cases that hit one (`fc.pre`), so that they keep looking for others, and
 * known-defects.test.ts reproduces each in a test named "KNOWN DEFECT", which fails until it is fixed.
 * Fixing one: make its test pass, then delete its entry here.
 */
import fc from 'fast-check';

export interface KnownDefect {
  /** The module at fault. */
  where: string;
  /** What goes wrong, for whom. */
  name: string;
  /** Whether a case's input (as JSON, or its text) can hit it. */
  hits(input: string): boolean;
}

/** An own `__proto__` key in a record, holding an object (as `JSON.parse` makes it). */
export const PROTO_KEY: KnownDefect = {
  where: 'src/data/participants.ts (fromRecords, fromRows)',
  name: 'a record with a "__proto__" field holding an object (`[{"name":"Ana","__proto__":{"en":"x"}}]`) gets that object as its prototype: the field is lost and its keys show through as inherited fields',
  hits: (input) => /"__proto__":\s*[[{]/.test(input),
};

/** iCalendar dates that do not exist. */
export const ICAL_IMPOSSIBLE_DATE: KnownDefect = {
  where: 'src/data/ical.ts (readICalendar, through ical.js)',
  name: 'an iCalendar date that does not exist ("DTSTART;VALUE=DATE:20240230", "DTSTART:20241345T090000Z", hour 25) is read as a later real one instead of leaving the event out',
  hits: (input) => /DTSTART[^:\n]*:\d{4}(02(3[01])|(0[469]|11)31|1[3-9]\d\d|[2-9]\d\d\d)|DTSTART[^:\n]*:\d{8}T(2[5-9]|[3-9]\d)/.test(input),
};

/** One malformed content line in an iCalendar file. */
export const ICAL_ONE_BAD_LINE: KnownDefect = {
  where: 'src/data/ical.ts (readICalendar: ICAL.parse on the whole text)',
  name: 'one malformed line (RRULE:FREQ=BOGUS, BYDAY=XX, BYMONTH=13, a parameter without a value, a line without a colon) makes the whole calendar unreadable instead of leaving out the event that holds it',
  hits: () => false,
};

/** Unreadable DTEND, DURATION, EXDATE or RDATE on an event whose start is readable. */
export const ICAL_BAD_PROPERTY: KnownDefect = {
  where: 'src/data/ical.ts (readICalendar)',
  name: 'an unreadable DTEND, DURATION, EXDATE or RDATE leaves the whole event out, though its start is readable: it should be shown without that property',
  hits: () => false,
};

/** A recurrence COUNT of zero or less. */
export const ICAL_COUNT: KnownDefect = {
  where: 'src/data/ical.ts (readICalendar, through ical.js)',
  name: 'RRULE COUNT=0 makes 366 sessions (as if it had no end), COUNT=-1 none at all: the event should show once, at its DTSTART',
  hits: () => false,
};

/** A byte-order mark before BEGIN:VCALENDAR. */
export const ICAL_BOM: KnownDefect = {
  where: 'src/data/ical.ts (readICalendar)',
  name: 'an iCalendar file that starts with a byte-order mark (as Windows tools write it) is unreadable: the mark is not dropped before parsing',
  hits: () => false,
};

/** Several VCALENDAR objects in one file. */
export const ICAL_STREAM: KnownDefect = {
  where: 'src/data/ical.ts (readICalendar)',
  name: 'a file of two VCALENDAR objects one after the other (an iCalendar stream, RFC 5545 §3.4) is unreadable instead of giving the events of both',
  hits: () => false,
};

/** An event recurring by RDATE alone. */
export const ICAL_RDATE: KnownDefect = {
  where: 'src/data/ical.ts (readICalendar)',
  name: 'an event with RDATE and no RRULE shows only its DTSTART: the dates of RDATE are lost',
  hits: () => false,
};

/** Objects nested in the name field, each holding the next as its name. */
export const DEEP_NAME: KnownDefect = {
  where: 'src/data/participants.ts (toText), used by popolo.ts',
  name: 'a name nested 100,000 objects deep ({"name":{"name":…}}) overflows the stack (RangeError) instead of being read or refused: toText recurses once a level',
  hits: () => false,
};

/** A banner title of any length. */
export const TITLE_BOUND: KnownDefect = {
  where: 'src/elements/event-banner (event-banner.ts, fit-title.ts)',
  name: 'the banner draws the whole title however long: 100 KB takes about 2 s to fit and draws 1,800 lines, 1 MB tens of seconds; a title should be cut to a bound (MAX_TEXT)',
  hits: () => false,
};

/** Every known defect, by the id the corpus files use. */
export const KNOWN_DEFECTS: Record<string, KnownDefect> = {
  PROTO_KEY,
  ICAL_IMPOSSIBLE_DATE,
  ICAL_ONE_BAD_LINE,
  ICAL_BAD_PROPERTY,
  ICAL_COUNT,
  ICAL_BOM,
  ICAL_STREAM,
  ICAL_RDATE,
  DEEP_NAME,
  TITLE_BOUND,
};

/** Skips (with `fc.pre`) a case whose input hits one of the known defects given. */
export function setAside(input: unknown, ...defects: KnownDefect[]): void {
  const text =
    typeof input === 'string' ? input : (JSON.stringify(input, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) ?? '');
  fc.pre(!defects.some((d) => d.hits(text)));
}
