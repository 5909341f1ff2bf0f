export { PoplusComponentCard } from './elements/component-card/component-card.js';
