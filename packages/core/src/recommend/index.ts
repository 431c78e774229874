export { findingHash } from './fingerprint.js';
export { assumptionOf, withRequired } from './project.js';
export { wordingHash, wordingText, type WordingText } from './wording.js';
export { stampRecommendations, loadCorpusForRecommendations } from './stamp.js';
