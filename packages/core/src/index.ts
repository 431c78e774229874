export * from './model/index.js';
export * from './corpus/index.js';
export * from './errors.js';
export * from './assess/index.js';
export * from './matrix/index.js';
export { GapMatrixSchema, gapMatrixJsonSchema } from './matrix/schema.js';
export * from './strategies/index.js';
export * from './i18n/index.js';
export * from './cite/index.js';
