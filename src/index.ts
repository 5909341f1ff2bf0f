/**
 * Poplus Elements: importing this module registers every element.
 */
export { PoplusEventBanner } from './elements/event-banner/event-banner.js';
export {
  PoplusSessionList,
  type Schedule,
  type ScheduleEvent,
  type ScheduleSession,
  type ScheduleLink,
  type Speaker,
} from './elements/session-list/session-list.js';
export { PoplusParticipantTable } from './elements/participant-table/participant-table.js';
export { PoplusComponentCard } from './elements/component-card/component-card.js';
export type { ComponentJson, ComponentModel } from './data/component.js';
export { PoplusElement } from './shared/poplus-element.js';
export { DataSourceController, type DataSourceOptions, type DataSourceHost } from './shared/data-source.js';
export * from './shared/events/index.js';
export { DataReadError } from './data/errors.js';
export type { SourceHint } from './data/load.js';
