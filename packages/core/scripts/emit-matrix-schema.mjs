// Write docs/schema/gap-matrix.schema.json from the zod schema (core/src/matrix/schema.ts), via the built package.
// Run after `pnpm build`: `pnpm --filter @lexharmony/core run schema`. A test checks the committed file is current.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const { gapMatrixJsonSchema } = await import(join(pkg, 'dist/index.js'));
const out = join(pkg, '../../docs/schema/gap-matrix.schema.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(gapMatrixJsonSchema(), null, 2) + '\n');
console.log(`wrote ${out}`);
