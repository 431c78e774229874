export * from './model/index.js';
export * from './corpus/index.js';
export * from './errors.js';
export * from './assess/index.js';
export * from './matrix/index.js';
export { GapMatrixSchema, gapMatrixJsonSchema } from './matrix/schema.js';
export * from './diff/index.js';
export { MatrixDiffSchema, matrixDiffJsonSchema } from './diff/schema.js';
export * from './strategies/index.js';
