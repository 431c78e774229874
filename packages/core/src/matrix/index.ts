export { corpusDigest } from '../corpus/digest.js';
export { gapMatrix, LEGEND, SYMBOLS, TOOL, MatrixOptionError, type GapMatrixOptions } from './matrix.js';
export type { GapMatrix, MatrixCell, MatrixColumn, MatrixFinding, MatrixGroup, MatrixReference, MatrixRow, MatrixTotals, MatrixTranslation } from './types.js';
