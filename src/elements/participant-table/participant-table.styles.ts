import { css } from 'lit';

export const styles = css`
  .caption {
    margin: 0 0 var(--_space);
    font-family: var(--_font-heading);
    font-weight: 700;
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
  select,
  .combobox input {
    inline-size: 14rem;
  }
  .combobox {
    position: relative;
  }
  .popup {
    position: absolute;
    inset-block-start: 100%;
    inset-inline-start: 0;
    z-index: 3;
    min-inline-size: 100%;
    background: var(--_raised);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }
  [role='listbox'] {
    margin: 0;
    padding: calc(var(--_space) / 4) 0;
    list-style: none;
    max-block-size: 18rem;
    overflow: auto;
  }
  [role='option'] {
    padding: calc(var(--_space) / 2) var(--_space);
    cursor: pointer;
  }
  [role='option'].active,
  [role='option']:hover {
    background: var(--_surface);
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  [role='option'][aria-selected='true'] {
    font-weight: 700;
  }
  .more {
    margin: 0;
    padding: calc(var(--_space) / 2) var(--_space);
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
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
  .summary,
  .note {
    margin: 0 0 var(--_space);
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* A small table sizes to its content (its header sticks to the page's own scroll); a windowed one is a
     scroll box as high as the host allows, cut to whole rows by the element, its rows snapping under the header. */
  .scroller {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  .scroller:not(.windowed) {
    overflow: visible;
  }
  .windowed {
    max-block-size: var(--poplus-table-max-height, 40rem);
    overflow: auto;
    overscroll-behavior: contain;
    scroll-snap-type: block proximity;
    scroll-padding-block-start: var(--_head, 0px);
  }
  .windowed tr[data-item] {
    scroll-snap-align: start;
  }
  table {
    inline-size: 100%;
    border-collapse: separate;
    border-spacing: 0;
  }
  th,
  td {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    /* Words stay whole: a column is at least as wide as its longest word, and only a word longer than the
       whole table breaks. Web addresses carry break points after their slashes and dots. */
    overflow-wrap: break-word;
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
  .windowed table {
    table-layout: fixed;
  }
  .windowed thead span:first-child {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
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
    /* The whole header sticks, not each cell: its buttons wrap onto several lines. */
    thead {
      position: sticky;
      inset-block-start: 0;
      z-index: 1;
    }
    thead tr {
      display: flex;
      flex-wrap: wrap;
    }
    thead th {
      position: static;
      flex: 1 1 auto;
    }
    tbody tr {
      padding-block: calc(var(--_space) / 2);
      border-block-end: 1px solid var(--_border);
    }
    tbody :is(th, td) {
      display: grid;
      grid-template-columns: minmax(6rem, 35%) minmax(0, 1fr);
      gap: var(--_space);
      border: 0;
      padding-block: calc(var(--_space) / 4);
    }
    /* A field the record does not give is left out of its card, label and all. */
    tbody :is(th, td):empty {
      display: none;
    }
    tbody :is(th, td)[data-label]::before {
      content: attr(data-label);
      color: var(--_muted);
      font-weight: 400;
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
