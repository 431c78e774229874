/**
 * The search's text folding and Fuse settings, for the web viewer's own index (which must match the
 * core's). Not published: `@lexharmony/core/internal/search` resolves only in this repository.
 */
export { fuseOptions, namesOf, NAME_WEIGHTS, strictThreshold } from './options.js';
export { fold, words, keyWords, snippet, STOPWORDS } from './text.js';
