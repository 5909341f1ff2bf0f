import { css } from 'lit';

/**
 * The session list's own styles. Notes kept out of the CSS, which ships as written:
 * - Slots off screen skip layout and paint until scrolled to (`content-visibility`): a long day stays quick to draw.
 * - A track's colour, where the data gives one, is only a mark (the card's inline-start edge, a dot before the
 *   track's name), never the colour of text, so contrast stays the theme's in light and dark. The dot has a
 *   ring of the border colour, so a pale colour shows on a pale card and a dark one on a dark card.
 * - A title of one long word wraps anywhere instead of pushing the star out of the card.
 * - Titles, rooms and names come in any script: each keeps its own direction (Unicode isolates, `unicode-bidi`) and lines
 *   up on the element's start side, while lists of them read in the page's direction.
 * - The dots between the items of the meta line are for the eye only: their empty alternative text
 *   (`content: '·' / ''`) keeps screen readers from reading them, as each item already says what it is. A dot
 *   ends an item rather than starting the next, so a wrapped line does not begin with one.
 * - Grid by room: a column per room, a row per time boundary. Narrower containers than 48rem get the list, every
 *   session carrying its own time and room.
 */
export const styles = css`
  :host {
    --_row: var(--poplus-session-row-height, 2.5rem);
  }
  .base {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  p {
    margin: 0;
  }
  ol,
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  a {
    color: var(--_accent);
  }
  .controls,
  .filters,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    align-items: end;
  }
  .controls {
    justify-content: space-between;
  }
  .field {
    display: grid;
    gap: calc(var(--_space) / 4);
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .search input {
    inline-size: 14rem;
    max-inline-size: 100%;
  }
  .check {
    display: inline-flex;
    gap: calc(var(--_space) / 2);
    align-items: center;
    min-block-size: 2.25rem;
  }
  .check input {
    min-block-size: auto;
    accent-color: var(--_accent);
  }
  .zones {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .zones legend {
    padding: 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  button.secondary,
  .tab,
  .star,
  .title {
    color: var(--_text);
    background: transparent;
  }
  button.secondary {
    border-color: var(--_border);
  }
  .link-button {
    display: inline-block;
    padding: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    border-block-end: 1px solid var(--_border);
  }
  .tab {
    border: 0;
    border-block-end: 3px solid transparent;
    border-radius: var(--_radius) var(--_radius) 0 0;
    padding: var(--_space) calc(var(--_space) * 2);
  }
  .tab[aria-selected='true'] {
    border-block-end-color: var(--_accent);
    font-weight: 700;
  }
  .day {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .note {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    justify-content: space-between;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .print-day {
    font-family: var(--_font-heading);
    font-weight: 700;
    font-size: 1.25rem;
  }
  .slots {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .slot {
    display: grid;
    grid-template-columns: 6.5rem minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
    content-visibility: auto;
    contain-intrinsic-size: auto 8rem;
  }
  .slot-time {
    font-family: var(--_font-heading);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .sessions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: var(--_space);
  }
  .session {
    display: flow-root;
    padding: var(--_space) calc(var(--_space) * 1.5);
    background: var(--_raised);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_track, var(--_border));
    border-radius: var(--_radius);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .session > * + * {
    margin-block-start: calc(var(--_space) / 2);
  }
  .session.kind-break,
  .session.kind-social {
    background: var(--_surface);
  }
  .session.current {
    box-shadow: 0 0 0 2px var(--_accent);
  }
  .head {
    display: flex;
    gap: var(--_space);
    align-items: start;
    justify-content: space-between;
  }
  .title-line {
    flex: 1;
    min-inline-size: 0;
    margin: 0;
    font-size: 1rem;
    font-weight: 700;
  }
  .title {
    max-inline-size: 100%;
    overflow-wrap: anywhere;
    padding: 0;
    border: 0;
    font-weight: 700;
    text-decoration: underline;
    text-decoration-color: var(--_border);
    text-underline-offset: 0.2em;
  }
  .title,
  .description,
  .links a {
    unicode-bidi: plaintext;
    /* Text in another script keeps its own direction inside but lines up on the element's start side like
       the rest of the card: in Arabic, an English title or description sits on the right. */
    text-align: match-parent;
    text-align: -webkit-match-parent;
  }
  .meta > span,
  .grid-room {
    unicode-bidi: isolate;
  }
  .title:hover {
    text-decoration-color: currentColor;
  }
  .star {
    flex: none;
    padding: 0 calc(var(--_space) / 2);
    border: 0;
    font-size: 1.25rem;
    line-height: 1.2;
    color: var(--_muted);
  }
  .star[aria-pressed='true'] {
    color: var(--_accent);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 0.75);
  }
  .meta,
  .speakers {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .meta > :not(:last-child)::after {
    content: '·' / '';
    padding-inline-start: calc(var(--_space) * 0.75);
  }
  .swatch {
    display: inline-block;
    inline-size: 0.7em;
    block-size: 0.7em;
    margin-inline-end: 0.3em;
    border-radius: 50%;
    background: var(--_track);
    box-shadow: 0 0 0 1px var(--_border);
  }
  .time {
    font-variant-numeric: tabular-nums;
  }
  .now,
  .shift {
    font-weight: 700;
    color: var(--_accent);
  }
  .details {
    display: grid;
    gap: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  .description {
    white-space: pre-line;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .no-match,
  .skipped {
    color: var(--_muted);
  }
  .no-match {
    display: grid;
    gap: var(--_space);
  }
  .elsewhere {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .grid {
    display: grid;
    grid-template-columns: 6.5rem repeat(var(--_columns), minmax(10rem, 1fr));
    grid-auto-rows: minmax(var(--_row), auto);
    gap: calc(var(--_space) / 2);
    overflow-x: auto;
  }
  .grid-room {
    grid-row: 1;
    font-weight: 700;
    position: sticky;
    inset-block-start: 0;
    background: var(--_surface);
    padding: calc(var(--_space) / 2);
  }
  .grid-time {
    grid-column: 1;
  }
  .grid > .session {
    content-visibility: auto;
    contain-intrinsic-size: auto 5rem;
  }
  @container (inline-size < 48rem) {
    .grid {
      display: grid;
      grid-template-columns: 1fr;
      gap: var(--_space);
    }
    .grid > * {
      grid-row: auto !important;
      grid-column: auto !important;
    }
    .grid-room {
      display: none;
    }
  }
  @container (inline-size < 30rem) {
    .slot {
      grid-template-columns: 1fr;
      gap: calc(var(--_space) / 2);
    }
  }
  @media (forced-colors: active) {
    .session.current,
    .tab[aria-selected='true'] {
      border-color: Highlight;
    }
    .swatch {
      forced-color-adjust: none;
    }
    .star[aria-pressed='true'] {
      color: Highlight;
    }
  }
  @media print {
    .controls,
    .tabs,
    .star,
    .note [role='status'],
    .links {
      display: none;
    }
    .day + .day {
      break-before: page;
    }
    .slot,
    .grid > .session {
      content-visibility: visible;
    }
    .session {
      break-inside: avoid;
      border-color: CanvasText;
    }
    .title {
      text-decoration: none;
    }
  }
`;
