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
  type ScheduleTrack,
  type Speaker,
} from './elements/session-list/session-list.js';
export { PoplusParticipantTable } from './elements/participant-table/participant-table.js';
export { PoplusComponentCard } from './elements/component-card/component-card.js';
export type { ComponentJson, ComponentModel } from './data/component.js';
export type { Cell, Participant, ParticipantData, Text } from './data/participants.js';
export type { LocalizedText } from './shared/text.js';
export * from './shared/events/index.js';
export { DataReadError, type DataErrorKind, type DataReadErrorOptions } from './data/errors.js';
export type { SourceHint } from './data/load.js';
