import { html, nothing, type TemplateResult } from 'lit';
import type { PoplusElement } from '../../shared/poplus-element.js';
import { dayLabel, isFiltering, NO_FILTERS, zoneLabel, type Filters, type ScheduleView } from './day-view.js';
import type { ScheduleModel } from './place-sessions.js';

/** What the bar of filters, zone switch and actions needs from the list. */
export interface ControlsContext {
  t: PoplusElement['t'];
  locale: string;
  model: ScheduleModel;
  view: ScheduleView;
  filters: Filters;
  /** How many sessions the reader starred. */
  starred: number;
  /** The reader's zone, when it shows other times than the event's (else no switch). */
  viewerZone?: string;
  viewerTime: boolean;
  /** The favourites' `.ics` file. */
  favoritesUrl?: string;
  setFilter(change: Partial<Filters>): void;
  setViewerTime(viewer: boolean): void;
  onNext(): void;
}

/** Search, the room, track and kind filters, "my sessions", the zone switch, "next" and the favourites' download. */
export function renderControls(c: ControlsContext): TemplateResult {
  const { model, view, t, locale, viewerZone } = c;
  const { room, track, kind, query, mine } = c.filters;
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
          <select part="filter" .value=${value} @change=${(e: Event) => c.setFilter({ [name]: (e.target as HTMLSelectElement).value })}>
            <option value="">${t('sessionAny')}</option>
            ${values.map((v) => html`<option value=${v} ?selected=${v === value}>${show(v)}</option>`)}
          </select></label
        >`
      : nothing;
  const at = model.sessions[0]?.start ?? Date.now();
  const zone = (viewer: boolean, name: string) =>
    html`<label class="check"
      ><input type="radio" name="zone" .checked=${c.viewerTime === viewer} @change=${() => c.setViewerTime(viewer)} />
      ${t(viewer ? 'sessionMyTime' : 'sessionEventTime', zoneLabel(locale, name, at, false))}</label
    >`;
  const { next } = view;
  return html`<div class="controls" part="controls">
    <div class="filters" role="group" aria-label=${t('sessionFilters')}>
      <label class="field search"
        >${t('sessionSearch')}
        <input part="search" type="search" .value=${query} @input=${(e: Event) => c.setFilter({ query: (e.target as HTMLInputElement).value })}
      /></label>
      ${select(t('sessionRoom'), 'room', model.rooms, room)} ${select(t('sessionTrack'), 'track', model.tracks, track)}
      ${select(t('sessionKind'), 'kind', model.kinds, kind, (k) => t('sessionKindName', k))}
      ${
        c.starred || mine
          ? html`<label class="check"
            ><input type="checkbox" .checked=${mine} @change=${(e: Event) => c.setFilter({ mine: (e.target as HTMLInputElement).checked })} />
            ${t('sessionMine')}</label
          >`
          : nothing
      }
      ${isFiltering(c.filters) ? html`<button class="secondary" type="button" @click=${() => c.setFilter(NO_FILTERS)}>${t('sessionClearFilters')}</button>` : nothing}
    </div>
    ${
      viewerZone
        ? html`<fieldset class="zones" part="time-zone">
            <legend>${t('sessionTimeZone')}</legend>
            ${zone(false, model.timeZone)} ${zone(true, viewerZone)}
          </fieldset>`
        : nothing
    }
    <div class="actions">
      ${
        next
          ? html`<button part="next" type="button" @click=${() => c.onNext()}>
            ${t('sessionNext', next.time)}${next.session.day !== view.activeDay ? ` · ${dayLabel(locale, next.session.day)}` : ''}
          </button>`
          : nothing
      }
      ${
        c.favoritesUrl
          ? html`<a part="download" class="link-button" href=${c.favoritesUrl} download=${`${model.eventId.replace(/[^\w.-]+/g, '-')}-my-sessions.ics`}
            >${t('sessionDownloadFavorites')}</a
          >`
          : nothing
      }
    </div>
  </div>`;
}
