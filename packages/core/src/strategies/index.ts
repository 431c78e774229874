export { strategyMatrix, treatyAt, STUDY_LEGEND, STRATEGY_DISCLAIMER, TREATY_INSTRUMENTS, type StrategyMatrixOptions } from './matrix.js';
export type { StrategyMatrix, StrategyColumn, StrategyRow, Evidence, StudyStatus, StrategyAxis, TreatyEventView } from './types.js';
export { renderText, columnHeading, treatyLine } from './summary.js';
export { renderJson } from './render-json.js';
export { renderMarkdown } from './render-md.js';
export { renderHtml } from './render-html.js';
export { renderCsv, type StrategyCsvOptions } from './render-csv.js';
export { renderStrategyMatrix, STRATEGY_FORMATS, type StrategyFormat } from './render.js';
export { StrategyMatrixSchema, strategyMatrixJsonSchema } from './schema.js';
