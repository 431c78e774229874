// Type-checked with tsc --strict under each moduleResolution (test/pack.test.ts writes the tsconfig).
import { gapMatrix, loadCorpus, type Corpus, type GapMatrix, type Status } from '@lexharmony/core';
import { gapDocument, renderDocument, type Doc } from '@lexharmony/core/export';
import { buildSearchIndex, type SearchResult } from '@lexharmony/core/search';
import { ingest } from '@lexharmony/core/ingest';
import data from '@lexharmony/core/data';

export async function main(): Promise<string> {
  const corpus: Corpus = loadCorpus({ data });
  const matrix: GapMatrix = gapMatrix(corpus, { jurisdictions: ['MX'] });
  const doc: Doc = gapDocument(matrix, { lang: 'es' });
  // The return type follows the format: a string for json, bytes for xlsx.
  const json: string = await renderDocument(doc, 'json');
  const bytes: Uint8Array = await renderDocument(doc, 'xlsx', { compression: false });
  const csv: string = await renderDocument(doc, 'csv', { bom: false, table: 'matrix' });
  const statuses: Status[] = matrix.rows.flatMap((r) => Object.values(r.cells).map((c) => c.status));
  const hits: SearchResult[] = buildSearchIndex(corpus).search('interceptación');
  void ingest;
  return `${json.length} ${bytes.byteLength} ${csv.length} ${statuses.length} ${hits.length}`;
}
