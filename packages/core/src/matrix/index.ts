export { corpusDigest } from '../corpus/digest.js';
export { gapMatrix, TOOL, MatrixOptionError, type GapMatrixOptions } from './matrix.js';
export type { GapMatrix, MatrixAssessment, MatrixCell, MatrixColumn, MatrixFinding, MatrixGroup, MatrixProvision, MatrixRecommendation, MatrixRecommendationsProvenance, MatrixReference, MatrixRow, MatrixSource, MatrixTotals } from './types.js';
export { comparison, type Comparison, type ComparisonOptions, type ComparisonPositions } from './comparison.js';
