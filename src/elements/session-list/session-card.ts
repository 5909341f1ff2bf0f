import { html, nothing, type TemplateResult } from 'lit';
import type { Speaker } from '../../data/schedule.js';
import { languageName, listFormat } from '../../shared/intl.js';
import { isolated } from '../../shared/text.js';
import type { PoplusElement } from '../../shared/poplus-element.js';
import { safeUrl } from '../../shared/url.js';
import type { SessionView } from './day-view.js';
import type { PlacedSession } from './place-sessions.js';
import { setStyle } from './set-style.js';

const NO_STYLE = {};

/** What a session's card needs from the list that draws it. */
export interface CardContext {
  t: PoplusElement['t'];
  locale: string;
  /** The ARIA level of the slot headings; the card's title is one below. */
  level: number;
  /** Prefix of the ids the card makes. */
  id: string;
  open: ReadonlySet<string>;
  favorites: ReadonlySet<string>;
  /** The opened session's `.ics` file. */
  calendarUrl(id: string): string | undefined;
  /** `speaker-href`. */
  speakerHref?: string;
  onSelect(session: PlacedSession): void;
  onStar(session: PlacedSession): void;
  onSpeaker(event: Event, speaker: Speaker & { id: string }): void;
}

/** A speaker's page from a URL template (`/people/{id}`), when the speaker has an id and the result is a safe URL. */
export const speakerUrl = (template: string | undefined, speaker: Speaker): string | undefined =>
  template && speaker.id ? safeUrl(template.replaceAll('{id}', encodeURIComponent(speaker.id))) : undefined;

/**
 * Speakers as a list in the reader's language ("Ana Núñez and Tom"), each drawn by `draw`. Each name keeps
 * its own direction (an Arabic name in an English list, a Latin one in Arabic) while the list reads in the
 * page's: two names in one script never swap places across a comma of the other.
 */
function nameList(speakers: Speaker[], c: CardContext, draw: (speaker: Speaker) => unknown): unknown[] {
  let i = 0;
  return listFormat(c.locale)
    .formatToParts(speakers.map((p) => p.name))
    .map((part) => (part.type === 'element' ? draw(speakers[i++]!) : part.value));
}

/** The speakers under a title, each a link to the person where `speaker-href` gives one. */
function renderSpeakers(speakers: Speaker[], c: CardContext): TemplateResult {
  const name = (p: Speaker) => {
    const href = speakerUrl(c.speakerHref, p);
    return href
      ? html`<a part="speaker" href=${href} dir="auto" @click=${(e: Event) => c.onSpeaker(e, p as Speaker & { id: string })}>${p.name}</a>`
      : isolated(p.name);
  };
  const names = nameList(speakers, c, name);
  // Without links (the usual case), the list is one text: quicker to draw for a long day.
  return html`<p class="speakers"><span class="visually-hidden">${c.t('sessionSpeakers')}: </span>${c.speakerHref ? names : names.join('')}</p>`;
}

function renderDetails(s: PlacedSession, id: string, c: CardContext): TemplateResult {
  const url = c.calendarUrl(s.id);
  return html`<div class="details" part="details" id=${id}>
    ${s.description ? html`<p class="description">${s.description}</p>` : nothing}
    ${
      s.speakers.some((p) => p.url)
        ? html`<p>
          ${c.t('sessionSpeakers')}:
          ${nameList(s.speakers, c, (p) => (p.url ? html`<a href=${p.url} rel="noopener" dir="auto">${p.name}</a>` : isolated(p.name)))}
        </p>`
        : nothing
    }
    <ul class="links">
      ${s.url ? html`<li><a href=${s.url} rel="noopener">${c.t('sessionPage')}</a></li>` : nothing}
      ${s.links.map((l) => html`<li><a href=${l.url} rel="noopener">${l.title}</a></li>`)}
      ${url ? html`<li><a href=${url} download=${`${s.id.replace(/[^\w.-]+/g, '-')}.ics`}>${c.t('sessionAddToCalendar')}</a></li>` : nothing}
    </ul>
  </div>`;
}

/** One session: its title (which opens the details), star, time, room, track, kind and speakers. */
export function renderSession(view: SessionView, c: CardContext): TemplateResult {
  const { session: s, shift, current } = view;
  const open = c.open.has(s.id);
  const favorite = c.favorites.has(s.id);
  const title = s.title || c.t('sessionUntitled');
  const detailsId = `${c.id}-details-${s.id}`;
  const kind = s.kind ? `kind-${s.kind.toLowerCase().replace(/[^a-z0-9-]/g, '')}` : '';
  // Each item after the time says what it is to screen readers; the dots between items are CSS, for the eye.
  // Values from the data keep their own direction ("45 minutes" in an Arabic line).
  const item = (name: string, label: string, value: unknown) =>
    html`<span class=${name}><span class="visually-hidden">${label}: </span>${value}</span>`;
  return html`<li
    class="session ${kind} ${current ? 'current' : ''}"
    part=${current ? 'session session-current' : 'session'}
    ${setStyle(view.row || s.color ? { 'grid-row': view.row, 'grid-column': view.column, '--_track': s.color ?? '' } : NO_STYLE)}
  >
    <div class="head">
      <div class="title-line" role="heading" aria-level=${Math.min(6, c.level + 1)}>
        <button class="title" part="title" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? detailsId : nothing} @click=${() => c.onSelect(s)}>
          ${title}
        </button>
      </div>
      <button class="star" part="star" type="button" aria-pressed=${favorite ? 'true' : 'false'} aria-label=${c.t('sessionFavorite', title)} @click=${() => c.onStar(s)}>
        <span aria-hidden="true">${favorite ? '★' : '☆'}</span>
      </button>
    </div>
    <p class="meta" part="meta">
      ${current ? html`<strong class="now">${c.t('sessionNow')}</strong>` : nothing}
      <span class="time"><time datetime=${view.datetime}>${view.time}</time>${shift ? html` <span class="shift">${c.t(shift > 0 ? 'sessionNextDay' : 'sessionPreviousDay')}</span>` : nothing}</span>
      ${s.room ? item('room', c.t('sessionRoom'), isolated(s.room)) : nothing}
      ${s.track ? item('track', c.t('sessionTrack'), s.color ? html`<span class="swatch" aria-hidden="true"></span>${isolated(s.track)}` : isolated(s.track)) : nothing}
      ${s.kind ? item('kind', c.t('sessionKind'), isolated(c.t('sessionKindName', s.kind))) : nothing}
      ${s.level ? item('level', c.t('sessionLevel'), isolated(s.level)) : nothing}
      ${s.language ? item('language', c.t('sessionLanguage'), isolated(languageName(c.locale, s.language))) : nothing}
    </p>
    ${s.speakers.length ? renderSpeakers(s.speakers, c) : nothing} ${open ? renderDetails(s, detailsId, c) : nothing}
  </li>`;
}
