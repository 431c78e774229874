// ESM: the bundled corpus, Mexico's gap matrix as json, and the clear errors of the optional peers.
import { gapMatrix, loadCorpus, MissingDependencyError } from '@lexharmony/core';
import { gapDocument, renderDocument } from '@lexharmony/core/export';
import { readSource } from '@lexharmony/core/ingest';
import { buildSearchIndex } from '@lexharmony/core/search';

const corpus = loadCorpus();
const matrix = gapMatrix(corpus, { jurisdictions: ['MX'], date: '2026-12-01' });
const json = await renderDocument(gapDocument(matrix, { lang: 'en' }), 'json');
const missing = [];
for (const attempt of [() => readSource(new TextEncoder().encode('%PDF-1.7\n'), 'pdf'), () => renderDocument(gapDocument(matrix, { lang: 'en' }), 'docx')]) {
  try {
    await attempt();
  } catch (e) {
    if (e instanceof MissingDependencyError) missing.push(e.packages.join(' '));
    else throw e;
  }
}
const hits = buildSearchIndex(corpus).search('acceso ilícito').length;
console.log(JSON.stringify({ json, missing, hits }));
