// Mexico and the comparators side by side, as a user runs them: `gaps` and `report` with five
// jurisdictions, `compare` for one article or requirement on screen and in files, and `search`
// across the countries' laws. The bundled corpus (read from corpora/ when run from source).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GapMatrixSchema, loadCorpus } from '@lexharmony/core';
import { run } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'lexharmony-compare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const corpus = loadCorpus();
const DATE = '2026-12-01';
const text = (ref: string) => corpus.provisions.get(ref)!.provision.text;

describe('gaps with five jurisdictions', () => {
  it('--format json has a column each, in the order named, and a named jurisdiction without an assessment as not assessed', async () => {
    const r = await run('gaps', 'MX', 'AR', 'CO', 'PE', 'ES', 'GB', '--format', 'json', '--date', DATE);
    expect(r.code, r.err).toBe(0);
    const m = GapMatrixSchema.parse(JSON.parse(r.out));
    expect(m.columns.map((c) => c.key)).toEqual(['MX', 'AR', 'CO', 'PE', 'ES', 'GB']);
    expect(m.columns.filter((c) => c.assessment).map((c) => c.key)).toEqual(['MX', 'AR', 'CO', 'PE', 'ES']);
    const art2 = m.rows.find((x) => x.ref === 'coe-ets-185/art-2')!;
    expect(art2.cells.AR!.provisions).toContain('ar-cp/art-153-bis.p-1');
    expect(art2.cells.CO!.provisions).toContain('co-cp/art-269a');
    expect(art2.cells.PE!.provisions).toContain('pe-ley-30096/art-2.p-1');
    for (const row of m.rows) expect(row.cells.GB?.status ?? 'not-assessed', row.ref).toMatch(/^not-(assessed|applicable)$/);
  });

  it("leaves Mexico's statuses, provisions and reasons as they are alone", async () => {
    const alone = JSON.parse((await run('gaps', 'MX', '--format', 'json', '--date', DATE)).out);
    const five = JSON.parse((await run('gaps', 'MX', 'AR', 'CO', 'PE', 'ES', '--format', 'json', '--date', DATE)).out);
    const mx = (m: { rows: { ref: string; cells: Record<string, unknown> }[] }) => m.rows.map((x) => [x.ref, x.cells.MX]);
    expect(mx(five)).toEqual(mx(alone));
  });

  it('report writes the five side by side: one status column each in the matrix, a sheet by jurisdiction', async () => {
    const out = join(dir, 'five.md');
    const r = await run('report', 'MX', 'AR', 'CO', 'PE', 'ES', '--lang', 'es', '--out', out, '--date', DATE);
    expect(r.code, r.err).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toMatch(/^# Informe de brechas: México, Argentina, Colombia, Perú y España frente al Convenio de Budapest/m);
    expect(md).toMatch(/^\| Art\. \| Tratado \| Epígrafe \| México \| Argentina \| Colombia \| Perú \| España \| Capítulo \| Identificador \|$/m);
    expect(md).toMatch(/^\| 2 \| Convenio \| Acceso ilícito \| ◐ condicional \| ◐ condicional \| ✓ pleno en lo evaluado \| ✔ pleno \| ◐ condicional \|/m);
    // Each instrument's caveat beside the quotes from it, in the article's section: Peru's private consolidation, Spain's extract.
    const art2 = md.slice(md.indexOf('\n### Convenio, Art. 2.'), md.indexOf('\n### Convenio, Art. 3.'));
    for (const [name, id] of [['Ley 30096 (PE)', 'pe-ley-30096'], ['CP (ES)', 'es-cp'], ['CP (AR)', 'ar-cp']] as const) {
      expect(art2, name).toContain(`Lo que debe saber quien lea ${name}:** ${corpus.instruments.get(id)!.meta.caveat!.es!.split('\n')[0]!.slice(0, 60)}`);
    }
  });
});

describe('lexharmony compare', () => {
  it("prints, in Spanish, the treaty's official translation, then each country's provision verbatim with its status and citation", async () => {
    const r = await run('compare', 'coe-ets-185/art-2', '--with', 'AR,CO,PE,ES', '--lang', 'es', '--date', DATE);
    expect(r.code, r.err).toBe(0);
    const out = r.out;
    expect(out).toMatch(/^Cómo lo redactaron las Partes: Convenio, art\. 2 \(Acceso ilícito\)$/m);
    expect(out).toContain('Traducción oficial de España (BOE 17-09-2010)');
    expect(out).toContain('│ Cada Parte adoptará las medidas legislativas');
    const at = (s: string) => {
      const i = out.indexOf(s);
      expect(i, s).toBeGreaterThan(0);
      return i;
    };
    const sections = [
      ['══ México — ◐ condicional', 'mx-cpf/art-211-bis-1.p-2', '— CPF, art. 211 Bis 1, párrafo segundo'],
      ['══ Argentina — ◐ condicional', 'ar-cp/art-153-bis.p-1', '— CP (AR), art. 153 Bis, párrafo primero'],
      ['══ Colombia — ✓ pleno en lo evaluado', 'co-cp/art-269a', '— CP (CO), art. 269A — Acceso abusivo a un sistema informático'],
      ['══ Perú — ✔ pleno', 'pe-ley-30096/art-2.p-1', '— Ley 30096 (PE), art. 2, párrafo primero — Acceso ilícito'],
      ['══ España — ◐ condicional', 'es-cp/art-197-bis.ap-1', '— CP (ES), art. 197 bis, apartado 1'],
    ] as const;
    let last = 0;
    for (const [head, ref, cite] of sections) {
      const h = at(head);
      expect(h, head).toBeGreaterThan(last);
      // The law's words as the corpus holds them (the terminal does not wrap a pipe), then the citation.
      const words = at(`│ ${text(ref).split('\n')[0]}`);
      expect(words, ref).toBeGreaterThan(h);
      expect(at(cite)).toBeGreaterThan(words);
      last = h;
    }
    // Peru's private consolidation and Spain's extract: said beside their quotes.
    expect(out).toContain('Lo que debe saber quien lea Ley 30096 (PE): Texto consolidado por una editorial privada');
    expect(out).toContain('Lo que debe saber quien lea CP (ES): Extracto de la ley de reforma');
    expect(out).not.toMatch(/\x1b\[/);
  });

  it("one requirement: Argentina's reservation from Ley 27.411 makes it full, Mexico's stays conditional", async () => {
    const r = await run('compare', 'coe-ets-185/art-9#e8', '--with', 'AR', '--lang', 'es', '--date', DATE);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^Cómo lo redactaron las Partes: Convenio, art\. 9 \(.+\), «Material que represente a una persona que parezca un menor»$/m);
    expect(r.out).toContain('══ Argentina — ✔ pleno');
    expect(r.out).toContain('aceptable porque Argentina formuló Convenio, art. 9, apartado 4 (reserva del art. 42)');
    expect(r.out).toMatch(/Declaraciones y reservas: Argentina formuló Convenio, art\. 9, apartado 4 \(reserva del art\. 42\)/);
    expect(r.out).toContain('══ México — ◐ condicional');
  });

  it('defaults --with to every other jurisdiction assessed against the treaty, Mexico first', async () => {
    const r = await run('compare', 'Convenio art. 2', '--format', 'json', '--date', DATE);
    expect(r.code, r.err).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.kind).toBe('comparison');
    expect(doc.subtitle).toMatch(/^Mexico, Argentina, Colombia, Spain and Peru: /);
  });

  it.each(['md', 'html', 'docx', 'xlsx', 'csv', 'json'])('--out writes %s, and keeps an existing file without --force', async (format) => {
    const out = join(dir, `art2.${format}`);
    const r = await run('compare', 'coe-ets-185/art-2', '--with', 'AR,CO,PE,ES', '--lang', 'es', '--out', out, '--date', DATE);
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(`escrito ${out} (${format})`);
    expect(readFileSync(out).length).toBeGreaterThan(1000);
    const again = await run('compare', 'coe-ets-185/art-2', '--with', 'AR', '--out', out);
    expect(again.code).toBe(3);
  });

  it('refuses bad input with one line and the right exit code', async () => {
    const cases: [string[], number, RegExp][] = [
      [['compare', 'coe-ets-185/art-99'], 2, /no article "coe-ets-185\/art-99"/],
      [['compare', 'coe-ets-185/art-2#e9'], 2, /that article has coe-ets-185\/art-2#e1/],
      [['compare', 'CPF 211 bis 1'], 2, /not an article of a reference treaty/],
      [['compare', 'coe-ets-185/art-2', '--with', 'XX'], 2, /no jurisdiction "XX"/],
      [['compare', 'coe-ets-185/art-2', '--with', ','], 1, /--with names no jurisdiction/],
      [['compare', 'coe-ets-185/art-2', '--out', join(dir, 'x.pdf')], 1, /cannot tell the format/],
      [['compare', 'coe-ets-185/art-2', '--format', 'docx'], 1, /--format docx writes a file: add --out FILE/],
      [['compare', 'coe-ets-185/art-2', '--table', 'findings'], 1, /--table applies to csv only/],
    ];
    for (const [args, code, message] of cases) {
      const r = await run(...args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.err.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.err, args.join(' ')).toMatch(message);
      expect(r.out).toBe('');
    }
  });
});

describe('search across the countries', () => {
  const QUERY = 'acceso ilegítimo a sistema informático';
  const refs = async (...more: string[]) => {
    const r = await run('search', QUERY, '--format', 'json', ...more);
    expect(r.code, r.err).toBe(0);
    return (JSON.parse(r.out).results as { ref: string }[]).map((x) => x.ref);
  };

  it("finds Colombia's 269A first and Peru's art. 2 on the first page, accents or not", async () => {
    const top = await refs();
    expect(top[0]).toBe('co-cp/art-269a');
    expect(top).toContain('pe-ley-30096/art-2');
    expect(top).toContain('mx-cpf/art-211-bis-1');
    const bare = await run('search', 'acceso ilegitimo a sistema informatico', '--format', 'json');
    expect((JSON.parse(bare.out).results as { ref: string }[]).map((x) => x.ref)).toEqual(top);
  });

  it("finds Argentina's 153 bis and Spain's 197 bis on the first page, and first within their country's law (--in AR, --in ES)", async () => {
    // Each instrument's best result leads a query that names no country (packages/core/test/search.test.ts).
    const all = await refs();
    expect(all).toContain('ar-cp/art-153-bis');
    expect(all).toContain('es-cp/art-197-bis');
    expect((await refs('--in', 'AR'))[0]).toBe('ar-cp/art-153-bis');
    expect((await refs('--in', 'ES'))[0]).toBe('es-cp/art-197-bis');
    expect((await refs('--in', 'co'))[0]).toBe('co-cp/art-269a');
    const unknown = await run('search', QUERY, '--in', 'XX');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/no instrument "XX"; known: .*; or a country's code: .*\bAR\b/);
  });

  it("suggests each country's illegal-access offence first for Art. 2 (suggest --in)", async () => {
    for (const [instrument, first] of [['ar-cp', 'ar-cp/art-153-bis'], ['co-cp', 'co-cp/art-269a'], ['pe-ley-30096', 'pe-ley-30096/art-2'], ['es-cp', 'es-cp/art-197-bis']] as const) {
      const r = await run('suggest', 'coe-ets-185/art-2', '--in', instrument);
      expect(r.code, r.err).toBe(0);
      expect(r.out, instrument).toMatch(new RegExp(`^1\\. ${first.replace(/[/.]/g, '\\$&')} `, 'm'));
    }
  });
});
