/**
 * `@lexharmony/core`: the corpus model and loader, the status engine, gap and strategy matrices,
 * citations and the language layer. Documents and their renderers are in `@lexharmony/core/export`,
 * ingest of official texts in `@lexharmony/core/ingest`, search in `@lexharmony/core/search`.
 * Every name the public entry points export is listed in docs/api/exports.json (checked by packages/core/test/api.test.ts).
 * @module @lexharmony/core
 */
export * from './model/index.js';
export { Corpus, walk, structureId, type ProvisionEntry, type RequirementEntry, type StructureEntry } from './corpus/corpus.js';
export type { CorpusData, InstrumentData, Origin } from './corpus/data.js';
export type { CompiledCorpus } from './corpus/compiled-data.js';
export { loadCorpus, loadCorpusData, bundledCorpusLocation, loadCompiledCorpus, type CorpusSource } from './corpus/load.js';
export { readCorpusFiles, readCorpusFile, classify, listYamlFiles, type ReadFile } from './corpus/read.js';
export { stampAssessment, stampProvisions, loadCorpusForStamping, type StampResult, type StampedCitation, type StampOptions, type StampProvisionsResult, type StampedTranslation } from './corpus/stamp.js';
export { writeCompiledCorpus, readCompiledCorpus, readCompiledSource } from './corpus/compiled.js';
export { fingerprintCorpus, changedCorpusFiles, type CorpusFileStamp, type CorpusFingerprint } from './corpus/fingerprint.js';
export { translationStates, type TranslationState } from './corpus/translations.js';
export { loadCorpusDataAt, earlierTexts, earlierKey, gitLocation, resolveRevision, GitError, type EarlierText } from './corpus/history.js';
export {
  checkTranslations,
  numbersOf,
  articleRefsOf,
  datesOf,
  LENGTH_BANDS,
  type TranslationReport,
  type TranslationIssue,
  type TranslationIssueKind,
} from './corpus/translation-coverage.js';
export { checkCitations, limitingClause, LIMITING_MARKERS, type CitationReport, type CitationIssue, type CitationIssueKind } from './corpus/citation-units.js';
export * from './errors.js';
export { MissingDependencyError } from './optional.js';
export * from './io/index.js';
export * from './assess/index.js';
export * from './matrix/index.js';
export * from './recommend/index.js';
export { GapMatrixSchema, gapMatrixJsonSchema } from './matrix/schema.js';
export * from './diff/index.js';
export { MatrixDiffSchema, matrixDiffJsonSchema } from './diff/schema.js';
export { strategyMatrix, treatyAt, STUDY_LEGEND, STRATEGY_DISCLAIMER, TREATY_INSTRUMENTS, type StrategyMatrixOptions } from './strategies/matrix.js';
export type { StrategyMatrix, StrategyColumn, StrategyRow, Evidence, StudyStatus, StrategyAxis, TreatyEventView } from './strategies/types.js';
/** The strategy matrix as plain text for a terminal (the gap matrix and reports render through `@lexharmony/core/export`). */
export { renderText as renderStrategySummary } from './strategies/summary.js';
export { StrategyMatrixSchema, strategyMatrixJsonSchema } from './strategies/schema.js';
export * from './i18n/index.js';
export { citeParts, type CiteParts, type CiteUnit, type UnitLevel } from './cite/parts.js';
export { formatCite, instrumentName, type CiteOptions } from './cite/format.js';
export { nearestReferences, resolveReference } from './cite/resolve.js';
export { corpusDigest } from './corpus/digest.js';
