export type { Block, Cell, Column, ColumnType, Doc, Fact, Inline, LegendEntry, Section, Span, Table } from './types.js';
export { gapDocument, referenceName, treatyText, type GapDocumentOptions } from './gap-report.js';
export { strategyDocument, type StrategyDocumentOptions } from './strategy-report.js';
export { reformDiffDocument, articleName, summarySentence, type ReformDiffDocumentOptions } from './reform-diff.js';
export { comparisonDocument, type ComparisonDocumentOptions } from './comparison.js';
export { words, type Words, type WordsSource } from './words.js';
export { plain, cellText } from './plain.js';
export { FormatError } from './errors.js';
export { DOC_FORMATS, formatFromPath, renderDocument, type BinaryFormat, type CsvOptions, type DocFormat, type FormatOptions, type RenderOptions, type XlsxOptions } from './render/index.js';
