// Generate docs/api/: the API reference of @lexharmony/core in Markdown, from the TSDoc comments of the public
// entry points (typedoc.json), and exports.json, every name each entry point exports. packages/core/test/api.test.ts fails when
// either is out of date: run `pnpm api-docs` after changing a public entry point or its comments, and commit.
// Usage: node scripts/api-docs.mjs [output directory, default docs/api]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application } from 'typedoc';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] ?? join(root, 'docs/api'));
process.chdir(root);

const app = await Application.bootstrapWithPlugins({ options: join(root, 'typedoc.json'), out });
const project = await app.convert();
if (!project) throw new Error('typedoc could not convert the entry points');
app.validate(project);
if (app.logger.hasErrors()) process.exit(1);
await app.generateOutputs(project);

// typedoc spells MessageKey out as the union of every key of the English catalogue, which every stream adds to:
// name the type instead, so that a new message does not change the reference.
const en = JSON.parse(readFileSync(join(root, 'packages/core/src/i18n/messages/en.json'), 'utf8'));
const union = Object.keys(en).map((k) => `\`${JSON.stringify(k)}\``).join(' \\| ');
for (const f of readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith('.md'))) {
  const text = readFileSync(join(out, f), 'utf8');
  if (text.includes(union)) writeFileSync(join(out, f), text.split(union).join('`MessageKey`'));
}

const exports = Object.fromEntries(
  (project.children ?? []).map((m) => [m.name, (m.children ?? []).map((c) => c.name).sort()]).sort(([a], [b]) => (a < b ? -1 : 1)),
);
writeFileSync(join(out, 'exports.json'), JSON.stringify(exports, null, 2) + '\n');
console.log(`api: ${Object.keys(exports).length} entry points, ${Object.values(exports).flat().length} names → ${out}`);
