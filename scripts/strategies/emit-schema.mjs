// Write docs/schema/strategy-matrix.schema.json from the zod schema (run after `pnpm build`;
// packages/core/test/strategies/schema.test.ts checks that the committed file is up to date).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const { strategyMatrixJsonSchema } = await import(join(root, 'packages/core/dist/index.js'));
writeFileSync(join(root, 'docs/schema/strategy-matrix.schema.json'), JSON.stringify(strategyMatrixJsonSchema(), null, 2) + '\n');
console.log('schema: docs/schema/strategy-matrix.schema.json');
