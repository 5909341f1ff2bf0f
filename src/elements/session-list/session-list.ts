import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { adaptSchedule, readSchedule, type Schedule, type ScheduleSession, type Speaker } from '../../data/schedule.js';
import { sessionMessages } from '../../locales/en.js';
import { useEnglish } from '../../locales/index.js';
import { DataElement } from '../../shared/data-element.js';
import { DataSourceController } from '../../shared/data-source.js';
import { defineElement } from '../../shared/define.js';
import { PoplusFavoriteToggleEvent, PoplusSessionSelectEvent, PoplusSpeakerSelectEvent } from '../../shared/events/session-list.js';
import { formatList, formatNumber } from '../../shared/intl.js';
import { PoplusElement } from '../../shared/poplus-element.js';
import { headingLevel } from '../../shared/text.js';
import { containerHost, fieldStyles, stateStyles, tokens } from '../../shared/tokens.js';
import { CalendarDownloadsController } from './calendar-downloads.js';
import { renderControls } from './controls.js';
import { ChunkedDrawController } from './chunked-draw.js';
import { buildView, dayLabel, isFiltering, NO_FILTERS, prepareTimes, type DayView, type Filters, type ScheduleView } from './day-view.js';
import { FavoritesController } from './favorites.js';
import { placeSchedule, prepareSearch, zonesDiffer, type PlacedSession, type ScheduleModel } from './place-sessions.js';
import { renderSession, type CardContext } from './session-card.js';
import { setStyle } from './set-style.js';
import { styles } from './session-list.styles.js';
import { browserTimeZone, isTimeZone } from '../../shared/time-zone.js';
import { UrlStateController, type UrlState } from './url-state.js';

export type { Schedule, ScheduleEvent, ScheduleSession, ScheduleLink, ScheduleTrack, Speaker } from '../../data/schedule.js';

/** The inputs of the day view: a change to any of them builds it again. */
const VIEW_INPUTS = [
  'data',
  'timeZone',
  'viewerTimeZone',
  'locale',
  'viewerTime',
  'filters',
  'selectedDay',
  'view',
  'clock',
  'now',
  'printing',
];

let uid = 0;

/**
 * A conference programme from any system. It reads (`format` names one when the media type, the URL and the
 * content cannot tell): the Poplus schedule JSON (`json`, `poplus`), frab / pretalx `schedule.json` (`frab`,
 * `frab-json`, `c3voc`), frab / pentabarf `schedule.xml` (`frab-xml`, `xml`, `pentabarf`), Sessionize "All
 * Data" JSON (`sessionize`), the pretalx widget's JSON (`pretalx`, `pretalx-widget`) and iCalendar (`ical`,
 * `ics`, `icalendar`). Readers other than the Poplus JSON load on first use. Sessions are grouped by day (with day tabs when there are several) and time slot, shown in
 * the event's time zone with a switch to the reader's own when they differ, and can be filtered by room,
 * track and kind, searched (accents ignored), starred into "my sessions" and downloaded as `.ics`. Tracks
 * with a colour in the data are marked with it (a mark beside the text, never the text's own colour). A
 * session whose end the data does not give reads "from 1:00 PM" (and its calendar entry has no end).
 *
 * The element never changes the page's URL or scroll position unless `sync-url` is set, in which case the
 * day and filters live in the URL hash.
 *
 * Speakers link to their own page where the site has one: set `speaker-href` to a URL template such as
 * `/people/{id}` or `#people/{id}`, and each speaker with an `id` becomes a link (`{id}` URL-encoded; only
 * links other than `http:`, `https:`, `mailto:` and relative ones are dropped). Following it fires the cancelable `poplus-speaker-select`;
 * cancel it to show the person without a page load, e.g. with a participant table's `showRecord(id)`.
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
 * @csspart speaker - A speaker's link (with `speaker-href`).
 * @csspart details - The opened details of a session.
 * @csspart no-match - What a day without matches says, with the days that have some.
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
 * @fires poplus-speaker-select - The reader followed a speaker's link (cancelable; cancel to route without a page load).
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
  readonly #favorites = new FavoritesController(this);
  readonly #url = new UrlStateController(this, (state) => this.#apply(state));
  readonly #draw = new ChunkedDrawController(
    this,
    () => this.#view?.size ?? 0,
    () => this.performUpdate(),
  );
  readonly #downloads = new CalendarDownloadsController(this);
  readonly #id = `poplus-sessions-${++uid}`;
  readonly #t: PoplusElement['t'] = this.t.bind(this);
  #model?: ScheduleModel;
  #view?: ScheduleView;
  #viewerZone = browserTimeZone();
  #zonesDiffer = false;
  #timer?: ReturnType<typeof setInterval>;

  @state() private selectedDay = '';
  @state() private filters: Filters = NO_FILTERS;
  @state() private viewerTime = false;
  @state() private expanded: ReadonlySet<string> = new Set();
  @state() private clock = Date.now();

  /** The schedule, in the Poplus schedule format (or a bare array of its sessions). Wins over `src`. */
  @property({ attribute: false }) sessions: Schedule | ScheduleSession[] | undefined = undefined;

  /** The event's IANA time zone (`America/Santiago`); overrides the data's. */
  @property({ attribute: 'time-zone', reflect: true }) timeZone: string | undefined = undefined;

  /** The reader's IANA time zone; defaults to the browser's. */
  @property({ attribute: 'viewer-time-zone' }) viewerTimeZone: string | undefined = undefined;

  /** The current time, as ISO 8601 (for demos and tests); defaults to the clock. */
  @property() now: string | undefined = undefined;

  /** `list`, or `grid` for a grid by room (which falls back to the list in a narrow container). */
  @property({ reflect: true }) view: 'list' | 'grid' = 'list';

  /** Keep the day and filters in the URL hash, so a view can be shared. */
  @property({ type: Boolean, attribute: 'sync-url', reflect: true }) syncUrl = false;

  /** The ARIA level of the time-slot headings, 1 to 6; session titles are one level below (6 at most). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /**
   * URL template of a speaker's page, `{id}` standing for the speaker's id (`/people/{id}`, `#people/{id}`).
   * Speakers with an id then link there, and following the link fires `poplus-speaker-select`.
   */
  @property({ attribute: 'speaker-href' }) speakerHref: string | undefined = undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#timer = setInterval(() => {
      if (!this.now) this.clock = Date.now();
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const remodel = changed.has('data') || changed.has('timeZone') || changed.has('viewerTimeZone');
    if (remodel) {
      const schedule = this.#data.value;
      this.#viewerZone = isTimeZone(this.viewerTimeZone) ? this.viewerTimeZone : browserTimeZone();
      this.#model = schedule && placeSchedule(schedule, this.timeZone, this.#viewerZone);
      this.#zonesDiffer = !!this.#model && zonesDiffer(this.#model, this.#viewerZone);
      this.#favorites.load(this.#model?.eventId);
    }
    const model = this.#model;
    if (!model) {
      this.#view = undefined;
      return;
    }
    // A new list starts drawing from its top; a star on a drawn session does not redraw it (focus stays).
    const newList =
      ['data', 'filters', 'selectedDay', 'view'].some((k) => changed.has(k)) || (changed.has('favorites') && this.filters.mine);
    if (newList) this.#draw.restart();
    if (newList || VIEW_INPUTS.some((k) => changed.has(k))) {
      const parsed = this.now ? Date.parse(this.now) : NaN;
      this.#view = buildView(model, {
        locale: this.locale,
        zone: this.viewerTime && this.#zonesDiffer ? this.#viewerZone : model.timeZone,
        now: Number.isNaN(parsed) ? this.clock : parsed,
        filters: this.filters,
        favorites: this.#favorites.ids,
        selectedDay: this.selectedDay,
        allDays: this.#draw.printing,
        grid: this.view === 'grid',
        words: { allDay: this.t('sessionAllDay'), from: (time) => this.t('sessionFrom', time) },
      });
    }
    if (remodel || changed.has('locale') || changed.has('favorites') || changed.has('expanded')) {
      const wanted = { model, favorites: this.#favorites.ids, open: this.expanded, untitled: this.t('sessionUntitled') };
      this.#downloads.update(wanted, remodel || changed.has('locale'));
    }
  }

  protected override updated(changed: PropertyValues): void {
    const model = this.#model;
    if (!model || !['data', 'timeZone', 'viewerTimeZone', 'locale'].some((k) => changed.has(k))) return;
    // Work the reader is likely to ask for next, done while the browser is idle: the search index, and the
    // times in the reader's zone, so that the first search or zone switch only draws.
    const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 50));
    const locale = this.locale;
    idle(() => {
      if (this.#model !== model) return;
      prepareSearch(model);
      if (this.#zonesDiffer) prepareTimes(model, locale, this.#viewerZone);
    });
  }

  #apply({ day, filters, viewerTime }: UrlState): void {
    this.selectedDay = day;
    this.filters = filters;
    this.viewerTime = viewerTime;
  }

  /** A change the reader made: applied, and kept in the URL with `sync-url`. */
  #change(change: Partial<UrlState>): void {
    const state = { day: this.selectedDay, filters: this.filters, viewerTime: this.viewerTime, ...change };
    this.#apply(state);
    this.#url.write(state);
  }

  #setFilter(change: Partial<Filters>): void {
    this.#change({ filters: { ...this.filters, ...change } });
  }

  #selectDay(day: string, focus = false): void {
    this.#change({ day });
    if (focus)
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus());
  }

  #onTabKey(event: KeyboardEvent): void {
    const days = this.#model?.days.map((d) => d.day) ?? [];
    const index = days.indexOf(this.#view?.activeDay ?? '');
    const [forward, back] = this.direction === 'rtl' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
    const moves: Record<string, number> = {
      [forward]: (index + 1) % days.length,
      [back]: (index - 1 + days.length) % days.length,
      Home: 0,
      End: days.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
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
    const favorite = this.#favorites.toggle(session.id);
    this.dispatchEvent(new PoplusFavoriteToggleEvent({ id: session.id, favorite, favorites: [...this.#favorites.ids] }));
  }

  #onSpeaker(event: Event, speaker: Speaker & { id: string }): void {
    if (!this.dispatchEvent(new PoplusSpeakerSelectEvent({ id: speaker.id, speaker }))) event.preventDefault();
  }

  async #onNext(): Promise<void> {
    const next = this.#view?.next?.session;
    if (!next) return;
    this.#change({ day: next.day, filters: NO_FILTERS });
    await this.updateComplete;
    this.#draw.drawAll();
    await this.updateComplete;
    // Moving focus is the reader's own request here; the browser scrolls the heading into view for it.
    this.renderRoot.querySelector<HTMLElement>(`[data-slot="${next.start}"]`)?.focus();
  }

  #renderTabs(model: ScheduleModel, view: ScheduleView): TemplateResult | typeof nothing {
    if (model.days.length < 2) return nothing;
    const filtering = isFiltering(this.filters);
    return html`<div class="tabs" part="tabs" role="tablist" aria-label=${this.t('sessionDays')} @keydown=${this.#onTabKey}>
      ${model.days.map(({ day }) => {
        const selected = day === view.activeDay;
        const label = dayLabel(this.locale, day);
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
          ${filtering ? this.t('sessionDayCount', label, formatNumber(this.locale, view.matches.get(day) ?? 0)) : label}
        </button>`;
      })}
    </div>`;
  }

  /** A day without matches says so, and which days have some, a button away. */
  #renderNoMatch(day: DayView, view: ScheduleView): TemplateResult {
    const elsewhere = [...view.matches].filter(([d, count]) => count && d !== day.day);
    if (!elsewhere.length) return html`<p class="no-match" part="no-match">${this.t('sessionNoMatch')}</p>`;
    return html`<div class="no-match" part="no-match">
      <p>${this.t('sessionNoMatchOn', day.label)}</p>
      <ul class="elsewhere">
        ${elsewhere.map(
          ([d, count]) =>
            html`<li>
              <button class="secondary" type="button" @click=${() => this.#selectDay(d, true)}>
                ${this.t('sessionMatchesOn', formatNumber(this.locale, count), dayLabel(this.locale, d, 'long'))}
              </button>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  #renderDay(day: DayView, model: ScheduleModel, view: ScheduleView): TemplateResult {
    const level = headingLevel(this.headingLevel);
    const tabbed = !this.#draw.printing && model.days.length > 1;
    const slotTime = (slot: DayView['slots'][number]) =>
      html`<div role="heading" aria-level=${level} class="slot-time" part="slot-time" tabindex="-1" data-slot=${slot.key}><time datetime=${slot.datetime}>${slot.label}</time></div>`;
    const slots = this.#draw.take(day.slots);
    const card: CardContext = {
      t: this.#t,
      locale: this.locale,
      level,
      id: this.#id,
      open: this.expanded,
      favorites: this.#favorites.ids,
      calendarUrl: (id) => this.#downloads.sessionUrl(id),
      speakerHref: this.speakerHref,
      onSelect: (s) => this.#onSelect(s),
      onStar: (s) => this.#onStar(s),
      onSpeaker: (e, p) => this.#onSpeaker(e, p),
    };
    const body =
      this.view === 'grid'
        ? html`<ol class="grid" ${setStyle({ '--_columns': String(day.rooms.length || 1) })}>
            ${day.rooms.map((room, i) => html`<li class="grid-room" aria-hidden="true" ${setStyle({ 'grid-column': String(i + 2) })}>${room}</li>`)}
            ${repeat(
              slots,
              (slot) => slot.key,
              (slot) => html`<li class="grid-time" ${setStyle({ 'grid-row': slot.row })}>${slotTime(slot)}</li>
                ${slot.sessions.map((s) => renderSession(s, card))}`,
            )}
          </ol>`
        : html`<ol class="slots">
            ${repeat(
              slots,
              (slot) => slot.key,
              (slot) => html`<li class="slot" part="slot">
                ${slotTime(slot)}
                <ul class="sessions">
                  ${repeat(
                    slot.sessions,
                    (s) => s.session.id,
                    (s) => renderSession(s, card),
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
      aria-labelledby=${ifDefined(tabbed ? `${this.#id}-tab-${day.day}` : undefined)}
    >
      ${!tabbed ? html`<div class="print-day" role="heading" aria-level=${Math.max(1, level - 1)}>${day.label}</div>` : nothing}
      <p class="note">
        ${this.#model?.zoneUnknown ? this.t('sessionZoneUnknown') : this.t('sessionTimesIn', day.zone)}
        <span role="status"
          >${this.t('sessionShown', formatNumber(this.locale, day.shown), formatNumber(this.locale, day.total), { shown: day.shown, total: day.total })}</span
        >
      </p>
      ${day.shown ? body : this.#renderNoMatch(day, view)}
    </div>`;
  }

  override render(): TemplateResult {
    return this.#data.render(() => {
      const model = this.#model;
      const view = this.#view;
      if (!model || !view) return html``;
      return html`<div class="base ${this.view === 'grid' ? 'is-grid' : ''}" part="base">
        ${renderControls({
          t: this.#t,
          locale: this.locale,
          model,
          view,
          filters: this.filters,
          starred: this.#favorites.ids.size,
          viewerZone: this.#zonesDiffer ? this.#viewerZone : undefined,
          viewerTime: this.viewerTime,
          favoritesUrl: this.#downloads.favoritesUrl,
          setFilter: (change) => this.#setFilter(change),
          setViewerTime: (viewerTime) => this.#change({ viewerTime }),
          onNext: () => void this.#onNext(),
        })} ${this.#renderTabs(model, view)} ${view.days.map((day) => this.#renderDay(day, model, view))}
        ${
          model.skipped.length
            ? html`<p class="skipped" role="note">${this.t('sessionSkipped', formatNumber(this.locale, model.skipped.length), formatList(this.locale, model.skipped.slice(0, 10)))}</p>`
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
