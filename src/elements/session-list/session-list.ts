import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { adaptSchedule, readSchedule, type Schedule, type ScheduleSession } from '../../data/schedule.js';
import { DataElement } from '../../shared/data-element.js';
import { DataSourceController } from '../../shared/data-source.js';
import { defineElement } from '../../shared/define.js';
import { sessionMessages } from '../../locales/en.js';
import { useEnglish } from '../../locales/index.js';
import { PoplusFavoriteToggleEvent, PoplusSessionSelectEvent } from '../../shared/events/session-list.js';
import { PoplusElement } from '../../shared/poplus-element.js';
import { fold } from '../../shared/text.js';
import { containerHost, fieldStyles, stateStyles, tokens } from '../../shared/tokens.js';
import { writeICalendar } from './ics.js';
import { placeSchedule, prepareSearch, zonesDiffer, type PlacedSession, type ScheduleModel } from './place-sessions.js';
import { setStyle } from './set-style.js';
import { styles } from './session-list.styles.js';
import { browserTimeZone, dayInZone, isTimeZone } from './time-zone.js';

export type { Schedule, ScheduleEvent, ScheduleSession, ScheduleLink, Speaker } from '../../data/schedule.js';

/** One session as drawn: the placed session and its texts in the current zone and language. */
interface SessionView {
  session: PlacedSession;
  readonly time: string;
  datetime: string;
  /** +1 / −1 when the session falls on another calendar day in the zone shown than the event's day. */
  shift: number;
}

interface SlotView {
  key: string;
  label: string;
  datetime: string;
  allDay: boolean;
  sessions: SessionView[];
}

interface DayView {
  day: string;
  label: string;
  zoneNote: string;
  slots: SlotView[];
  /** Grid layout: room columns and the row of each time boundary. */
  rooms: string[];
  rows: Map<number, number>;
  hasAllDay: boolean;
}

interface Filters {
  room: string;
  track: string;
  kind: string;
  query: string;
  mine: boolean;
}

const NO_FILTERS: Filters = { room: '', track: '', kind: '', query: '', mine: false };
const STORAGE_PREFIX = 'poplus-session-list:favorites:';
/**
 * Sessions drawn in the first frame (more than a screenful), then per frame after it: a long day appears in
 * a few frames instead of blocking one for its whole length.
 */
const FIRST = 30;
const CHUNK = 90;

let uid = 0;

const isoDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!, 12);
};

/**
 * A conference programme from any system: the Poplus schedule JSON, a frab or pretalx `schedule.json`, or an
 * iCalendar file. Sessions are grouped by day (with day tabs when there are several) and time slot, shown in
 * the event's time zone with a switch to the reader's own when they differ, and can be filtered by room,
 * track and kind, searched (accents ignored), starred into "my sessions" and downloaded as `.ics`.
 *
 * The element never changes the page's URL or scroll position unless `sync-url` is set, in which case the
 * day and filters live in the URL hash.
 *
 * @summary A conference programme: days, time slots, filters, favourites and calendar files.
 * @tagname poplus-session-list
 *
 * @slot - An inline `<script type="application/json">` (schedule or frab JSON) or `<script type="text/calendar">`.
 *
 * @csspart base - The wrapper of the whole programme.
 * @csspart controls - The bar of filters, time-zone switch and downloads.
 * @csspart search - The search field.
 * @csspart filter - Each filter `<select>`.
 * @csspart time-zone - The time-zone switch.
 * @csspart download - The "download my sessions" link.
 * @csspart next - The "next" button shown while the event is on.
 * @csspart tabs - The day tab list.
 * @csspart tab - One day tab.
 * @csspart day - The panel of one day.
 * @csspart slot - One time slot (list view).
 * @csspart slot-time - The heading with a slot's start time.
 * @csspart session - One session.
 * @csspart session-current - A session under way at `now`.
 * @csspart title - The session's title button.
 * @csspart star - The favourite toggle.
 * @csspart meta - Time, room, track and kind line.
 * @csspart details - The opened details of a session.
 * @csspart error - The error box (data that could not be read).
 * @csspart retry-button - The error box's button.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 *
 * @cssprop --poplus-session-row-height - The least height of a row in the grid view (default `2.5rem`). The grid
 * falls back to the list when the element is narrower than 48rem.
 * @cssprop --poplus-color-accent - Current sessions, stars and focus.
 *
 * @fires poplus-session-select - The reader activated a session (cancelable; cancel to route elsewhere).
 * @fires poplus-favorite-toggle - The reader starred or unstarred a session.
 * @fires poplus-load - Data from `src` or inline was read.
 * @fires poplus-error - Data could not be read.
 */
export class PoplusSessionList extends DataElement(PoplusElement) {
  static override styles = [tokens, containerHost, stateStyles, fieldStyles, styles];

  readonly #data = new DataSourceController<Schedule>(this, {
    property: 'sessions',
    adapt: adaptSchedule,
    read: readSchedule,
    isEmpty: (schedule) => schedule.sessions.length === 0,
  });

  readonly #id = `poplus-sessions-${++uid}`;
  #model?: ScheduleModel;
  #prepared?: ScheduleModel;
  #downloadsFor?: ScheduleModel;
  #viewerZone = browserTimeZone();
  #zonesDiffer = false;
  #displayZone = 'UTC';
  #activeDay = '';
  #filtered = new Map<string, PlacedSession[]>();
  #views: DayView[] = [];
  #current = new Set<string>();
  #next?: PlacedSession;
  #nextLabel = '';
  #favoritesUrl?: string;
  #sessionUrls = new Map<string, string>();
  #storageKey = '';
  #timer?: ReturnType<typeof setInterval>;

  @state() private accessor selectedDay = '';
  @state() private accessor filters: Filters = NO_FILTERS;
  @state() private accessor viewerTime = false;
  @state() private accessor favorites: ReadonlySet<string> = new Set();
  @state() private accessor expanded: ReadonlySet<string> = new Set();
  @state() private accessor clock = Date.now();
  @state() private accessor printing = false;
  /** How many sessions of the day are drawn so far; grows by CHUNK each frame until all are. */
  @state() private accessor drawn = FIRST;
  #growing = 0;

  /** The schedule, in the Poplus schedule format (or a bare array of its sessions). Wins over `src`. */
  @property({ attribute: false }) accessor sessions: Schedule | ScheduleSession[] | undefined = undefined;

  /** The event's IANA time zone (`America/Santiago`); overrides the data's. */
  @property({ attribute: 'time-zone', reflect: true }) accessor timeZone: string | undefined = undefined;

  /** The reader's IANA time zone; defaults to the browser's. */
  @property({ attribute: 'viewer-time-zone' }) accessor viewerTimeZone: string | undefined = undefined;

  /** The current time, as ISO 8601 (for demos and tests); defaults to the clock. */
  @property() accessor now: string | undefined = undefined;

  /** `list`, or `grid` for a grid by room (which falls back to the list in a narrow container). */
  @property({ reflect: true }) accessor view: 'list' | 'grid' = 'list';

  /** Keep the day and filters in the URL hash, so a view can be shared. */
  @property({ type: Boolean, attribute: 'sync-url', reflect: true }) accessor syncUrl = false;

  /** The ARIA level of the time-slot headings; session titles are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 3;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#timer = setInterval(() => {
      if (!this.now) this.clock = Date.now();
    }, 60_000);
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
    if (this.syncUrl) {
      window.addEventListener('hashchange', this.#readHash);
      this.#readHash();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
    cancelAnimationFrame(this.#growing);
    this.#growing = 0;
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
    window.removeEventListener('hashchange', this.#readHash);
    this.#revoke(this.#favoritesUrl);
    this.#favoritesUrl = undefined;
    this.#sessionUrls.forEach((url) => this.#revoke(url));
    this.#sessionUrls.clear();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const schedule = this.#data.value;
    if (changed.has('data') || changed.has('timeZone') || changed.has('viewerTimeZone')) {
      this.#viewerZone = isTimeZone(this.viewerTimeZone) ? this.viewerTimeZone : browserTimeZone();
      this.#model = schedule ? placeSchedule(schedule, this.timeZone, this.#viewerZone) : undefined;
      this.#zonesDiffer = !!this.#model && zonesDiffer(this.#model, this.#viewerZone);
      this.#loadFavorites();
    }
    const model = this.#model;
    if (!model) {
      this.#views = [];
      return;
    }
    this.#displayZone = this.viewerTime && this.#zonesDiffer ? this.#viewerZone : model.timeZone;
    this.#updateNow(model);
    const days = model.days.map((d) => d.day);
    this.#activeDay = days.includes(this.selectedDay) ? this.selectedDay : this.#defaultDay(model);
    // A new list starts drawing from its top; a star on a drawn session must not redraw it (focus stays).
    const newList =
      changed.has('data') ||
      changed.has('filters') ||
      changed.has('selectedDay') ||
      changed.has('view') ||
      (changed.has('favorites') && this.filters.mine);
    if (newList) this.drawn = FIRST;
    this.#filtered = this.#filter(model);
    const shown = this.printing ? days : this.#activeDay ? [this.#activeDay] : [];
    this.#views = shown.map((day) => this.#dayView(model, day));
    if (changed.has('favorites') || changed.has('expanded') || model !== this.#downloadsFor) {
      this.#downloadsFor = model;
      this.#updateDownloads(model);
    }
  }

  /**
   * Work the reader is likely to ask for next, done while the browser is idle after a new schedule: the
   * search index, and the times in the reader's zone, so that the first search or zone switch is quick.
   */
  #prepareWhenIdle(model: ScheduleModel): void {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 50));
    idle(() => {
      if (this.#model !== model) return;
      prepareSearch(model);
      if (!this.#zonesDiffer) return;
      const time = this.#format({ timeStyle: 'short', timeZone: this.#viewerZone });
      for (const session of model.sessions) {
        this.#time(session.start, time);
        if (!session.allDay) this.#timeRange(session, this.#viewerZone, time);
      }
      for (const { day, sessions } of model.days) this.#zoneNote(this.#viewerZone, day, sessions[0]!.start, time);
    });
  }

  protected override updated(): void {
    if (this.#model && this.#model !== this.#prepared) {
      this.#prepared = this.#model;
      this.#prepareWhenIdle(this.#model);
    }
    const total = this.#views.reduce((sum, view) => sum + view.slots.reduce((n, slot) => n + slot.sessions.length, 0), 0);
    if (this.drawn < total && !this.#growing) {
      this.#growing = requestAnimationFrame(() => {
        this.#growing = 0;
        this.drawn += CHUNK;
      });
    }
  }

  /** Today while the event is on, else its first day. */
  #defaultDay(model: ScheduleModel): string {
    const today = dayInZone(this.#nowMs(), model.timeZone);
    if (model.days.some((d) => d.day === today)) return today;
    return this.#next?.day ?? model.days[0]?.day ?? '';
  }

  #isFiltering(): boolean {
    const { room, track, kind, query, mine } = this.filters;
    return !!(room || track || kind || query.trim() || mine);
  }

  #nowMs(): number {
    const parsed = this.now ? Date.parse(this.now) : NaN;
    return Number.isNaN(parsed) ? this.clock : parsed;
  }

  /** Marks the sessions under way and finds the next slot, while the event is on. */
  #updateNow(model: ScheduleModel): void {
    const now = this.#nowMs();
    this.#current = new Set();
    this.#next = undefined;
    const timed = model.sessions.filter((s) => !s.allDay);
    if (!timed.length) return;
    const first = timed.reduce((min, s) => Math.min(min, s.start), Infinity);
    const last = timed.reduce((max, s) => Math.max(max, s.until), -Infinity);
    // "During the event" starts at midnight of its first day in the event's zone.
    if (now < first - 864e5 || now > last || dayInZone(now, model.timeZone) < model.days[0]!.day) return;
    for (const s of timed) {
      if (s.start <= now && now < s.until) this.#current.add(s.id);
      if (s.start > now && (!this.#next || s.start < this.#next.start)) this.#next = s;
    }
    this.#nextLabel = this.#next ? this.#timeFormat().format(this.#next.start) : '';
  }

  #filter(model: ScheduleModel): Map<string, PlacedSession[]> {
    const { room, track, kind, query, mine } = this.filters;
    const terms = fold(query).split(/\s+/).filter(Boolean);
    if (terms.length) prepareSearch(model);
    const favorites = this.favorites;
    const byDay = new Map<string, PlacedSession[]>();
    for (const { day, sessions } of model.days) {
      byDay.set(
        day,
        sessions.filter(
          (s) =>
            (!room || s.room === room) &&
            (!track || s.track === track) &&
            (!kind || s.kind === kind) &&
            (!mine || favorites.has(s.id)) &&
            terms.every((term) => s.search!.includes(term)),
        ),
      );
    }
    return byDay;
  }

  #formats = new Map<string, Intl.DateTimeFormat>();
  #format(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    const key = `${this.locale}|${JSON.stringify(options)}`;
    let format = this.#formats.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(this.locale, options);
      this.#formats.set(key, format);
    }
    return format;
  }

  #timeFormat(): Intl.DateTimeFormat {
    return this.#format({ timeStyle: 'short', timeZone: this.#displayZone });
  }

  /** "Tue, 29 Apr", from the calendar day itself (the same in every zone). */
  #dayLabel(day: string, weekday: 'short' | 'long' = 'short'): string {
    return this.#format({ weekday, day: 'numeric', month: weekday === 'short' ? 'short' : 'long', timeZone: 'UTC' }).format(isoDay(day));
  }

  /** "Times in Chile Time (GMT-4)." for a day: the offset is the one in force that day. */
  #zoneNote(zone: string, day: string, at: number, time: Intl.DateTimeFormat): string {
    return this.#remember(time, `zone-${day}`, () =>
      this.t('sessionTimesIn', `${this.#zoneName(zone, at, 'longGeneric')} (${this.#zoneName(zone, at, 'shortOffset')})`),
    );
  }

  #zoneName(zone: string, at: number, style: 'longGeneric' | 'shortOffset'): string {
    return (
      this.#format({ timeZone: zone, timeZoneName: style })
        .formatToParts(at)
        .find((p) => p.type === 'timeZoneName')?.value ?? zone
    );
  }

  #dayView(model: ScheduleModel, day: string): DayView {
    const all = model.days.find((d) => d.day === day)?.sessions ?? [];
    const sessions = this.#filtered.get(day) ?? [];
    const zone = this.#displayZone;
    const time = this.#timeFormat();
    const slots: SlotView[] = [];
    for (const session of sessions) {
      const key = session.allDay ? 'all-day' : String(session.start);
      let slot = slots[slots.length - 1];
      if (slot?.key !== key) {
        slot = {
          key,
          label: session.allDay ? this.t('sessionAllDay') : this.#time(session.start, time),
          datetime: session.allDay ? session.day : session.iso,
          allDay: session.allDay,
          sessions: [],
        };
        slots.push(slot);
      }
      // Marked when the clock shows another date than the event's day: a session after midnight, or one that
      // falls on another date in the reader's zone.
      const shownDay = session.allDay ? day : dayInZone(session.start, zone);
      // The time text is formatted when the session is drawn: long days are drawn a chunk per frame.
      const timeText = () => (session.allDay ? this.t('sessionAllDay') : this.#timeRange(session, zone, time));
      slot.sessions.push({
        session,
        get time() {
          return timeText();
        },
        datetime: session.allDay ? session.day : session.iso,
        shift: shownDay === day ? 0 : shownDay > day ? 1 : -1,
      });
    }
    const rows = new Map<number, number>();
    let rooms: string[] = [];
    let hasAllDay = false;
    if (this.view === 'grid') {
      const present = new Set(all.map((s) => s.room));
      rooms = model.rooms.filter((r) => present.has(r));
      hasAllDay = sessions.some((s) => s.allDay);
      const bounds = [...new Set(sessions.flatMap((s) => (s.allDay ? [] : [s.start, s.end])))].sort((a, b) => a - b);
      bounds.forEach((b, i) => rows.set(b, i + (hasAllDay ? 3 : 2)));
    }
    const at = all[0]?.start ?? isoDay(day);
    return {
      day,
      label: this.#dayLabel(day, 'long'),
      zoneNote: this.#zoneNote(zone, day, at, time),
      slots,
      rooms,
      rows,
      hasAllDay,
    };
  }

  // Formatting is the costly part of a zone switch; sessions share few distinct times, so each is formatted once.
  #texts = new WeakMap<Intl.DateTimeFormat, Map<string, string>>();
  #remember(format: Intl.DateTimeFormat, key: string, make: () => string): string {
    let texts = this.#texts.get(format);
    if (!texts) this.#texts.set(format, (texts = new Map()));
    let text = texts.get(key);
    if (text === undefined) texts.set(key, (text = make()));
    return text;
  }

  #time(ms: number, format: Intl.DateTimeFormat): string {
    return this.#remember(format, String(ms), () => format.format(ms));
  }

  /** "11:00 AM – 12:00 PM"; a range across midnight in the zone shown keeps to times, without dates. */
  #timeRange(session: PlacedSession, zone: string, time: Intl.DateTimeFormat): string {
    if (!session.hasEnd) return this.#time(session.start, time);
    return this.#remember(time, `${session.start}-${session.end}`, () =>
      dayInZone(session.start, zone) === dayInZone(session.end - 1, zone)
        ? time.formatRange(session.start, session.end)
        : `${this.#time(session.start, time)} – ${this.#time(session.end, time)}`,
    );
  }

  /** Blob URLs for the .ics downloads: the favourites, and each opened session. Old ones are revoked. */
  #updateDownloads(model: ScheduleModel): void {
    const options = {
      eventId: model.eventId,
      name: model.name || undefined,
      timeZone: model.timeZone,
      untitled: this.t('sessionUntitled'),
    };
    this.#revoke(this.#favoritesUrl);
    const favorites = model.sessions.filter((s) => this.favorites.has(s.id));
    this.#favoritesUrl = favorites.length ? this.#blobUrl(writeICalendar(favorites, options)) : undefined;
    for (const [id, url] of this.#sessionUrls) {
      if (!this.expanded.has(id)) {
        this.#revoke(url);
        this.#sessionUrls.delete(id);
      }
    }
    for (const session of model.sessions) {
      if (this.expanded.has(session.id) && !this.#sessionUrls.has(session.id)) {
        this.#sessionUrls.set(session.id, this.#blobUrl(writeICalendar([session], options)));
      }
    }
  }

  #blobUrl(text: string): string {
    return URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  }

  #revoke(url: string | undefined): void {
    if (url) URL.revokeObjectURL(url);
  }

  #loadFavorites(): void {
    const key = this.#model ? STORAGE_PREFIX + this.#model.eventId : '';
    if (key === this.#storageKey) return;
    this.#storageKey = key;
    let ids: unknown = [];
    try {
      ids = key ? JSON.parse(localStorage.getItem(key) ?? '[]') : [];
    } catch {
      // Storage may be blocked (privacy settings, sandboxed frames) or hold junk: start with no favourites.
    }
    this.favorites = new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []);
  }

  #saveFavorites(): void {
    try {
      if (this.favorites.size) localStorage.setItem(this.#storageKey, JSON.stringify([...this.favorites]));
      else localStorage.removeItem(this.#storageKey);
    } catch {
      // Full or blocked storage: the stars still work for this visit.
    }
  }

  #onBeforePrint = () => {
    this.printing = true;
    this.drawn = Infinity;
    // The print layout is taken right after this event: render every day now, not in a later microtask.
    this.performUpdate();
  };

  #onAfterPrint = () => {
    this.printing = false;
  };

  #readHash = () => {
    const hash = location.hash.slice(1);
    if (!hash.includes('=')) return;
    const params = new URLSearchParams(hash);
    this.selectedDay = params.get('day') ?? '';
    this.filters = {
      room: params.get('room') ?? '',
      track: params.get('track') ?? '',
      kind: params.get('kind') ?? '',
      query: params.get('q') ?? '',
      mine: params.get('mine') === '1',
    };
    this.viewerTime = params.get('tz') === 'mine';
  };

  #writeHash(): void {
    if (!this.syncUrl) return;
    const { room, track, kind, query, mine } = this.filters;
    const entries = Object.entries({
      day: this.selectedDay,
      room,
      track,
      kind,
      q: query,
      mine: mine ? '1' : '',
      tz: this.viewerTime ? 'mine' : '',
    }).filter(([, v]) => v);
    history.replaceState(history.state, '', `#${new URLSearchParams(entries).toString()}`);
  }

  #setFilter(change: Partial<Filters>): void {
    this.filters = { ...this.filters, ...change };
    this.#writeHash();
  }

  #selectDay(day: string, focus = false): void {
    this.selectedDay = day;
    this.#writeHash();
    if (focus)
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus());
  }

  #onTabKey(event: KeyboardEvent): void {
    const days = this.#model?.days.map((d) => d.day) ?? [];
    const index = days.indexOf(this.#activeDay);
    const forward = this.direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = this.direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const target =
      event.key === forward
        ? (index + 1) % days.length
        : event.key === back
          ? (index - 1 + days.length) % days.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? days.length - 1
              : -1;
    if (target < 0) return;
    event.preventDefault();
    this.#selectDay(days[target]!, true);
  }

  #onSelect(session: PlacedSession): void {
    // A host that cancels the event routes the reader itself; otherwise the details open here.
    if (!this.dispatchEvent(new PoplusSessionSelectEvent({ id: session.id, session: session.source }))) return;
    const expanded = new Set(this.expanded);
    if (!expanded.delete(session.id)) expanded.add(session.id);
    this.expanded = expanded;
  }

  #onStar(session: PlacedSession): void {
    const favorites = new Set(this.favorites);
    const favorite = !favorites.delete(session.id);
    if (favorite) favorites.add(session.id);
    this.favorites = favorites;
    this.#saveFavorites();
    this.dispatchEvent(new PoplusFavoriteToggleEvent({ id: session.id, favorite, favorites: [...favorites] }));
  }

  async #onNext(): Promise<void> {
    const next = this.#next;
    if (!next) return;
    this.filters = NO_FILTERS;
    this.#selectDay(next.day);
    await this.updateComplete;
    this.drawn = Infinity;
    await this.updateComplete;
    // Moving focus is the reader's own request here; the browser scrolls the heading into view for it.
    this.renderRoot.querySelector<HTMLElement>(`[data-slot="${next.start}"]`)?.focus();
  }

  #renderControls(model: ScheduleModel): TemplateResult {
    const { room, track, kind, query, mine } = this.filters;
    const filtering = this.#isFiltering();
    const select = (
      label: string,
      name: 'room' | 'track' | 'kind',
      values: string[],
      value: string,
      show: (v: string) => string = (v) => v,
    ) =>
      values.length > 1
        ? html`<label class="field"
            >${label}
            <select part="filter" .value=${value} @change=${(e: Event) => this.#setFilter({ [name]: (e.target as HTMLSelectElement).value })}>
              <option value="">${this.t('sessionAny')}</option>
              ${values.map((v) => html`<option value=${v} ?selected=${v === value}>${show(v)}</option>`)}
            </select></label
          >`
        : nothing;
    const at = model.sessions[0]?.start ?? Date.now();
    return html`<div class="controls" part="controls">
      <div class="filters" role="group" aria-label=${this.t('sessionFilters')}>
        <label class="field search"
          >${this.t('sessionSearch')}
          <input
            part="search"
            type="search"
            .value=${query}
            @input=${(e: Event) => this.#setFilter({ query: (e.target as HTMLInputElement).value })}
        /></label>
        ${select(this.t('sessionRoom'), 'room', model.rooms, room)}
        ${select(this.t('sessionTrack'), 'track', model.tracks, track)}
        ${select(this.t('sessionKind'), 'kind', model.kinds, kind, (k) => this.t('sessionKindName', k))}
        ${
          this.favorites.size || mine
            ? html`<label class="check"
              ><input type="checkbox" .checked=${mine} @change=${(e: Event) => this.#setFilter({ mine: (e.target as HTMLInputElement).checked })} />
              ${this.t('sessionMine')}</label
            >`
            : nothing
        }
        ${filtering ? html`<button class="secondary" type="button" @click=${() => this.#setFilter(NO_FILTERS)}>${this.t('sessionClearFilters')}</button>` : nothing}
      </div>
      ${
        this.#zonesDiffer
          ? html`<fieldset class="zones" part="time-zone">
            <legend>${this.t('sessionTimeZone')}</legend>
            <label class="check"
              ><input type="radio" name="zone" .checked=${!this.viewerTime} @change=${() => this.#setZone(false)} />
              ${this.t('sessionEventTime', this.#zoneName(model.timeZone, at, 'longGeneric'))}</label
            >
            <label class="check"
              ><input type="radio" name="zone" .checked=${this.viewerTime} @change=${() => this.#setZone(true)} />
              ${this.t('sessionMyTime', this.#zoneName(this.#viewerZone, at, 'longGeneric'))}</label
            >
          </fieldset>`
          : nothing
      }
      <div class="actions">
        ${
          this.#next
            ? html`<button part="next" type="button" @click=${this.#onNext}>
              ${this.t('sessionNext', this.#nextLabel)}${this.#next.day !== this.#activeDay ? ` · ${this.#dayLabel(this.#next.day)}` : ''}
            </button>`
            : nothing
        }
        ${
          this.#favoritesUrl
            ? html`<a part="download" class="link-button" href=${this.#favoritesUrl} download=${`${model.eventId.replace(/[^\w.-]+/g, '-')}-my-sessions.ics`}
              >${this.t('sessionDownloadFavorites')}</a
            >`
            : nothing
        }
      </div>
    </div>`;
  }

  #setZone(viewer: boolean): void {
    this.viewerTime = viewer;
    this.#writeHash();
  }

  #renderTabs(model: ScheduleModel): TemplateResult | typeof nothing {
    if (model.days.length < 2) return nothing;
    const filtering = this.#isFiltering();
    return html`<div class="tabs" part="tabs" role="tablist" aria-label=${this.t('sessionDays')} @keydown=${this.#onTabKey}>
      ${model.days.map(({ day }) => {
        const selected = day === this.#activeDay;
        const label = this.#dayLabel(day);
        return html`<button
          part="tab"
          class="tab"
          type="button"
          role="tab"
          id=${`${this.#id}-tab-${day}`}
          aria-selected=${selected ? 'true' : 'false'}
          aria-controls=${selected ? `${this.#id}-panel` : nothing}
          tabindex=${selected ? 0 : -1}
          @click=${() => this.#selectDay(day)}
        >
          ${filtering ? this.t('sessionDayCount', label, String(this.#filtered.get(day)?.length ?? 0)) : label}
        </button>`;
      })}
    </div>`;
  }

  #renderSession(view: SessionView, dayView: DayView): TemplateResult {
    const { session: s, shift } = view;
    const current = this.#current.has(s.id);
    const open = this.expanded.has(s.id);
    const favorite = this.favorites.has(s.id);
    const title = s.title || this.t('sessionUntitled');
    const detailsId = `${this.#id}-details-${s.id}`;
    const grid: Record<string, string> =
      this.view === 'grid'
        ? {
            'grid-row': s.allDay ? '2' : `${dayView.rows.get(s.start)} / ${s.hasEnd ? dayView.rows.get(s.end) : 'span 1'}`,
            'grid-column': s.room && dayView.rooms.includes(s.room) ? String(dayView.rooms.indexOf(s.room) + 2) : '2 / -1',
          }
        : {};
    return html`<li class="session ${s.kind ? `kind-${s.kind.toLowerCase().replace(/[^a-z0-9-]/g, '')}` : ''} ${current ? 'current' : ''}" part=${current ? 'session session-current' : 'session'} ${setStyle(grid)}>
      <div class="head">
        <div class="title-line" role="heading" aria-level=${Math.min(6, this.headingLevel + 1)}>
          <button class="title" part="title" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? detailsId : nothing} @click=${() => this.#onSelect(s)}>
            ${title}
          </button>
        </div>
        <button class="star" part="star" type="button" aria-pressed=${favorite ? 'true' : 'false'} aria-label=${this.t('sessionFavorite', title)} @click=${() => this.#onStar(s)}>
          <span aria-hidden="true">${favorite ? '★' : '☆'}</span>
        </button>
      </div>
      <p class="meta" part="meta">
        ${current ? html`<strong class="now">${this.t('sessionNow')}</strong>` : nothing}
        <span class="time"><time datetime=${view.datetime}>${view.time}</time>${shift ? html` <span class="shift">${this.t(shift > 0 ? 'sessionNextDay' : 'sessionPreviousDay')}</span>` : nothing}</span>
        ${s.room ? html`<span class="room"><span class="visually-hidden">${this.t('sessionRoom')}: </span>${s.room}</span>` : nothing}
        ${s.track ? html`<span class="track"><span class="visually-hidden">${this.t('sessionTrack')}: </span>${s.track}</span>` : nothing}
        ${s.kind ? html`<span class="kind">${this.t('sessionKindName', s.kind)}</span>` : nothing}
      </p>
      ${s.speakers.length ? html`<p class="speakers"><span class="visually-hidden">${this.t('sessionSpeakers')}: </span>${this.#listFormat().format(s.speakers.map((p) => p.name))}</p>` : nothing}
      ${open ? this.#renderDetails(s, detailsId) : nothing}
    </li>`;
  }

  #lists?: Intl.ListFormat;
  #listFormat(): Intl.ListFormat {
    if (this.#lists?.resolvedOptions().locale !== this.locale) this.#lists = new Intl.ListFormat(this.locale, { type: 'conjunction' });
    return this.#lists;
  }

  #renderDetails(s: PlacedSession, id: string): TemplateResult {
    const url = this.#sessionUrls.get(s.id);
    return html`<div class="details" part="details" id=${id}>
      ${s.description ? html`<p class="description">${s.description}</p>` : nothing}
      ${
        s.speakers.some((p) => p.url)
          ? html`<p>
            ${this.t('sessionSpeakers')}:
            ${s.speakers.map((p, i) => html`${i ? ', ' : ''}${p.url ? html`<a href=${p.url} rel="noopener">${p.name}</a>` : p.name}`)}
          </p>`
          : nothing
      }
      <ul class="links">
        ${s.url ? html`<li><a href=${s.url} rel="noopener">${this.t('sessionPage')}</a></li>` : nothing}
        ${s.links.map((l) => html`<li><a href=${l.url} rel="noopener">${l.title}</a></li>`)}
        ${url ? html`<li><a href=${url} download=${`${s.id.replace(/[^\w.-]+/g, '-')}.ics`}>${this.t('sessionAddToCalendar')}</a></li>` : nothing}
      </ul>
    </div>`;
  }

  /** The slots as far as `drawn` sessions go (the last one possibly cut short); the rest follow frame by frame. */
  #drawnSlots(slots: SlotView[]): SlotView[] {
    let left = this.drawn;
    const out: SlotView[] = [];
    for (const slot of slots) {
      if (left <= 0) break;
      out.push(slot.sessions.length <= left ? slot : { ...slot, sessions: slot.sessions.slice(0, left) });
      left -= slot.sessions.length;
    }
    return out;
  }

  #renderDay(view: DayView, model: ScheduleModel): TemplateResult {
    const grid = this.view === 'grid';
    const total = model.days.find((d) => d.day === view.day)?.sessions.length ?? 0;
    const shown = this.#filtered.get(view.day)?.length ?? 0;
    const count = new Intl.NumberFormat(this.locale);
    const level = Math.min(6, this.headingLevel);
    const tabbed = !this.printing && model.days.length > 1;
    const slots = this.#drawnSlots(view.slots);
    const body = grid
      ? html`<ol class="grid" ${setStyle({ '--_columns': String(view.rooms.length || 1) })}>
          ${view.rooms.map((room, i) => html`<li class="grid-room" aria-hidden="true" ${setStyle({ 'grid-column': String(i + 2) })}>${room}</li>`)}
          ${repeat(
            slots,
            (slot) => slot.key,
            (slot) => html`<li class="grid-time" ${setStyle({ 'grid-row': slot.allDay ? '2' : String(view.rows.get(Number(slot.key))) })}>
                <div role="heading" aria-level=${level} class="slot-time" part="slot-time" tabindex="-1" data-slot=${slot.key}><time datetime=${slot.datetime}>${slot.label}</time></div>
              </li>
              ${slot.sessions.map((s) => this.#renderSession(s, view))}`,
          )}
        </ol>`
      : html`<ol class="slots">
          ${repeat(
            slots,
            (slot) => slot.key,
            (slot) => html`<li class="slot" part="slot">
              <div role="heading" aria-level=${level} class="slot-time" part="slot-time" tabindex="-1" data-slot=${slot.key}><time datetime=${slot.datetime}>${slot.label}</time></div>
              <ul class="sessions">
                ${repeat(
                  slot.sessions,
                  (s) => s.session.id,
                  (s) => this.#renderSession(s, view),
                )}
              </ul>
            </li>`,
          )}
        </ol>`;
    return html`<div
      class="day"
      part="day"
      id=${ifDefined(tabbed ? `${this.#id}-panel` : undefined)}
      role=${ifDefined(tabbed ? 'tabpanel' : undefined)}
      aria-labelledby=${ifDefined(tabbed ? `${this.#id}-tab-${view.day}` : undefined)}
    >
      ${!tabbed ? html`<div class="print-day" role="heading" aria-level=${Math.max(1, level - 1)}>${view.label}</div>` : nothing}
      <p class="note">
        ${view.zoneNote}
        <span role="status">${this.t('sessionShown', count.format(shown), count.format(total), { shown, total })}</span>
      </p>
      ${shown ? body : html`<p class="no-match">${this.t('sessionNoMatch')}</p>`}
    </div>`;
  }

  override render(): TemplateResult {
    return this.#data.render(() => {
      const model = this.#model;
      if (!model) return html``;
      return html`<div class="base ${this.view === 'grid' ? 'is-grid' : ''}" part="base">
        ${this.#renderControls(model)} ${this.#renderTabs(model)} ${this.#views.map((view) => this.#renderDay(view, model))}
        ${
          model.skipped.length
            ? html`<p class="skipped" role="note">${this.t('sessionSkipped', String(model.skipped.length), this.#listFormat().format(model.skipped.slice(0, 10)))}</p>`
            : nothing
        }
      </div>`;
    });
  }
}

useEnglish(sessionMessages);
defineElement('poplus-session-list', PoplusSessionList);

declare global {
  interface HTMLElementTagNameMap {
    'poplus-session-list': PoplusSessionList;
  }
}
