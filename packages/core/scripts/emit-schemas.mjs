// Emit docs/schema/<kind>.schema.json for every kind of corpus file, from the zod schemas (run by the build;
// test/json-schema.test.ts checks that the committed files are up to date).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const { corpusFileKinds, corpusJsonSchemaText } = await import(join(pkg, 'dist/index.js'));
const out = join(pkg, '../../docs/schema');
mkdirSync(out, { recursive: true });
for (const kind of corpusFileKinds) writeFileSync(join(out, `${kind}.schema.json`), corpusJsonSchemaText(kind));
console.log(`schema: ${corpusFileKinds.length} JSON Schemas → docs/schema/`);
