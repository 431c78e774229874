// The run-time messages of the commands that check and change data, under --lang es: each provoked
// on bad input, each scanned against the English catalogue (no fixed English word of the tool's,
// the data it quotes aside), each still naming the file, line and field where it has them.
// (validate's messages: validate-errors.test.ts, every case in both languages.)
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { englishFragments, englishLeft } from '../../../test/support/english.js';
import { repoRoot } from '../../../test/support/sources.js';
import { main } from '../src/index.js';

const fragments = englishFragments();
let work: string;
const toy = () => join(work, 'corpora');
const penalCode = () => join(toy(), 'instruments/xt-penal-code/provisions.yaml');
const assessment = () => join(toy(), 'assessments/XT--toy-convention.yaml');
const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture: ${String(from)} not in ${file}`);
  writeFileSync(file, next);
};

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main([...args, '--lang', 'es'], { out: (t) => void (out += t), err: (t) => void (err += t), color: false }, { env: { INIT_CWD: work } });
  return { code, out, err, all: out + err };
}

/** What the command wrote holds no English tool string, and no key said in English for want of a Spanish one. */
function spanish(text: string) {
  expect(englishLeft(text, [], fragments), text).toEqual([]);
  expect(text).not.toContain('[en] ');
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'lexharmony-es-'));
  cpSync(join(repoRoot, 'examples/toy-country/corpora'), toy(), { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('stamp in Spanish', () => {
  /** The toy assessment stamped, then the penal code's art. 10 reformed so that a finding's quote is gone. */
  async function reformed() {
    expect((await run('stamp', assessment())).code).toBe(0);
    edit(penalCode(), 'enters a computer by breaking its password', 'enters a computer by any means');
  }

  it('a changed citation: the reform report, the count and the refusal', async () => {
    await reformed();
    const r = await run('stamp', assessment());
    expect(r.code).toBe(2);
    expect(r.out).toContain('xt-penal-code/art-10 cambió desde que se hicieron sus hallazgos');
    expect(r.out).toMatch(/citada por:/);
    expect(r.err).toMatch(/^cambiado {2}.*XT--toy-convention\.yaml:\d+ /m);
    expect(r.err).toMatch(/lexharmony: .*XT--toy-convention\.yaml: \d+ disposiciones citadas cambiaron/);
    spanish(r.all);
  });

  it('--refresh refused where a quote is gone, naming file, line and field', async () => {
    await reformed();
    const r = await run('stamp', assessment(), '--refresh');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/XT--toy-convention\.yaml:\d+: findings\[\d+\]\.citations\[\d+\]\.quote: el hallazgo de \S+ cita "[^"]+", que xt-penal-code\/art-10 ya no contiene \(se esperaba una cita/);
    spanish(r.all);
  });

  it('a citation of an unknown provision', async () => {
    edit(assessment(), /ref: xt-penal-code\/art-10\b/, 'ref: xt-penal-code/art-99');
    const r = await run('stamp', assessment(), '--corpus', toy());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/XT--toy-convention\.yaml:\d+: findings\[\d+\]\.citations\[\d+\]\.ref: disposición desconocida "xt-penal-code\/art-99"/);
    spanish(r.all);
  });

  it('a recommendations file whose target names nothing', async () => {
    const file = join(toy(), 'recommendations/XT--toy-convention.yaml');
    edit(file, '      - ref: xt-penal-code/art-10', '      - ref: xt-penal-code/art-19');
    const r = await run('stamp', file, '--corpus', toy());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/XT--toy-convention\.yaml:\d+: recommendations\[\d+\]\.targets\[\d+\]\.ref: disposición desconocida "xt-penal-code\/art-19"/);
    spanish(r.all);
  });

  it('an assessment of another corpora directory than the one read', async () => {
    const other = join(work, 'other');
    cpSync(toy(), other, { recursive: true });
    const r = await run('stamp', assessment(), '--corpus', other);
    expect(r.code).toBe(1);
    expect(r.err).toContain('pertenece al directorio corpora');
    spanish(r.all);
  });

  it('translations of an earlier text in a provisions file', async () => {
    edit(penalCode(), /(    text: Whoever, knowingly and without authorisation, enters a computer by breaking its password[^\n]*\n)/, '$1    translations:\n      - { lang: es, text: "Quien entre en una computadora.", official: false, by: test, of: "sha256:' + '0'.repeat(64) + '" }\n');
    const r = await run('stamp', penalCode());
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^desactualizada {2}.*provisions\.yaml:\d+ xt-penal-code\/art-10 \(es\)/m);
    expect(r.out).toMatch(/0 hash de traducción rellenados, 1 traducciones de un texto anterior/);
    spanish(r.all);
  });
});

describe('ingest in Spanish', () => {
  const source = () => {
    const file = join(work, 'cpf.txt');
    writeFileSync(file, 'Artículo 1o.- Texto del artículo.\n\nArtículo 2o.- Otro texto.\n');
    return file;
  };

  it('a selection that matches nothing', async () => {
    const r = await run('ingest', source(), '--profile', 'mx-federal', '--instrument', 'mx-cpf', '--select', 'art-99');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^lexharmony: no hay artículo "art-99" en la fuente/);
    spanish(r.all);
  });

  it('--into a provisions file of another instrument, naming file, line and field', async () => {
    const r = await run('ingest', source(), '--profile', 'mx-federal', '--instrument', 'mx-cpf', '--select', 'art-1', '--into', penalCode());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/provisions\.yaml:1: instrument: el archivo contiene las disposiciones de xt-penal-code \(se esperaba el archivo de disposiciones de mx-cpf/);
    spanish(r.all);
  });

  it('an output that exists, without --force; then the summary once written', async () => {
    const out = join(work, 'out.yaml');
    writeFileSync(out, 'keep me\n');
    const r = await run('ingest', source(), '--profile', 'mx-federal', '--instrument', 'mx-cpf', '--out', out);
    expect(r.code).toBe(3);
    expect(r.err).toContain('ya existe; use --force para reemplazarlo');
    expect(readFileSync(out, 'utf8')).toBe('keep me\n');
    spanish(r.all);
    const written = await run('ingest', source(), '--profile', 'mx-federal', '--instrument', 'mx-cpf', '--out', out, '--force');
    expect(written.code).toBe(0);
    expect(written.err).toMatch(/2 disposiciones encontradas/);
    spanish(written.err);
  });

  it('usage mistakes, an empty file and a missing one', async () => {
    for (const args of [
      ['--instrument', 'Not An Id'],
      ['--instrument', 'mx-cpf', '--neighbours', '2'],
      ['--instrument', 'mx-cpf', '--out', 'x.txt'],
      ['--instrument', 'mx-cpf', '--translation-lang', 'es'],
    ]) {
      const r = await run('ingest', source(), '--profile', 'mx-federal', ...args);
      expect(r.code, args.join(' ')).toBe(1);
      spanish(r.all);
    }
    const empty = join(work, 'empty.txt');
    writeFileSync(empty, '');
    for (const [file, code] of [[empty, 2], [join(work, 'none.txt'), 3]] as const) {
      const r = await run('ingest', file, '--profile', 'mx-federal', '--instrument', 'mx-cpf');
      expect(r.code).toBe(code);
      spanish(r.all);
    }
  });
});

describe('verify in Spanish', () => {
  it('a text not found verbatim in its source, and a stale translation', async () => {
    const instrument = join(toy(), 'instruments/xt-penal-code/instrument.yaml');
    edit(instrument, '  publisher: lexharmony example (fictional)\n', '  publisher: lexharmony example (fictional)\n  file: toy/penal-code.md\n');
    const sources = join(work, 'sources');
    const text = readFileSync(penalCode(), 'utf8');
    const articles = [...text.matchAll(/^ {4}text: (.*)$/gm)].map((m) => m[1]!);
    mkdirSync(join(sources, 'toy'), { recursive: true });
    writeFileSync(join(sources, 'toy/penal-code.md'), articles.map((a, i) => `Article ${10 + i}\n\n${a.replace('two years', 'three years')}\n`).join('\n'));
    edit(penalCode(), /(    text: Whoever, knowingly and without authorisation, alters[^\n]*\n)/, '$1    translations:\n      - { lang: es, text: "Quien altere datos.", official: false, by: test, of: "sha256:' + '0'.repeat(64) + '" }\n');
    const r = await run('verify', '--corpus', toy(), '--sources', sources);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/instruments\/xt-penal-code\/provisions\.yaml:\d+: disposición xt-penal-code\/art-10: no figura literalmente en toy\/penal-code\.md: "two" donde la fuente dice "three"/);
    expect(r.out).toMatch(/^ {4}cita: /m);
    expect(r.out).toMatch(/xt-penal-code\/art-11: la traducción es es de un texto anterior/);
    expect(r.err).toContain('verify: 1 problema (véase arriba)');
    spanish(r.all);
  });
});

describe('diff in Spanish', () => {
  it('two unrelated corpora, and a file that is not a gap matrix', async () => {
    const other = join(work, 'other');
    cpSync(toy(), other, { recursive: true });
    // No assessment in the other: nothing assessed against the same reference in both.
    rmSync(join(other, 'assessments/XT--toy-convention.yaml'));
    rmSync(join(other, 'recommendations'), { recursive: true, force: true });
    const r = await run('diff', toy(), other);
    expect(r.err).toMatch(/son corpus sin relación/);
    spanish(r.all);
    const notJson = join(work, 'm.json');
    writeFileSync(notJson, '{ nope');
    const bad = await run('diff', notJson, toy());
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^lexharmony: .*m\.json: no es JSON \(.*\) \(se esperaba una matriz de brechas/);
    spanish(bad.all);
  });
});

describe('show in Spanish', () => {
  it('a reference that names nothing, with the nearest ids', async () => {
    const r = await run('show', 'xt-penal-code/art-13', '--corpus', toy());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/xt-penal-code\/art-1\d/);
    spanish(r.all);
  });
});

describe('usage refusals of the other commands in Spanish', () => {
  it.each([
    ['gaps', 'XT', '--corpus', 'corpora', '--assume', ','],
    ['gaps', 'XT', '--corpus', 'corpora', '--assume', 'all,XT-1'],
    ['compare', 'XT', '--corpus', 'corpora', '--format', 'md'],
    ['compare', 'XT', '--corpus', 'corpora', '--with', ','],
    ['suggest', 'toy-convention/art-2', '--corpus', 'corpora', '--limit', '0'],
    ['suggest', 'toy-convention/art-2', '--corpus', 'corpora'],
    ['diff', 'HEAD', '--corpus', 'corpora'],
  ])('%s %s …', async (...args) => {
    const r = await run(...args);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/^lexharmony: /);
    spanish(r.all);
  });
});
