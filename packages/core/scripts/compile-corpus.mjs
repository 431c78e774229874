// Compile the repository's corpora/ (validated) into data/, shipped with the package (layout: src/corpus/compiled.ts).
import { realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const { loadCorpusData, fingerprintCorpus, writeCompiledCorpus } = await import(join(pkg, 'dist/index.js'));
const corpora = realpathSync(join(pkg, '../../corpora'));
// The fingerprint is taken before the files are read, so that an edit made during the build shows as a change.
const source = fingerprintCorpus(corpora);
const data = loadCorpusData(corpora);
writeCompiledCorpus(join(pkg, 'data'), data, source);
console.log(`corpus: ${data.instruments.length} instruments, ${data.assessments.length} assessments, ${source.files.length} files → data/`);
