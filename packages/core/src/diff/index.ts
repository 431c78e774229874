export { diffMatrices, diffCorpora, DiffError, type DiffCorporaOptions } from './diff.js';
export { wordDiff, diffRuns, type WordChange } from './words.js';
export type * from './types.js';
