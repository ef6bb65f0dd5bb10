/** @onestop/core: the domain of Onestop, for browsers and Node. Build-time tools are in `@onestop/core/build`. */
export * from './catalog/index.js';
export * from './richtext/index.js';
export * from './search/index.js';
export * from './calendar/index.js';
export * from './guide/index.js';
