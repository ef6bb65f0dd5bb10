export * from './rich-text.js';

export { toRichText, toInlines } from './rich-text-shape.js';
