export { Corpus, walk, structureId, type ProvisionEntry, type RequirementEntry, type StructureEntry } from './corpus.js';
export type { CorpusData, InstrumentData, Origin } from './data.js';
export { loadCorpus, loadCorpusData, bundledCorpusLocation, loadCompiledCorpus, type CorpusSource } from './load.js';
export type { CompiledCorpus } from './compiled-data.js';
export { readCorpusFiles, readCorpusFile, classify, listYamlFiles, type ReadFile } from './read.js';
export { assemble } from './assemble.js';
export { writeCompiledCorpus, readCompiledCorpus, readCompiledSource } from './compiled.js';
export { fingerprintCorpus, changedCorpusFiles, type CorpusFileStamp, type CorpusFingerprint } from './fingerprint.js';
export { MAX_FILE_BYTES, MAX_ALIAS_COUNT } from './yaml.js';
export { stampAssessment, stampProvisions, loadCorpusForStamping, type StampResult, type StampedCitation, type StampOptions, type StampProvisionsResult, type StampedTranslation } from './stamp.js';
export { translationStates, type TranslationState } from './translations.js';
export { loadCorpusDataAt, earlierTexts, earlierKey, gitLocation, resolveRevision, GitError, type EarlierText } from './history.js';
export {
  checkTranslations,
  numbersOf,
  articleRefsOf,
  datesOf,
  LENGTH_BANDS,
  MIN_BAND_LENGTH,
  type TranslationReport,
  type TranslationIssue,
  type TranslationIssueKind,
} from './translation-coverage.js';
export { checkCitations, limitingClause, LIMITING_MARKERS, type CitationReport, type CitationIssue, type CitationIssueKind } from './citation-units.js';
