export { assess, assessAll, assessmentFileFor, articleStatus, asCorpus, countOf, COUNTED_KINDS, type AssessOptions, type CorpusLike } from './assess.js';
export { standing, type TreatyStanding } from './position.js';
export { AssessmentError } from './errors.js';
export { STATUSES, SYMBOLS, type Status, type ArticleResult, type Assessment, type Assumption, type CitationResult, type RequirementResult } from './types.js';
