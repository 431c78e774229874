/**
 * Files built with the site for download: the gap matrix of every column as the CLI's `gaps`
 * command writes it (core's gap document and renderers), as csv and xlsx, in each language.
 */
import { LANGS, type GapMatrix } from '@lexharmony/core';
import { gapDocument, renderDocument } from '@lexharmony/core/export';
import type { ViewerDownload } from '../shared/types.js';

export interface SiteFile {
  name: string;
  body: string | Uint8Array;
}

const FORMATS = ['csv', 'xlsx'] as const;

/** `lexharmony-gaps-es.xlsx` and the like, with what data.json says of them. */
export async function matrixDownloads(matrix: GapMatrix): Promise<{ files: SiteFile[]; list: ViewerDownload[] }> {
  const files: SiteFile[] = [];
  const list: ViewerDownload[] = [];
  for (const lang of LANGS) {
    const doc = gapDocument(matrix, { lang });
    for (const format of FORMATS) {
      const body = await renderDocument(doc, format);
      const name = `lexharmony-gaps-${lang}.${format}`;
      files.push({ name, body });
      list.push({ lang, format, file: name, bytes: typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength });
    }
  }
  return { files, list };
}
