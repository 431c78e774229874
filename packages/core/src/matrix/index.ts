export { gapMatrix, corpusDigest, LEGEND, SYMBOLS, TOOL, MatrixOptionError, type GapMatrixOptions } from './matrix.js';
export type { GapMatrix, MatrixCell, MatrixColumn, MatrixFinding, MatrixGroup, MatrixReference, MatrixRow, MatrixTotals } from './types.js';
