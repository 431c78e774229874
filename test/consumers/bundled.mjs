// Bundled with esbuild (platform node) and run away from node_modules: the data comes from @lexharmony/core/data.
import { gapMatrix, loadCorpus } from '@lexharmony/core';
import { gapDocument, renderDocument } from '@lexharmony/core/export';
import data from '@lexharmony/core/data';

let error = '';
try {
  loadCorpus();
} catch (e) {
  error = e.message;
}
const matrix = gapMatrix(loadCorpus({ data }), { jurisdictions: ['MX'], date: '2026-12-01' });
const json = await renderDocument(gapDocument(matrix, { lang: 'en' }), 'json');
console.log(JSON.stringify({ json, error }));
