import { css } from 'lit';

/**
 * The design tokens every Poplus element reads. Each is a `--poplus-*` custom property the host page may set
 * on any ancestor (they inherit through shadow roots); the values after the comma are the defaults, light
 * first and dark second, chosen by the element's colour scheme. That scheme is the host page's: `color-scheme`
 * inherits, so a page that declares nothing (`normal`) gets the light defaults whatever the reader's system
 * prefers, and a page that declares `color-scheme: light dark` gets the dark ones under a dark system. A page
 * forces one with `color-scheme` on the element or an ancestor, or with `--poplus-color-scheme`. The elements
 * never read `prefers-color-scheme` themselves: a widget that turned dark on a light page would be unreadable.
 *
 * | token | what it is |
 * | --- | --- |
 * | `--poplus-color-text` | body text |
 * | `--poplus-color-muted` | secondary text |
 * | `--poplus-color-surface` | element background (also the banner's panel) |
 * | `--poplus-color-surface-raised` | cards, headers, controls |
 * | `--poplus-color-border` | lines and outlines |
 * | `--poplus-color-accent` | links, focus, the colour behind a title with no image |
 * | `--poplus-color-accent-contrast` | text on the accent colour |
 * | `--poplus-color-danger` | errors |
 * | `--poplus-font-family`, `--poplus-font-family-heading` | text faces |
 * | `--poplus-radius` | corner radius |
 * | `--poplus-space` | the spacing unit (multiples of it pad and separate) |
 * | `--poplus-color-scheme` | `light`, `dark` or `light dark`; unset (the default), the host page's `color-scheme` |
 */
export const tokens = css`
  :host {
    --_text: var(--poplus-color-text, light-dark(#2e353f, #eaedf2));
    --_muted: var(--poplus-color-muted, light-dark(#5d6c7e, #aab4c2));
    --_surface: var(--poplus-color-surface, light-dark(#eaedf2, #1c2027));
    --_raised: var(--poplus-color-surface-raised, light-dark(#ffffff, #262b34));
    --_border: var(--poplus-color-border, light-dark(#c5ccd6, #414a57));
    --_accent: var(--poplus-color-accent, light-dark(#c4321f, #ff8a73));
    --_accent-contrast: var(--poplus-color-accent-contrast, light-dark(#ffffff, #1c2027));
    --_danger: var(--poplus-color-danger, light-dark(#b3261e, #ffb4ab));
    --_font: var(--poplus-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_font-heading: var(--poplus-font-family-heading, var(--_font));
    --_radius: var(--poplus-radius, 0.375rem);
    --_space: var(--poplus-space, 0.5rem);

    /* Unset, the token makes this declaration invalid at computed-value time, so color-scheme inherits: the
       element follows the page's scheme, never the system's over a page that did not ask for it. */
    color-scheme: var(--poplus-color-scheme);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    line-height: 1.5;
    /* Hostile page CSS cannot reach into the shadow root, but inherited properties can: reset the ones that
       would break layout or reading. */
    text-align: start;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
  }
  :host([hidden]) {
    display: none;
  }
  /* Paper is white and printers leave out backgrounds: printed, the elements take their light colours. */
  @media print {
    :host {
      color-scheme: light;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/**
 * For elements whose layout follows their own width (container queries): as a flex or grid item sized by
 * its content, the element still gets a width (containment alone would make it 0 px wide), and it may
 * shrink below that width in a narrow row.
 */
export const containerHost = css`
  :host {
    container-type: inline-size;
    contain-intrinsic-inline-size: 40rem;
    min-inline-size: 0;
  }
`;

/** Text fields and selects of the elements' toolbars (search, filters). */
export const fieldStyles = css`
  input,
  select {
    font: inherit;
    font-size: 1rem;
    color: var(--_text);
    background: var(--_raised);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) var(--_space);
    min-block-size: 2.25rem;
    max-inline-size: 100%;
  }
`;

/** The loading, empty and error states of the data-source controller. */
export const stateStyles = css`
  .state {
    padding: calc(var(--_space) * 2);
    border-radius: var(--_radius);
    background: var(--_raised);
    color: var(--_muted);
  }
  .state--error {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
    margin-block-end: var(--_space);
    border: 1px solid var(--_danger);
    color: var(--_text);
  }
  .state--error p {
    margin: 0;
  }
  .state--loading {
    animation: poplus-pulse 1.5s ease-in-out infinite;
  }
  @keyframes poplus-pulse {
    50% {
      opacity: 0.6;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .state--loading {
      animation: none;
    }
  }
  button {
    font: inherit;
    color: var(--_accent-contrast);
    background: var(--_accent);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    cursor: pointer;
  }
`;
