/** Registers `<poplus-event-banner>` alone. */
export { PoplusEventBanner } from './elements/event-banner/event-banner.js';
