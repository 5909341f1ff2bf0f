export { PoplusSessionList } from './elements/session-list/session-list.js';
