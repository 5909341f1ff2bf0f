// Converts the PoplusCon 2014 programme (demo/data/sessions.json, as collected from poplus.org) to the Poplus
// schedule format read by <poplus-session-list>: `node scripts/convert-popluscon.mjs` writes
// demo/data/popluscon-schedule.json.
//
// The source gives local Santiago wall-clock times ("11:00"). Each becomes an instant with the offset that
// America/Santiago had on that date, taken from Intl's time-zone data (in April 2014 Chile had already left
// summer time, on 27 April: UTC−4), never a zone name pasted onto a bare time.
import { readFile, writeFile } from 'node:fs/promises';

const ZONE = 'America/Santiago';
const source = JSON.parse(await readFile(new URL('../demo/data/sessions.json', import.meta.url), 'utf8'));

const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
function offsetAt(ms) {
  const f = Object.fromEntries(parts.formatToParts(ms).map((p) => [p.type, Number(p.value)]));
  return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) - ms;
}
/** `2014-04-29` + `11:00` in Santiago → `2014-04-29T11:00:00-04:00`. */
function instant(date, time) {
  if (!time) return undefined;
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  let offset = offsetAt(asUtc);
  offset = offsetAt(asUtc - offset);
  const minutes = offset / 60000;
  const sign = minutes < 0 ? '-' : '+';
  const hh = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0');
  const mm = String(Math.abs(minutes) % 60).padStart(2, '0');
  const local = new Date(asUtc).toISOString().slice(0, 19);
  if (Date.parse(`${local}${sign}${hh}:${mm}`) + offset !== asUtc) throw new Error(`${date} ${time} is not a time in ${ZONE}`);
  return `${local}${sign}${hh}:${mm}`;
}

const sessions = [];
for (const day of source.days) {
  for (const row of day.agenda) {
    // Parallel rows are listed below as their sessions, one per room.
    if (row.session_ids) continue;
    sessions.push({
      id: `d${day.day}-${row.start.replace(':', '')}-${row.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}`,
      title: row.title,
      start: instant(day.date, row.start),
      end: instant(day.date, row.end),
      kind: row.kind,
    });
  }
}
for (const s of source.sessions) {
  const links = [
    s.agenda_doc_url && { title: 'Agenda', url: s.agenda_doc_url },
    s.notes_url && s.notes_url !== s.agenda_doc_url && { title: 'Notes', url: s.notes_url },
  ].filter(Boolean);
  sessions.push({
    id: s.id,
    title: s.title,
    start: instant(s.date, s.start),
    end: instant(s.date, s.end),
    room: s.room,
    track: s.group ?? undefined,
    kind: 'session',
    speakers: s.speakers ?? [],
    description: s.description ?? undefined,
    links,
  });
}
sessions.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));

const schedule = {
  event: {
    id: source.event.id,
    name: source.event.full_name,
    timeZone: ZONE,
    start: source.event.start_date,
    end: source.event.end_date,
  },
  sessions,
};
await writeFile(new URL('../demo/data/popluscon-schedule.json', import.meta.url), `${JSON.stringify(schedule, null, 2)}\n`);
console.log(`${sessions.length} sessions written to demo/data/popluscon-schedule.json`);
