/**
 * `@lexharmony/core/ingest`: read official texts (PDF, plain text, Markdown, HTML) into blocks,
 * segment them into provisions with a profile, and verify corpus quotes against the sources.
 * @module @lexharmony/core/ingest
 */
export type { Block, Dropped, Reason, ReadResult, SourceFormat } from './blocks.js';
export { normalizeSpace } from './blocks.js';
export { IngestError, type IngestErrorCode } from './errors.js';
export { ingest, segment, type IngestOptions, type IngestResult } from './ingest.js';
export { profiles, getProfile, arInfoleg, boeTreaty, coeTreaty, mxFederal } from './profiles/index.js';
export { readSource, formatOf, decodeText, MAX_INPUT_BYTES, type ReadOptions } from './read/index.js';
export { readMarkdown } from './read/markdown.js';
export { readText } from './read/text.js';
export { readHtml } from './read/html.js';
export type { Profile, HeadedProfile, LinedProfile, ItemLevel, StructureLevel, SegmentResult, AnnotationStyle } from './segment/profile.js';
export { selectProvisions } from './select.js';
export { alignTranslation, type AlignResult, type Misalignment, type TranslationLabel } from './align.js';
export { formatProvisionsFile, formatProvisionItem, PROVISIONS_SCHEMA } from './write.js';
export { mergeProvisions, readProvisionsFile, updateInstrument, type MergeResult, type MergedArticle, type InstrumentUpdate } from './into.js';
export { parseAnnotation } from './segment/history.js';
export { joinLines, textLines } from './segment/lined.js';
export { verifyCorpus, nearest, type VerifyReport, type VerifyIssue, type VerifyIssueKind } from './verify.js';
export { canonical, readSourceText, type SourceText, type SourceIssue } from './source-text.js';
export { checkPassages, headingProblem, LAW_KINDS, type PassageReport, type PassageIssue, type PassageIssueKind } from './passages.js';
