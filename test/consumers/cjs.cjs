// CommonJS: require() of every entry point (Node >= 20.19 loads the ES modules).
const { gapMatrix, loadCorpus } = require('@lexharmony/core');
const { gapDocument, renderDocument } = require('@lexharmony/core/export');
const { Corpus } = require('@lexharmony/core/engine');
const { default: data } = require('@lexharmony/core/data');

const matrix = gapMatrix(loadCorpus(), { jurisdictions: ['MX'], date: '2026-12-01' });
const fromData = loadCorpus({ data });
renderDocument(gapDocument(matrix, { lang: 'en' }), 'json').then((json) => {
  console.log(JSON.stringify({ json, fromData: fromData instanceof Corpus && fromData.instruments.size }));
});
