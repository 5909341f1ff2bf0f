import { css } from 'lit';

export const styles = css`
  :host {
    --_row-height: 2.3rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    align-items: end;
    margin-block-end: var(--_space);
  }
  .field {
    display: grid;
    gap: calc(var(--_space) / 4);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .search {
    flex: 1 1 14rem;
  }
  /* A set width: otherwise the browser measures every option again whenever the counts change. */
  select {
    inline-size: 14rem;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: flex-end;
    margin-block-start: var(--_space);
  }
  .pager button[aria-disabled='true'] {
    opacity: 0.5;
    cursor: default;
  }
  .summary {
    margin: 0 0 var(--_space);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .scroller {
    max-block-size: var(--poplus-table-max-height, 40rem);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
    overscroll-behavior: contain;
  }
  table {
    inline-size: 100%;
    border-collapse: separate;
    border-spacing: 0;
  }
  caption {
    text-align: start;
    font-family: var(--_font-heading);
    font-weight: 700;
    padding: var(--_space);
  }
  th,
  td {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  tbody th {
    font-weight: 600;
  }
  thead th {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    padding: 0;
    background: var(--_raised);
    border-block-end-width: 2px;
  }
  thead button {
    display: flex;
    inline-size: 100%;
    gap: calc(var(--_space) / 2);
    align-items: center;
    justify-content: space-between;
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: transparent;
    color: var(--_text);
    font-weight: 700;
    text-align: start;
    border-radius: 0;
  }
  thead button:hover {
    color: var(--_accent);
  }
  .sort-icon {
    color: var(--_muted);
    font-weight: 400;
  }
  [aria-sort='ascending'] .sort-icon,
  [aria-sort='descending'] .sort-icon {
    color: var(--_accent);
  }
  tbody tr[data-item] {
    cursor: pointer;
  }
  tbody tr[data-item]:hover {
    background: var(--_surface);
  }
  tbody tr:focus-visible {
    outline-offset: -2px;
  }
  /* Windowed rows keep one height, so that a row's place is a multiplication. */
  .windowed {
    table-layout: fixed;
  }
  .windowed tbody :is(th, td):not([colspan]) {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .spacer td {
    padding: 0;
    border: 0;
  }
  .group td {
    background: var(--_surface);
    font-weight: 700;
  }
  .no-match {
    color: var(--_muted);
  }
  a {
    color: var(--_accent);
  }
  img {
    inline-size: 2.5rem;
    block-size: 2.5rem;
    object-fit: cover;
    border-radius: 50%;
  }
  /* Narrow screens: each row becomes a card of "label value" lines; sort buttons wrap above. */
  @container (max-width: 600px) {
    table,
    thead,
    tbody,
    tr {
      display: block;
    }
    caption {
      display: block;
    }
    thead tr {
      display: flex;
      flex-wrap: wrap;
    }
    thead th {
      flex: 1 1 auto;
    }
    tbody tr {
      padding-block: calc(var(--_space) / 2);
      border-block-end: 1px solid var(--_border);
    }
    tbody :is(th, td) {
      display: grid;
      grid-template-columns: minmax(6rem, 35%) 1fr;
      gap: var(--_space);
      border: 0;
      padding-block: calc(var(--_space) / 4);
    }
    tbody :is(th, td)[data-label]::before {
      content: attr(data-label);
      color: var(--_muted);
      font-weight: 400;
    }
    .windowed tbody :is(th, td):not([colspan]) {
      white-space: normal;
    }
  }
  @media (forced-colors: active) {
    thead button,
    .group td {
      border: 1px solid CanvasText;
    }
    tbody tr:focus-visible {
      outline: 2px solid Highlight;
    }
  }
`;
