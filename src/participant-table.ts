export { PoplusParticipantTable } from './elements/participant-table/participant-table.js';
