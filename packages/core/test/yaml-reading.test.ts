// The corpus reader takes its values from js-yaml (fast) and its errors and lines from the `yaml`
// package (positions kept). These tests hold the two to one reading: the `yaml` package, read
// directly here, is the reference for every value and every refusal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { listYamlFiles } from '../src/corpus/read.js';
import { MAX_ALIAS_COUNT, parseYaml } from '../src/corpus/yaml.js';

const corpora = join(import.meta.dirname, '../../../corpora');

/** The `yaml` package's reading, with the options of the corpus reader: the value, or that it refuses. */
function reference(text: string): { ok: true; value: unknown } | { ok: false } {
  const doc = parseDocument(text, { uniqueKeys: true, strict: true, prettyErrors: false });
  if (doc.errors.length > 0) return { ok: false };
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch {
    return { ok: false };
  }
}

function reading(text: string): { ok: true; value: unknown } | { ok: false } {
  const r = parseYaml('x.yaml', text);
  return r.ok ? { ok: true, value: r.doc.value } : { ok: false };
}

describe('corpus YAML reading', () => {
  it('gives the values the yaml package gives for every file of corpora/, and the same lines', () => {
    const files = listYamlFiles(corpora);
    expect(files.length).toBeGreaterThan(50);
    for (const rel of files) {
      const text = readFileSync(join(corpora, rel), 'utf8');
      const r = parseYaml(rel, text);
      expect(r.ok, rel).toBe(true);
      if (!r.ok) continue;
      expect({ ok: true, value: r.doc.value }, rel).toStrictEqual(reference(text));
      // Lines of the first and last items of the file's main list, as the yaml package's nodes give them.
      const lc = new LineCounter();
      const doc = parseDocument(text, { lineCounter: lc });
      const key = Object.keys(r.doc.value as object).find((k) => Array.isArray((r.doc.value as Record<string, unknown>)[k]));
      if (!key) continue;
      const list = (r.doc.value as Record<string, unknown[]>)[key]!;
      for (const i of [0, list.length - 1]) {
        const node = doc.getIn([key, i], true);
        if (isNode(node) && node.range) expect(r.doc.lineOf([key, i]), `${rel} ${key}[${i}]`).toBe(lc.linePos(node.range[0]).line);
      }
    }
  }, 120_000);

  it('resolves plain scalars as YAML 1.2 core schema does in the yaml package (where js-yaml alone differs)', () => {
    const scalars = ['0b101', '+.5', '0o17', '0x1F', '1_000', '+12', '-0', '.inf', '-.Inf', '.NaN', '1e3', '012', 'True', 'TRUE', 'tRUE', 'Null', '~', '', 'yes', 'on', '2026-01-01', '1:20', '0.', '.5', '1E+3', '0xGG', '-012', '"12"', "'true'", '9007199254740993'];
    for (const s of scalars) {
      const text = `v: ${s}\nw: [${s || '""'}]\n`;
      expect(reading(text), s).toStrictEqual(reference(text));
    }
  });

  it('leaves anchors, aliases, tags and directives to the yaml package', () => {
    const texts = [
      'a: &x [1, 2]\nb: *x\n',
      'a:\n  b: &x\n    c: 1\nd: *x\n',
      'a: &s text\nb: *s\n',
      `a: &s text\nb: [${Array.from({ length: MAX_ALIAS_COUNT + 5 }, () => '*s').join(', ')}]\n`,
      'a: !!str 12\nb: !!int "7"\n',
      'a: !custom x\n',
      '%YAML 1.1\n---\na: yes\nb: 0b11\n',
    ];
    for (const t of texts) expect(reading(t), t).toStrictEqual(reference(t));
    // The billion laughs stay refused with their own message.
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, k) => `${String.fromCharCode(98 + k)}: &${String.fromCharCode(98 + k)} [${Array(10).fill(`*${String.fromCharCode(97 + k)}`).join(', ')}]`)].join('\n');
    const r = parseYaml('laughs.yaml', laughs);
    expect(r.ok ? undefined : r.issue.code).toBe('YAML_ALIAS_LIMIT');
  });

  it('refuses what the yaml package refuses where js-yaml alone is lenient', () => {
    // Lines of a quoted text or a flow list not indented past their key, a tab as indentation, an indented top level.
    const texts = ["s: 'multi\nline'\n", 'a:\n  t: "multi\n  line"\n', 'a:\n  "q": {a: [b,\n  c]}\n', '\tid: "x"\n', '  k:\n  id:\n  -\n- k:\n'];
    for (const t of texts) {
      expect(reference(t), t).toStrictEqual({ ok: false });
      expect(reading(t), t).toStrictEqual({ ok: false });
    }
  });

  it('accepts exactly what the yaml package accepts, with the same value (generated documents)', () => {
    const key = fc.constantFrom('a', 'b', 'id', '"q"', "'s'", '1', 'null', '? x', 'a b', '__proto__', 'k#', 'x:y', 'text');
    const scalar = fc.oneof(
      fc.constantFrom('1', '-2', '0x1f', '0o7', '0b1', '+.5', '1e3', '.nan', 'true', 'No', '~', '', '"a\\tb"', "'it''s'", '"\\u00e9"', '|\n    block', '|\n  x\n y', '>-\n    folded\n    text', '>\n x', '[1, a]', '{a: 1}', '[', '"open', '"multi\n  line"', '"multi\nline"', "'multi\nline'", "'m\n  l'", 'plain\n  cont', 'plain\ncont', '"a\n\n  b"', '[a,\nb]', '{a: [b,\n c]}', 'a: b', '- x', '- - a', '#c', 'x #c', '\t', '\tx', 'é', '"\\q"', "'a'b'", '"x" y', '2026-12-01', '*a', '&a x'),
      fc.stringMatching(/^[a-z0-9 :#\-[\]{},'"|>.!%*&?@`\\\t\n]{0,12}$/),
    );
    const line = fc.tuple(fc.constantFrom('', '  ', '    ', '- ', '  - ', ' ', '\t'), key, fc.constantFrom(':', ': ', ':  ', ' :', ':\n  ', ':\n'), scalar).map(([indent, k, sep, v]) => `${indent}${k}${sep}${v}`);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const text = lines.join('\n') + '\n';
        expect(reading(text)).toStrictEqual(reference(text));
      }),
      { numRuns: 4000 },
    );
  }, 120_000);
});
