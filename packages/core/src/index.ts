export * from './model/index.js';
export * from './corpus/index.js';
export * from './errors.js';
