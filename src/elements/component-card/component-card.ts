import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import {
  CRITERIA,
  STATUSES,
  adaptComponent,
  readComponent,
  type ComponentJson,
  type ComponentModel,
  type ComponentUser,
} from '../../data/component.js';
import { DataElement } from '../../shared/data-element.js';
import { DataSourceController } from '../../shared/data-source.js';
import { collator, formatList, formatNumber, languageName, listFormat, regionName } from '../../shared/intl.js';
import { headingLevel, pickLanguage } from '../../shared/text.js';
import { defineElement } from '../../shared/define.js';
import { cardMessages } from '../../locales/en.js';
import { useEnglish, type MessageKey } from '../../locales/index.js';
import { PoplusElement } from '../../shared/poplus-element.js';
import { stateStyles, tokens } from '../../shared/tokens.js';
import { safeUrl } from '../../shared/url.js';
import { styles } from './component-card.styles.js';

const headingTags = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
const LINKS = [
  ['code', 'cardLinkCode'],
  ['website', 'cardLinkWebsite'],
  ['docs', 'cardLinkDocs'],
  ['demo', 'cardLinkDemo'],
] as const;
const capitalise = (s: string) => s[0]!.toUpperCase() + s.slice(1);

type Picked = { text: string; lang: string } | undefined;

/**
 * A card for one piece of reusable civic software: its name, the problem it solves, who keeps it, its status,
 * licence, stack, where it is used, and links to its code, site, documentation and demo. It reads the
 * library's JSON format (see `src/data/component.ts`), entries of Poplus's `components.json`, `publiccode.yml`
 * files (0.2–0.4) and Digital Public Goods registry records — from the `component` property, `src`, or an
 * inline `<script type="application/json">` (or `application/yaml`) child.
 *
 * The JSON format, one object per component (only `name` is expected): `name`, `lang` (the language of plain
 * texts), `tagline`, `description`, `problem`, `organisation` (each a string, or an object from language tag to
 * text), `organisationUrl`, `status` (`concept`, `development`, `beta`, `stable`, `obsolete`), `license` (SPDX
 * identifier), `licenseUrl`, `platforms` and `tags` (lists of words), `countries` (ISO 3166-1 alpha-2 codes),
 * `languages`, `usedBy` (names, or `{ name, url }`), `links` (`{ code, website, docs, demo }`), `landingUrl`,
 * `criteria` (`{ civic, singleProblem, composable, platformAgnostic, countryAgnostic, openSource,
 * documentedApi }`, each `true` or `false`; a criterion left out is "not stated"), `sdgs` (goal numbers) and
 * `dpgStage` (`dpg` or `nominee`).
 *
 * With `href` (or `linked`, which uses the project's landing page), the name is a real link stretched over
 * the whole card; the other links stay clickable on their own. Texts show in the reader's language when the
 * data has it, else in another language, marked with its own `lang` and direction, and still lined up on the
 * card's start side (an English description sits on the right in Arabic). Each name in "Used by" is isolated,
 * so a list of Latin names keeps its order on a right-to-left page.
 *
 * @summary A card describing a reusable civic software component, from the data it already publishes.
 * @tagname poplus-component-card
 *
 * @slot - Extra content after the description.
 * @slot logo - A logo beside the name.
 * @slot media - A picture above everything else.
 * @slot header - Extra content in the header, after the status.
 * @slot actions - Buttons or links beside the component's own links.
 * @slot footer - Content at the very end of the card.
 *
 * @csspart base - The card (an `<article>`).
 * @csspart header - Name, organisation and badges.
 * @csspart name - The heading with the component's name (and the card's link).
 * @csspart organisation - The maintaining organisation.
 * @csspart status - The status badge; it carries `data-status` (`concept`, `development`, `beta`, `stable`,
 * `obsolete` or `other`).
 * @csspart dpg - The Digital Public Good badge.
 * @csspart tagline - The one-line summary.
 * @csspart description - The description and the problem it solves.
 * @csspart tags - Each list of tags (stack, topics, SDGs).
 * @csspart facts - The list of licence, countries, users and languages.
 * @csspart criteria - The Poplus definition checklist (`show-criteria`).
 * @csspart footer - The links and the actions and footer slots.
 * @csspart links - The list of the component's links.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's retry button.
 *
 * @cssprop --poplus-card-padding - Space inside the card. Defaults to twice `--poplus-space`.
 * @cssprop --poplus-card-background - The card's background. Defaults to `--poplus-color-surface-raised`.
 * @cssprop --poplus-card-status-color - The status badge's colour (set it per status with `::part(status)` and
 * `data-status`). Defaults to green for stable, amber for concept, development and beta, muted otherwise.
 * @cssprop --poplus-color-accent - Links and the focus ring.
 *
 * @fires poplus-load - Data from `src` or an inline child was read and is shown.
 * @fires poplus-error - Data could not be read; the error is shown in the card.
 */
export class PoplusComponentCard extends DataElement(PoplusElement) {
  static override styles = [tokens, stateStyles, styles];

  #texts: Partial<Record<'tagline' | 'description' | 'problem' | 'organisation', Picked>> = {};
  #paragraphs: string[] = [];
  #countries = '';
  #languages = '';
  #usedBy: (ComponentUser | string)[] = [];

  readonly #data = new DataSourceController<ComponentModel>(this, {
    property: 'component',
    adapt: adaptComponent,
    read: readComponent,
    isEmpty: () => false,
  });

  /**
   * The component: an object in the library's JSON format, an entry of Poplus's `components.json`, a Digital
   * Public Goods record, or a parsed publiccode.yml. Wins over `src` and inline data.
   */
  @property({ attribute: false }) component: ComponentJson | Record<string, unknown> | undefined = undefined;

  /** Makes the whole card a link to this URL (only `http:`, `https:`, `mailto:` and relative URLs). */
  @property() href: string | undefined = undefined;

  /** Makes the whole card a link to the component's landing page (else its website, else its code). */
  @property({ type: Boolean, reflect: true }) linked = false;

  /** Level of the name's heading, 1 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** `full` shows everything; `compact` keeps the name, organisation, status, tagline, stack, licence and links. */
  @property({ reflect: true }) layout: 'compact' | 'full' = 'full';

  /** Shows which of the seven points of the Definition of a Poplus Component the component meets. */
  @property({ type: Boolean, attribute: 'show-criteria' }) showCriteria = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const c = this.#data.value;
    if (!c || !(changed.has('data') || changed.has('locale'))) return;
    const locale = this.locale;
    for (const key of ['tagline', 'description', 'problem', 'organisation'] as const) this.#texts[key] = pickLanguage(c[key], locale);
    this.#paragraphs = this.#texts.description?.text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ')) ?? [];
    // Users are links: the list is formatted from their positions, then each position becomes its user.
    this.#usedBy = listFormat(locale)
      .formatToParts(c.usedBy.map((_, i) => String(i)))
      .map((p) => (p.type === 'element' ? c.usedBy[Number(p.value)]! : p.value));
    this.#countries = formatList(locale, c.countries.map((code) => regionName(locale, code)).sort(collator(locale).compare));
    this.#languages = formatList(
      locale,
      c.languages.map((code) => languageName(locale, code)),
    );
  }

  /**
   * A paragraph of data text after an optional label. Text in another language than the reader's carries its
   * own `lang` and `dir="auto"`: on the paragraph when it is all data, else on the text alone.
   */
  #text(picked: Picked, part: string | undefined, label?: unknown, content: unknown = picked?.text): TemplateResult | typeof nothing {
    if (!picked) return nothing;
    const lang = picked.lang !== 'und' && picked.lang.split('-')[0] !== this.locale.split('-')[0] ? picked.lang : undefined;
    const dir = lang ? 'auto' : undefined;
    return label
      ? html`<p part=${ifDefined(part)}>${label}<span lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${content}</span></p>`
      : html`<p part=${ifDefined(part)} lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${content}</p>`;
  }

  #tags(label: string, items: string[]): TemplateResult | typeof nothing {
    return items.length
      ? html`<ul part="tags" class="tags" aria-label=${label}>${items.map((t) => html`<li dir="auto">${t}</li>`)}</ul>`
      : nothing;
  }

  #fact(label: string, content: unknown): TemplateResult | typeof nothing {
    return content ? html`<dt>${label}</dt><dd>${content}</dd>` : nothing;
  }

  #link(url: string | undefined, label: unknown): unknown {
    const href = safeUrl(url);
    return href ? html`<a href=${href}>${label}</a>` : label;
  }

  #renderLicence(c: ComponentModel): unknown {
    // A single SPDX identifier links to its SPDX page; an expression ("MIT OR Apache-2.0") is shown as written.
    if (c.license && /^[\w.+-]+$/.test(c.license)) return this.#link('https://spdx.org/licenses/' + c.license + '.html', c.license);
    // Without an identifier, the licence file's name stands for it ("LICENSE.txt").
    const url = safeUrl(c.licenseUrl);
    return c.license ?? (url && this.#link(url, new URL(url).pathname.split('/').pop() || url));
  }

  #renderCriteria(c: ComponentModel): TemplateResult {
    const met = CRITERIA.filter((k) => c.criteria?.[k]).length;
    const format = (n: number) => formatNumber(this.locale, n);
    return html`<details part="criteria" class="criteria">
      <summary>${this.t('cardCriteria')}: ${this.t('cardCriteriaMet', format(met), format(CRITERIA.length))}</summary>
      <ul>
        ${CRITERIA.map((k) => {
          const state = c.criteria?.[k];
          const [mark, word] = state === true ? ['✓', 'cardMet'] : state === false ? ['✗', 'cardUnmet'] : ['?', 'cardUnknown'];
          return html`<li data-met=${String(state ?? 'unknown')}>
            <span class="mark" aria-hidden="true">${mark}</span>
            <span>${this.t(`cardCriterion${capitalise(k)}` as MessageKey)}<span class="visually-hidden">: ${this.t(word as MessageKey)}</span></span>
          </li>`;
        })}
      </ul>
    </details>`;
  }

  #renderCard(c: ComponentModel): TemplateResult {
    const full = this.layout !== 'compact';
    const texts = this.#texts;
    const target = safeUrl(this.href || (this.linked ? (c.landingUrl ?? c.links.website ?? c.links.code) : undefined));
    const tag = headingTags[headingLevel(this.headingLevel) - 1];
    const name = c.name || this.t('cardUnnamed');
    const status = c.status && (STATUSES as readonly string[]).includes(c.status) ? c.status : c.status && 'other';
    const links = LINKS.map(([key, label]) => [safeUrl(c.links[key]), label] as const).filter(([href]) => href);
    const facts = [
      this.#fact(this.t('cardLicense'), this.#renderLicence(c)),
      full && this.#fact(this.t('cardCountries'), this.#countries),
      full &&
        this.#fact(
          this.t('cardUsedBy'),
          c.usedBy.length && this.#usedBy.map((u) => (typeof u === 'string' ? u : html`<bdi>${this.#link(u.url, u.name)}</bdi>`)),
        ),
      full && this.#fact(this.t('cardLanguages'), this.#languages),
    ].filter((f) => f && f !== nothing);
    const description = full ? this.#paragraphs : texts.tagline ? [] : this.#paragraphs.slice(0, 1);
    return html`<article part="base" class="card ${target ? 'linked' : ''}" aria-labelledby="name">
      <slot name="media"></slot>
      <header part="header">
        <slot name="logo"></slot>
        <div class="titles">
          ${staticHtml`<${tag} part="name" class="name" id="name">${target ? html`<a href=${target}>${name}</a>` : name}</${tag}>`}
          ${this.#text(
            texts.organisation,
            'organisation',
            html`<span class="visually-hidden">${this.t('cardOrganisation')}: </span>`,
            this.#link(c.organisationUrl, texts.organisation?.text),
          )}
        </div>
        ${
          status
            ? html`<span part="status" class="badge" data-status=${status}
              ><span class="visually-hidden">${this.t('cardStatus')}: </span>${status === 'other' ? c.status : this.t(`cardStatus${capitalise(status)}` as MessageKey)}</span
            >`
            : nothing
        }
        ${c.dpgStage ? html`<span part="dpg" class="badge">${this.t(c.dpgStage === 'dpg' ? 'cardDpg' : 'cardDpgNominee')}</span>` : nothing}
        <slot name="header"></slot>
      </header>
      ${this.#text(texts.tagline, 'tagline')}
      ${
        description.length || (full && texts.problem)
          ? html`<div part="description" class="description ${full ? '' : 'clamp'}">
            ${description.map((p) => this.#text({ ...texts.description!, text: p }, undefined))}
            ${full ? this.#text(texts.problem, undefined, html`<strong>${this.t('cardProblem')}:</strong> `) : nothing}
          </div>`
          : nothing
      }
      <slot></slot>
      ${this.#tags(this.t('cardPlatforms'), c.platforms)}
      ${full ? this.#tags(this.t('cardTags'), c.tags) : nothing}
      ${
        full
          ? this.#tags(
              this.t('cardSdgs'),
              c.sdgs.map((n) => this.t('cardSdg', formatNumber(this.locale, n))),
            )
          : nothing
      }
      ${facts.length ? html`<dl part="facts" class="facts">${facts}</dl>` : nothing}
      ${this.showCriteria ? this.#renderCriteria(c) : nothing}
      <footer part="footer">
        ${
          links.length
            ? html`<ul part="links" class="links" aria-label=${this.t('cardLinks')}>
              ${links.map(([href, label]) => html`<li><a href=${href!} aria-describedby="name">${this.t(label)}</a></li>`)}
            </ul>`
            : nothing
        }
        <slot name="actions"></slot>
        <slot name="footer"></slot>
      </footer>
    </article>`;
  }

  override render(): TemplateResult {
    return this.#data.render((c) => this.#renderCard(c));
  }
}

useEnglish(cardMessages);
defineElement('poplus-component-card', PoplusComponentCard);

declare global {
  interface HTMLElementTagNameMap {
    'poplus-component-card': PoplusComponentCard;
  }
}
