import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { defineElement } from '../../shared/define.js';
import { bannerMessages } from '../../locales/en.js';
import { useEnglish } from '../../locales/index.js';
import { textDirection } from '../../shared/lang.js';
import { headingLevel, isolated } from '../../shared/text.js';
import { PoplusElement } from '../../shared/poplus-element.js';
import { containerHost, tokens } from '../../shared/tokens.js';
import { safeUrl } from '../../shared/url.js';
import { styles } from './event-banner.styles.js';
import { fitTitle, type TitleLayout } from './fit-title.js';
import { formatDateRange } from './date-range.js';

const headingTags = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
const LINE_HEIGHT = 1.1;
let uid = 0;

/**
 * Splits a line of the title into words and spaces, marking the hashtags and handles written the other way
 * from the title ("#PoplusCon" in an Arabic title). Those are isolated when drawn: else the "#", which has no
 * direction of its own, takes the title's and lands after the word ("PoplusCon#").
 */
function tagsToIsolate(line: string, own: 'ltr' | 'rtl'): [string, boolean][] {
  return line.split(/(\s+)/).map((word) => [word, /^[#@]/.test(word) && textDirection(word) === (own === 'rtl' ? 'ltr' : 'rtl')]);
}

/**
 * An event's hero: its title knocked out of a coloured panel through an SVG mask, so that a photograph (or
 * the accent colour) shows only through the letters, as on the PoplusCon 2014 page. The title always fits
 * the element's width; under it, the dates (formatted for the reader's language) and the place.
 *
 * Over a picture, a scrim of the text colour tones the picture inside the letters, so that no part of it
 * matches the panel: with the default colours every pixel of every letter keeps a contrast of at least 3:1
 * with the panel, whatever the picture (tune it with `--poplus-banner-scrim`). A hashtag or handle written the
 * other way from the title keeps its sign in front ("#PoplusCon" in an Arabic title).
 *
 * The drawn title is decorative; a real heading lies over it with the same words, so it can be selected,
 * searched, translated and read by screen readers. Printed, and with forced colours, only the heading shows,
 * as plain text.
 *
 * @summary An event banner whose title is cut out of a coloured panel.
 * @tagname poplus-event-banner
 *
 * @slot - A description of the event, under the dates.
 * @slot subheading - Replaces the dates and place line.
 * @slot media - A picture or video (an `<iframe>` keeps a 16:9 ratio).
 * @slot actions - Links or buttons: register, programme, map.
 *
 * @csspart base - The banner's wrapper.
 * @csspart title - The box of the drawn title and the heading over it.
 * @csspart heading - The heading element (its text is transparent over the drawing).
 * @csspart subheading - The dates and place line.
 * @csspart dates - The formatted date range.
 * @csspart location - The place.
 * @csspart description - The wrapper of the default slot.
 * @csspart media - The wrapper of the media slot.
 * @csspart actions - The wrapper of the actions slot.
 *
 * @cssprop --poplus-banner-panel-color - The panel the title is cut from; match it to the page behind the
 * banner. Defaults to `--poplus-color-surface`. Set `--poplus-color-text` to a colour that contrasts with it.
 * @cssprop --poplus-banner-scrim - What is laid over the picture inside the letters, so that they stand out
 * from the panel. Defaults to the text colour at 65 % opacity (3:1 at least over any picture with the default
 * colours); `transparent` shows the bare picture.
 * @cssprop --poplus-color-accent - What shows through the letters when there is no image.
 * @cssprop --poplus-font-family-heading - The title's typeface.
 */
export class PoplusEventBanner extends PoplusElement {
  static override styles = [tokens, containerHost, styles];

  readonly #maskId = `poplus-banner-mask-${++uid}`;
  #resizeObserver?: ResizeObserver;
  #canvas?: CanvasRenderingContext2D | null;
  #layout: TitleLayout = { lines: [], size: 0, widths: [] };

  @state() private width = 0;
  @state() private fontFamily = '';
  @state() private filledSlots = new Set<string>();

  /** The event's name, drawn as the knocked-out title and given as the heading; past 300 characters it is cut, with "…". */
  @property() heading = '';

  /** First day, as an ISO 8601 date (`2014-04-29`) or date-time with offset. */
  @property() start: string | undefined = undefined;

  /** Last day, as an ISO 8601 date or date-time. Leave out for a one-day event. */
  @property() end: string | undefined = undefined;

  /** Where the event takes place, as written. */
  @property() location: string | undefined = undefined;

  /** URL of the picture that shows through the letters. Without it, the accent colour does. */
  @property() image: string | undefined = undefined;

  /** Level of the heading, 1 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry!.contentBoxSize[0]?.inlineSize ?? entry!.contentRect.width);
      // Re-fitting changes the banner's height; doing it in the next frame keeps the observer out of a loop.
      if (width !== this.width) requestAnimationFrame(() => (this.width = width));
    });
    this.#resizeObserver.observe(this);
    document.fonts?.addEventListener('loadingdone', this.#onFontsLoaded);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    document.fonts?.removeEventListener('loadingdone', this.#onFontsLoaded);
  }

  #onFontsLoaded = () => {
    this.#canvas = undefined;
    this.fontFamily = '';
    this.requestUpdate();
  };

  #onSlotChange(event: Event) {
    const slot = event.target as HTMLSlotElement;
    const filled = new Set(this.filledSlots);
    if (slot.assignedNodes({ flatten: true }).length) filled.add(slot.name);
    else filled.delete(slot.name);
    this.filledSlots = filled;
  }

  /** Width of a line of the title at a font size, with the heading's own font. */
  #measure = (text: string, size: number): number => {
    this.#canvas ??= document.createElement('canvas').getContext('2d');
    if (!this.#canvas) return text.length * size * 0.6;
    this.#canvas.font = `700 ${size}px ${this.fontFamily || 'sans-serif'}`;
    return this.#canvas.measureText(text).width;
  };

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.fontFamily && this.isConnected) {
      this.fontFamily = getComputedStyle(this).getPropertyValue('--_font-heading').trim() || 'sans-serif';
    }
    if (changed.has('heading') || changed.has('width') || changed.has('fontFamily')) {
      const width = this.width || this.clientWidth || 800;
      this.#layout = fitTitle(this.heading, width, this.#measure);
    }
  }

  protected override updated(): void {
    // Through the CSSOM, not a style attribute, so a strict CSP (no 'unsafe-inline' styles) allows it.
    this.renderRoot.querySelector<HTMLElement>('.heading')?.style.setProperty('--_title-size', `${this.#layout.size}px`);
  }

  #renderArt(): TemplateResult | typeof nothing {
    const { lines, size, widths } = this.#layout;
    if (!lines.length) return nothing;
    const width = this.width || this.clientWidth || 800;
    const lineHeight = size * LINE_HEIGHT;
    const height = Math.ceil(lines.length * lineHeight + size * 0.1);
    const rtl = this.direction === 'rtl';
    // The title keeps its own direction ("#PoplusCon" stays so on an Arabic page) and the element's side.
    const own = this.#titleDirection();
    // SVG text has no <bdi>: the isolates are the Unicode controls.
    const drawn = lines.map((line) =>
      tagsToIsolate(line, own)
        .map(([word, isolate]) => (isolate ? isolated(word) : word))
        .join(''),
    );
    const image = safeUrl(this.image);
    return html`<svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 ${width} ${height}"
      width=${width}
      height=${height}
      preserveAspectRatio="xMinYMin meet"
    >
      <defs>
        <mask id=${this.#maskId} maskUnits="userSpaceOnUse" x="0" y="0" width=${width} height=${height}>
          <rect width=${width + 1} height=${height} fill="white"></rect>
          <text
            fill="black"
            font-family=${this.fontFamily}
            font-weight="700"
            font-size=${size}
            direction=${own}
            text-anchor=${own === this.direction ? 'start' : 'end'}
          >
            ${drawn.map(
              (line, i) =>
                svg`<tspan x=${rtl ? width : 0} y=${size * 0.9 + i * lineHeight} textLength=${widths[i]! > width ? width : nothing} lengthAdjust=${widths[i]! > width ? 'spacingAndGlyphs' : nothing}>${line}</tspan>`,
            )}
          </text>
        </mask>
      </defs>
      <rect class="behind" width=${width} height=${height}></rect>
      ${
        image
          ? svg`<image class="art" href=${image} width=${width} height=${height} preserveAspectRatio="xMidYMid slice"></image>
              <rect class="scrim" width=${width} height=${height}></rect>`
          : nothing
      }
      <rect class="panel" width=${width + 1} height=${height} mask="url(#${this.#maskId})"></rect>
    </svg>`;
  }

  #titleDirection(): 'ltr' | 'rtl' {
    return textDirection(this.heading) ?? this.direction;
  }

  #renderHeading(): TemplateResult {
    const level = headingLevel(this.headingLevel, 2);
    const { lines } = this.#layout;
    const own = this.#titleDirection();
    return staticHtml`<${headingTags[level - 1]} class="heading ${own === this.direction ? '' : 'flip'}" part="heading">${
      lines.length
        ? lines.map(
            (line, i) =>
              html`${i ? ' ' : ''}<span dir=${own}>${tagsToIsolate(line, own).map(([word, isolate]) => (isolate ? html`<bdi>${word}</bdi>` : word))}</span>`,
          )
        : this.heading
    }</${headingTags[level - 1]}>`;
  }

  #renderSubheading(): TemplateResult {
    const range = formatDateRange(this.start, this.end, this.locale);
    return html`<p class="subheading" part="subheading">
      <slot name="subheading" @slotchange=${this.#onSlotChange}>
        ${
          range
            ? html`<span part="dates" class=${this.location ? 'then' : ''}><span class="visually-hidden">${this.t('bannerDates')}: </span>${range.map(
                (part) => (part.datetime ? html`<time datetime=${part.datetime}>${part.text}</time>` : part.text),
              )}</span>`
            : nothing
        }
        ${
          this.location
            ? html`<span part="location"><span class="visually-hidden">${this.t('bannerLocation')}: </span>${this.location}</span>`
            : nothing
        }
      </slot>
    </p>`;
  }

  override render(): TemplateResult {
    const has = (name: string) => (this.filledSlots.has(name) ? 'has-content' : '');
    return html`<div class="banner" part="base">
      ${this.heading ? html`<div class="title" part="title">${this.#renderArt()}${this.#renderHeading()}</div>` : nothing}
      ${this.#renderSubheading()}
      <div class="body ${has('media') ? 'has-media' : ''}">
        <div class="text">
          <div class="description" part="description"><slot @slotchange=${this.#onSlotChange}></slot></div>
          <div class="actions ${has('actions')}" part="actions"><slot name="actions" @slotchange=${this.#onSlotChange}></slot></div>
        </div>
        <div class="media ${has('media')}" part="media"><slot name="media" @slotchange=${this.#onSlotChange}></slot></div>
      </div>
    </div>`;
  }
}

useEnglish(bannerMessages);
defineElement('poplus-event-banner', PoplusEventBanner);

declare global {
  interface HTMLElementTagNameMap {
    'poplus-event-banner': PoplusEventBanner;
  }
}
