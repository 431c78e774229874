/**
 * Candidate national provisions for a reference requirement or article; the analyst decides. No Node imports.
 * @module @lexharmony/core/suggest
 */
export { suggest, SuggestError, SUGGEST_NOTICE, type SuggestScope, type SuggestOptions, type Suggestion, type SuggestMatch, type SuggestResult } from './suggest.js';
