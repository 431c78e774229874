// Emit docs/schema/<kind>.schema.json for every kind of corpus file, gap-matrix.schema.json and matrix-diff.schema.json, from the zod schemas (run by the build;
// test/json-schema.test.ts checks that the committed files are up to date).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const { corpusFileKinds, corpusJsonSchemaText, gapMatrixJsonSchema, matrixDiffJsonSchema } = await import(join(pkg, 'dist/index.js'));
const out = join(pkg, '../../docs/schema');
mkdirSync(out, { recursive: true });
for (const kind of corpusFileKinds) writeFileSync(join(out, `${kind}.schema.json`), corpusJsonSchemaText(kind));
writeFileSync(join(out, 'gap-matrix.schema.json'), JSON.stringify(gapMatrixJsonSchema(), null, 2) + '\n');
writeFileSync(join(out, 'matrix-diff.schema.json'), JSON.stringify(matrixDiffJsonSchema(), null, 2) + '\n');
console.log(`schema: ${corpusFileKinds.length + 2} JSON Schemas → docs/schema/`);
