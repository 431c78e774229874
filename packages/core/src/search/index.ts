/**
 * Search over the corpus: provisions, strategy provisions and requirements, Spanish and English.
 * No Node imports anywhere in this folder: the web viewer builds or loads the same index.
 */
export { buildSearchIndex, loadSearchIndex, SearchIndex, SearchIndexError, type SearchOptions, type SearchResult, type SerializedSearchIndex } from './engine.js';
export { buildRecords, type SearchKind, type SearchRecord } from './records.js';
export { fuseOptions, namesOf, NAME_WEIGHTS, strictThreshold, SEARCH_INDEX_VERSION, type SearchName } from './options.js';
export { Glossary, type Concept, type ConceptHit } from './glossary.js';
export { fold, words, keyWords, snippet, STOPWORDS } from './text.js';
