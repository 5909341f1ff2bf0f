import { css } from 'lit';

export const styles = css`
  :host {
    --_panel: var(--poplus-banner-panel-color, var(--_surface));
    background: var(--_panel);
  }
  .banner {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding-block: calc(var(--_space) * 2);
  }
  .title {
    position: relative;
    inline-size: 100%;
    min-inline-size: 0;
  }
  svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: hidden;
  }
  .behind {
    fill: var(--_accent);
  }
  .panel {
    fill: var(--_panel);
  }
  /* Over the picture, inside the letters: the text colour, which contrasts with the panel, pulls every part of
     the picture far enough from the panel's colour that no letter fades into it (3:1 at least by default). */
  .scrim {
    fill: var(--poplus-banner-scrim, color-mix(in srgb, var(--_text) 65%, transparent));
  }
  .art {
    transition: opacity 0.4s ease-in;
  }
  /* The real heading lies exactly over the drawn letters: transparent, but selectable, findable with the
     page search, and read by screen readers. */
  .heading {
    position: absolute;
    inset: 0;
    margin: 0;
    color: transparent;
    font-family: var(--_font-heading);
    font-weight: 700;
    font-size: var(--_title-size, 3rem);
    line-height: 1.1;
    white-space: nowrap;
  }
  .heading span {
    display: block;
  }
  /* A title written the other way (English on an Arabic page) still sits on the element's start side. */
  .heading.flip span {
    text-align: end;
  }
  .heading::selection,
  .heading span::selection {
    color: var(--_accent-contrast);
    background: var(--_accent);
  }
  .subheading {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
    margin: 0;
    font-family: var(--_font-heading);
    font-size: clamp(1.125rem, 3.5cqi, 2.25rem);
    font-weight: 700;
    line-height: 1.25;
  }
  .body,
  .text {
    display: grid;
    gap: calc(var(--_space) * 2);
    align-content: start;
  }
  @container (min-width: 48rem) {
    .body.has-media {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }
  /* The dot between the dates and the place ends the dates' line, never starts the next, and is for the eye
     only: each part says what it is to screen readers. */
  .then::after {
    content: '·' / '';
    padding-inline-start: calc(var(--_space) * 2);
    color: var(--_muted);
  }
  .description ::slotted(*) {
    margin-block: 0;
  }
  .media:not(.has-content),
  .actions:not(.has-content) {
    display: none;
  }
  .media ::slotted(iframe),
  .media ::slotted(video),
  .media ::slotted(img) {
    display: block;
    inline-size: 100%;
    max-inline-size: 100%;
    aspect-ratio: 16 / 9;
    block-size: auto;
    border: 0;
    border-radius: var(--_radius);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  @media (prefers-reduced-motion: reduce) {
    .art {
      transition: none;
    }
  }
  /* Printed, and with forced colours, the mask goes: the same heading as plain text, in the text colour (the
     system's, with forced colours). */
  @media print, (forced-colors: active) {
    svg {
      display: none;
    }
    .heading {
      position: static;
      color: inherit;
      white-space: normal;
    }
  }
`;
