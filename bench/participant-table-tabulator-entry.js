// Tabulator's core with only the modules this benchmark uses, tree-shaken by the bench's pre-bundle step.
import { Tabulator, SortModule, FilterModule } from 'tabulator-tables';

Tabulator.registerModule([SortModule, FilterModule]);
export { Tabulator };
