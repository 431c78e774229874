// Compile the repository's corpora/ (validated) into data/corpus.json, shipped with the package.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const { loadCorpusData, corpusDigest } = await import(join(pkg, 'dist/index.js'));
const data = loadCorpusData(join(pkg, '../../corpora'));
mkdirSync(join(pkg, 'data'), { recursive: true });
// The digest goes with the data: the gap matrix stamps it, and the CLI need not hash the whole corpus at each run.
writeFileSync(join(pkg, 'data/corpus.json'), JSON.stringify({ ...data, digest: corpusDigest(data) }));
console.log(`corpus: ${data.instruments.length} instruments, ${data.assessments.length} assessments → data/corpus.json`);
