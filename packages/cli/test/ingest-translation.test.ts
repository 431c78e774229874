// `ingest --translation-of`: an official translation aligned, provision by provision, to the original.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { haveSources, repoRoot, sourcesDir } from '../../../test/support/sources.js';
import { run } from './run.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'lh-cli-tr-'));
const boe185 = join(sourcesDir, 'budapest-convention/BOE-A-2010-14221-convenio-ciberdelincuencia.es.md');
const en185 = join(sourcesDir, 'budapest-convention/ets185-convention-on-cybercrime.en.md');
const provisions185 = join(repoRoot, 'corpora/instruments/coe-ets-185/provisions.yaml');
const label = ['--translation-lang', 'es', '--by', 'España (BOE 17-09-2010)', '--official'];

describe.skipIf(!haveSources)('lexharmony ingest --translation-of', () => {
  it("writes the original's provisions with the BOE text aligned to every one of them", async () => {
    const out = join(tmp(), 'provisions.yaml');
    const r = await run('ingest', boe185, '--profile', 'boe-treaty', '--instrument', 'coe-ets-185', '--translation-of', provisions185, ...label, '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('278 provisions aligned as translations of');
    expect(r.err).not.toContain('without a counterpart');
    expect(r.err).toMatch(/skipped 16 × instrument of ratification/);
    // The same file as the corpus holds: re-running the ingest changes nothing.
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(provisions185, 'utf8'));
    expect(readFileSync(out, 'utf8')).toContain('\n        heading: Acceso ilícito\n');
  });

  it('refuses translated provisions that have no place in the original, and writes nothing', async () => {
    const dir = tmp();
    const partial = join(dir, 'partial.yaml');
    expect((await run('ingest', en185, '--profile', 'coe-treaty', '--instrument', 'coe-ets-185', '--select', 'art-2', '--out', partial)).code).toBe(0);
    const out = join(dir, 'out.yaml');
    const r = await run('ingest', boe185, '--profile', 'boe-treaty', '--instrument', 'coe-ets-185', '--translation-of', partial, ...label, '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/provisions of the translation cannot be aligned to .*partial\.yaml: preamble of the translation has no counterpart in the original/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a provisions file of another instrument, naming file, line and field', async () => {
    const r = await run('ingest', boe185, '--profile', 'boe-treaty', '--instrument', 'coe-ets-185', '--translation-of', join(repoRoot, 'corpora/instruments/coe-ets-189/provisions.yaml'), ...label);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/coe-ets-189\/provisions\.yaml:2: instrument: the file holds "coe-ets-189" \(expected the provisions of --instrument coe-ets-185\)/);
  });
});

describe.skipIf(!haveSources)('lexharmony verify on the BOE translations', () => {
  it('reports a changed Spanish word at its line, with the BOE passage and the first differing word, and exits 2', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'jurisdictions.yaml'), 'jurisdictions:\n  - code: MX\n    names: { en: Mexico }\n    federal: true\n');
    mkdirSync(join(dir, 'instruments'));
    cpSync(join(repoRoot, 'corpora/instruments/coe-ets-189'), join(dir, 'instruments/coe-ets-189'), { recursive: true });
    const f = join(dir, 'instruments/coe-ets-189/provisions.yaml');
    writeFileSync(f, readFileSync(f, 'utf8').replace('por razón de la raza, el calor, la ascendencia', 'por razón de la raza, el color, la ascendencia'));
    // The protocol supplements the Convention: a corpus without it is not valid, so the supplement is dropped here.
    const i = join(dir, 'instruments/coe-ets-189/instrument.yaml');
    writeFileSync(i, readFileSync(i, 'utf8').replace('supplements: coe-ets-185\n', ''));
    const r = await run('verify', '--sources', sourcesDir, '--corpus', dir);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/instruments\/coe-ets-189\/provisions\.yaml:\d+: translation \(es\) of coe-ets-189\/art-2: not found verbatim in budapest-convention\/BOE-A-2015-793-protocolo-adicional-ets189\.es\.md: "color," where the source has "calor,"/);
    expect(r.out).toContain('    source: ');
    expect(r.err).toContain('verify: 1 problem');
  });
});

describe('lexharmony ingest --translation-of, usage', () => {
  it('needs --translation-lang and --by, and they need it', async () => {
    const f = join(repoRoot, 'README.md');
    expect((await run('ingest', f, '--profile', 'boe-treaty', '--instrument', 'coe-ets-185', '--translation-of', provisions185, '--by', 'X')).code).toBe(1);
    expect((await run('ingest', f, '--profile', 'boe-treaty', '--instrument', 'coe-ets-185', '--translation-of', provisions185, '--translation-lang', 'es')).code).toBe(1);
    expect((await run('ingest', f, '--profile', 'boe-treaty', '--instrument', 'coe-ets-185', '--translation-lang', 'es')).code).toBe(1);
    expect((await run('ingest', f, '--profile', 'boe-treaty', '--instrument', 'coe-ets-185', '--translation-of', provisions185, '--translation-lang', 'es', '--by', 'X', '--select', 'art-2')).code).toBe(1);
  });
});
