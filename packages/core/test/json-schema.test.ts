// docs/schema/ is generated from the zod schemas (scripts/emit-schemas.mjs, run by the build): the
// committed files must match, and every corpus YAML must point its editor at the right one.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, corpusFileKinds, corpusJsonSchema, corpusJsonSchemaText, listYamlFiles } from '@lexharmony/core';
import { repoRoot } from '../../../test/support/sources.js';

const schemaDir = join(repoRoot, 'docs/schema');
const corpora = join(repoRoot, 'corpora');

describe('JSON Schemas of the corpus files', () => {
  it.each(corpusFileKinds)('docs/schema/%s.schema.json is up to date (run pnpm build)', (kind) => {
    expect(readFileSync(join(schemaDir, `${kind}.schema.json`), 'utf8')).toBe(corpusJsonSchemaText(kind));
  });

  it('describes strict objects with the enums and patterns of the model', () => {
    const s = corpusJsonSchema('requirements') as { properties: { requirements: { items: { additionalProperties: boolean; properties: { kind: { enum: string[] } } } } } };
    const item = s.properties.requirements.items;
    expect(item.additionalProperties).toBe(false);
    expect(item.properties.kind.enum).toEqual(['element', 'option', 'declaration', 'reservation', 'safeguard', 'obligation']);
  });
});

describe('corpus YAML files', () => {
  const files = listYamlFiles(corpora);
  it.each(files)('%s starts with a yaml-language-server $schema comment for its kind', (rel) => {
    const kind = classify(rel)?.kind;
    expect(kind, `${rel} is not a corpus file kind`).toBeDefined();
    const first = readFileSync(join(corpora, rel), 'utf8').split('\n')[0]!;
    const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(m, `first line of ${rel}`).not.toBeNull();
    const target = resolve(dirname(join(corpora, rel)), m![1]!);
    expect(target).toBe(join(schemaDir, `${kind}.schema.json`));
    expect(existsSync(target)).toBe(true);
  });
});
