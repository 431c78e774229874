/**
 * `@lexharmony/core/engine`: the status engine and the gap matrix over the compiled corpus, without
 * the YAML reader or the schemas (so without yaml and zod), for callers that must start fast (the CLI).
 * Everything here is also exported by `@lexharmony/core`.
 */
export { Corpus, walk, structureId, type ProvisionEntry, type RequirementEntry, type StructureEntry } from './corpus/corpus.js';
export type { CorpusData, InstrumentData, Origin } from './corpus/data.js';
export { loadCompiledCorpus, bundledCorpusLocation } from './corpus/bundled.js';
export { readCompiledCorpus, readCompiledSource } from './corpus/compiled.js';
export { changedCorpusFiles, type CorpusFileStamp, type CorpusSource } from './corpus/fingerprint.js';
export { textHash, normalizeText, translationStale } from './model/hash.js';
export { pick, pickText, type Picked, type ProseMap } from './model/prose.js';
export * from './errors.js';
export * from './assess/index.js';
export * from './matrix/index.js';
