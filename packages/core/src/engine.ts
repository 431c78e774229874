/**
 * `@lexharmony/core/engine`: the status engine and the gap matrix over the compiled corpus, without
 * the YAML reader or the schemas (so without yaml and zod), for callers that must start fast (the CLI).
 * Everything here is also exported by `@lexharmony/core` (`words` and `referenceName` by `@lexharmony/core/export`).
 * @module @lexharmony/core/engine
 */
export { Corpus, walk, structureId, type ProvisionEntry, type RequirementEntry, type StructureEntry } from './corpus/corpus.js';
export type { CorpusData, InstrumentData, Origin } from './corpus/data.js';
export type { CompiledCorpus } from './corpus/compiled-data.js';
export { loadCompiledCorpus, bundledCorpusLocation } from './corpus/bundled.js';
export { readCompiledCorpus, readCompiledSource } from './corpus/compiled.js';
export { changedCorpusFiles, type CorpusFileStamp, type CorpusFingerprint } from './corpus/fingerprint.js';
export { textHash, normalizeText, translationStale } from './model/hash.js';
export { isCalendarDate } from './model/dates.js';
export { pick, pickText, type Picked, type ProseMap } from './model/prose.js';
export * from './errors.js';
export { readRegularFile, readTextFile, decodeUtf8, InputError, LIMITS, describeSize, shortValue, terminalSafe, writeFileSafely, writeDirectorySafely, removeTemporaries, removeTemporariesOnSignals, type ReadLimits, type WriteOptions } from './io/index.js';
export * from './assess/index.js';
export * from './matrix/index.js';
export { findingHash } from './recommend/fingerprint.js';
export { assumptionOf, withRequired } from './recommend/project.js';
export { wordingHash, wordingText, type WordingText } from './recommend/wording.js';
export { translator, langFromEnv, isLang, LANGS, type Lang, type MessageKey, type Translator } from './i18n/translate.js';
export type { Message } from './i18n/message.js';
export { citeParts, formatCite, type CiteParts } from './cite/index.js';
export { words, type Words } from './document/words.js';
export { referenceName } from './document/gap-report.js';
export { nearestReferences, resolveReference } from './cite/resolve.js';
