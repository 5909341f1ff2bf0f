import { css } from 'lit';

export const styles = css`
  :host {
    --_pad: var(--poplus-card-padding, calc(var(--_space) * 2));
  }
  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.5);
    block-size: 100%;
    padding: var(--_pad);
    background: var(--poplus-card-background, var(--_raised));
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 2);
    overflow-wrap: anywhere;
  }
  .linked:hover {
    border-color: var(--_accent);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_space);
  }
  .titles {
    flex: 1 1 10rem;
    min-inline-size: 0;
  }
  /* Data in another language keeps its own direction inside (dir="auto"), but lines up with the rest of the
     card, on the element's start side: in Arabic, an English tagline sits on the right like the labels. */
  [dir='auto'] {
    text-align: match-parent;
    text-align: -webkit-match-parent;
  }
  p,
  dl,
  dd,
  ul {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  a {
    color: var(--_accent);
  }
  .name {
    margin: 0;
    font: 700 1.25rem/1.25 var(--_font-heading);
  }
  .name a {
    color: inherit;
    text-decoration: none;
  }
  .name a:hover {
    text-decoration: underline;
  }
  /* The name's link covers the whole card; the card's other links and controls sit above it. */
  .name a::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: inherit;
  }
  .name a:focus-visible {
    outline: none;
  }
  .name a:focus-visible::after {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .card a:not(.name a),
  summary,
  details[open],
  slot:not([name='media'], [name='logo'])::slotted(*) {
    position: relative;
    z-index: 1;
  }
  [part='organisation'],
  dt {
    color: var(--_muted);
  }
  [part='tagline'] {
    font-size: 1.0625rem;
    font-weight: 500;
  }
  .description {
    display: grid;
    gap: var(--_space);
  }
  .clamp p {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  .badge {
    --_status: var(--poplus-card-status-color, var(--_muted));
    padding: 0 0.6em;
    border: 1px solid currentColor;
    border-radius: 1em;
    color: var(--_status);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  [data-status='stable'] {
    --_status: var(--poplus-card-status-color, light-dark(#1c6b33, #86d79b));
  }
  [data-status='concept'],
  [data-status='development'],
  [data-status='beta'] {
    --_status: var(--poplus-card-status-color, light-dark(#8a4f00, #f2c27b));
  }
  [data-status='obsolete'] {
    text-decoration: line-through;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    font-size: 0.8125rem;
  }
  .tags li {
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .facts {
    display: grid;
    /* Labels take what they need, up to 40% of a narrow card, where they wrap. */
    grid-template-columns: fit-content(40%) 1fr;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    font-size: 0.9375rem;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  .criteria ul {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin-block-start: var(--_space);
  }
  .criteria li {
    display: flex;
    gap: var(--_space);
  }
  .mark {
    flex: none;
    inline-size: 1.25em;
    text-align: center;
    font-weight: 700;
  }
  [data-met='false'],
  [data-met='unknown'] {
    color: var(--_muted);
  }
  footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    margin-block-start: auto;
  }
  footer:not(:has(.links)) {
    display: contents;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  slot[name='media']::slotted(*) {
    display: block;
    inline-size: 100%;
    block-size: auto;
    border-radius: var(--_radius);
  }
  slot[name='logo']::slotted(*) {
    flex: none;
    inline-size: 3rem;
    block-size: 3rem;
    object-fit: contain;
  }
  @media (forced-colors: active) {
    .badge,
    .tags li {
      border-color: CanvasText;
    }
  }
`;
