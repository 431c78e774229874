export { strategyMatrix, treatyAt, STUDY_LEGEND, STRATEGY_DISCLAIMER, TREATY_INSTRUMENTS, type StrategyMatrixOptions } from './matrix.js';
export type { StrategyMatrix, StrategyColumn, StrategyRow, Evidence, StudyStatus, StrategyAxis, TreatyEventView } from './types.js';
export { renderText, columnHeading, treatyLine } from './summary.js';
export { StrategyMatrixSchema, strategyMatrixJsonSchema } from './schema.js';
