/**
 * `@lexharmony/core/search`: search over the corpus (provisions, strategy provisions and requirements,
 * Spanish and English). No Node imports anywhere in this folder: the web viewer builds or loads the same index.
 * @module @lexharmony/core/search
 */
export { buildSearchIndex, loadSearchIndex, SearchIndex, SearchIndexError, type SearchOptions, type SearchResult, type SerializedSearchIndex } from './engine.js';
export { buildRecords, type SearchKind, type SearchRecord } from './records.js';
export { SEARCH_INDEX_VERSION, type SearchName } from './options.js';
export { Glossary, type Concept, type ConceptHit } from './glossary.js';
/** Folding (case and accents) and the excerpt around the words found: what a front end needs to show a result as the CLI does. */
export { fold, snippet } from './text.js';
