// Pre-bundled for the benchmark (its modules use bare imports that a browser cannot resolve unbundled).
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-sort-column.js';
