import { renderCsv, type StrategyCsvOptions } from './render-csv.js';
import { renderHtml } from './render-html.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-md.js';
import { renderText } from './summary.js';
import type { StrategyMatrix } from './types.js';

export const STRATEGY_FORMATS = ['text', 'json', 'md', 'html', 'csv', 'xlsx'] as const;
export type StrategyFormat = (typeof STRATEGY_FORMATS)[number];

/** Render a strategy matrix in one format; xlsx is loaded only when asked for. */
export async function renderStrategyMatrix(m: StrategyMatrix, format: StrategyFormat, options: StrategyCsvOptions = {}): Promise<string | Uint8Array> {
  switch (format) {
    case 'text':
      return renderText(m);
    case 'json':
      return renderJson(m);
    case 'md':
      return renderMarkdown(m);
    case 'html':
      return renderHtml(m);
    case 'csv':
      return renderCsv(m, options);
    case 'xlsx':
      return (await import('./render-xlsx.js')).renderXlsx(m);
  }
}
