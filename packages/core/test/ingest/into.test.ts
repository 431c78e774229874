// Re-ingest into an existing corpus: a PDF read only on the pages that hold the articles asked for
// (found from its bookmarks), and those articles merged into a provisions file, every other byte kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest, mergeProvisions, updateInstrument } from '@lexharmony/core/ingest';
import { CorpusError, loadCorpus, textHash, type Provision } from '@lexharmony/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { haveSources, repoRoot, sourcesDir } from '../../../../test/support/sources.js';

const mx = join(sourcesDir, 'mexico');
const provisionsFile = join(repoRoot, 'corpora/instruments/mx-cpf/provisions.yaml');
/** The fields the official text gives, as the corpus holds them (translations and notes are the analyst's). */
const asRead = (p: Provision): unknown => ({ id: p.id, number: p.number, kind: p.kind, heading: p.heading, path: p.path, text: p.text, history: p.history, children: p.children.map(asRead) });

describe.skipIf(!haveSources)('a PDF read on the pages of the articles asked for', () => {
  // Read when the suite runs, not when it is collected: a skipped suite (no sources) reads nothing.
  let cpf: ReturnType<ReturnType<typeof loadCorpus>['instruments']['get']> & object;
  let data: Buffer;
  beforeAll(() => {
    cpf = loadCorpus(join(repoRoot, 'corpora')).instruments.get('mx-cpf')!;
    data = readFileSync(join(mx, 'CPF.pdf'));
  });

  // 211 Bis 1 shares its page with its neighbours; 3o runs onto a second page (a page header mid-article);
  // 167 has fracciones over two pages; 386 is long.
  it.each(['art-211-bis-1', 'art-3', 'art-167', 'art-386'])('%s: the same provision as the full read the corpus was ingested from', async (id) => {
    const held = cpf.provisions.find((p) => p.id === id)!;
    const r = await ingest(data, { format: 'pdf', profile: 'mx-federal', select: [id], path: held.path });
    expect(r.pages!.total).toBe(351);
    expect(r.pages!.read.length).toBeLessThanOrEqual(3);
    expect(asRead(r.provisions.find((p) => p.id === id)!)).toEqual(asRead(held));
  });

  it('reads the first page too when asked for the version the text states', async () => {
    const r = await ingest(data, { format: 'pdf', profile: 'mx-federal', select: ['art-211-bis-1'], path: [], version: true });
    expect(r.pages!.read).toEqual([1, 70]);
    expect(r.version).toEqual({ text: 'Última reforma publicada DOF 28-11-2025', date: '2025-11-28' });
    // The first page is read for its version only: its articles are not among the provisions found.
    expect(r.provisions.map((p) => p.id)).not.toContain('art-1');
  });

  it('an article no bookmark names: every page is read', async () => {
    const txt = await ingest(readFileSync(join(mx, 'CPF.txt')), { format: 'txt', profile: 'mx-federal', select: ['art-211-bis-1'] });
    expect(txt.pages).toBeUndefined();
    const r = await ingest(data, { format: 'pdf', profile: 'mx-federal', select: ['art-9999'] });
    expect(r.pages).toBeUndefined();
    expect(r.provisions.length).toBeGreaterThan(500);
  }, 120_000);
});

/** The CPF text extraction with one paragraph of art. 211 Bis 1 reformed (access added; the penalty raised). */
function reformedCpf(): Uint8Array {
  const text = readFileSync(join(mx, 'CPF.txt'), 'utf8');
  const paragraph = 'Al que sin autorización conozca o copie información contenida en sistemas o equipos de informática\nprotegidos por algún mecanismo de seguridad, se le impondrán de tres meses a un año de prisión y de\ncincuenta a ciento cincuenta días multa.';
  expect(text.split(paragraph)).toHaveLength(2);
  return new TextEncoder().encode(text.replace(paragraph, 'Al que sin autorización acceda, conozca o copie información contenida en sistemas o equipos de informática\nprotegidos por algún mecanismo de seguridad, se le impondrán de seis meses a dos años de prisión y de\ncien a trescientos días multa.'));
}

describe.skipIf(!haveSources)('mergeProvisions into corpora/instruments/mx-cpf/provisions.yaml', () => {
  const original = readFileSync(provisionsFile, 'utf8');
  const read = async (data: Uint8Array) => (await ingest(data, { format: 'txt', profile: 'mx-federal' })).provisions;

  it('an article the official text gives as the file holds it: the file byte for byte', async () => {
    const all = await read(readFileSync(join(mx, 'CPF.txt')));
    const m = mergeProvisions('provisions.yaml', original, 'mx-cpf', all.filter((p) => p.id === 'art-211-bis-1' || p.id === 'art-167'), all.map((p) => p.id));
    expect(m.text).toBe(original);
    expect(m.unchanged).toEqual(['art-167', 'art-211-bis-1']);
    expect(m.replaced).toEqual([]);
  });

  it('a reformed article replaced: every other line of the file byte-identical, its translations kept and the changed one stale', async () => {
    const all = await read(reformedCpf());
    const m = mergeProvisions('provisions.yaml', original, 'mx-cpf', all.filter((p) => p.id === 'art-211-bis-1'), all.map((p) => p.id));
    const [r] = m.replaced;
    expect(r).toMatchObject({ id: 'art-211-bis-1', changed: ['art-211-bis-1', 'art-211-bis-1.p-2'] });
    const before = original.split('\n');
    const after = m.text.split('\n');
    // Every line before the article, and every line after it, as it was.
    expect(after.slice(0, r!.after[0] - 1)).toEqual(before.slice(0, r!.before![0] - 1));
    expect(after.slice(r!.after[1])).toEqual(before.slice(r!.before![1]));
    expect(before[r!.before![0] - 1]).toBe('  - id: art-211-bis-1');
    expect(after[r!.after[0] - 1]).toBe('  - id: art-211-bis-1');
    // The article itself: the new text, the English translations kept, each recording the text it translated.
    const article = after.slice(r!.after[0] - 1, r!.after[1]).join('\n');
    expect(article).toContain('text: Al que sin autorización acceda, conozca o copie información contenida en sistemas o equipos de informática protegidos por algún mecanismo de seguridad, se le impondrán de seis meses a dos años de prisión y de cien a trescientos días multa.');
    expect(article).toContain("text: Whoever without authorisation learns of or copies information contained in computer systems or equipment protected by some security mechanism shall be punished with three months to one year's imprisonment and fifty to one hundred and fifty day-fines.");
    const oldP2 = 'Al que sin autorización conozca o copie información contenida en sistemas o equipos de informática protegidos por algún mecanismo de seguridad, se le impondrán de tres meses a un año de prisión y de cincuenta a ciento cincuenta días multa.';
    expect(article).toContain(`of: ${textHash(oldP2)}`);
    expect(m.staleTranslations).toEqual([{ ref: 'mx-cpf/art-211-bis-1.p-2', lang: 'en' }]);
    expect(m.dropped).toEqual([]);
  });

  it('an article new to the file goes where the official text puts it', async () => {
    const all = await read(readFileSync(join(mx, 'CPF.txt')));
    const m = mergeProvisions('provisions.yaml', original, 'mx-cpf', all.filter((p) => p.id === 'art-211'), all.map((p) => p.id));
    expect(m.added).toHaveLength(1);
    const lines = m.text.split('\n');
    const at = m.added[0]!.after[0];
    expect(lines[at - 1]).toBe('  - id: art-211');
    expect(lines.slice(0, at - 1).filter((l) => l.startsWith('  - id: ')).at(-1)).toBe('  - id: art-209');
    expect(lines[m.added[0]!.after[1]]).toBe('  - id: art-211-bis');
    expect(lines.slice(0, at - 1).join('\n')).toBe(original.split('\n').slice(0, at - 1).join('\n'));
  });

  it('refuses a file of another instrument, and a file that does not validate, naming file, line and field', async () => {
    const all = await read(readFileSync(join(mx, 'CPF.txt')));
    const one = all.filter((p) => p.id === 'art-211-bis-1');
    const order = all.map((p) => p.id);
    const refused = (() => {
      try {
        mergeProvisions('cnpp.yaml', original, 'mx-cnpp', one, order);
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(CorpusError);
    expect((refused as CorpusError).issues).toMatchObject([{ code: 'MISMATCHED_ID', file: 'cnpp.yaml', line: 2, field: 'instrument', message: 'the file holds the provisions of mx-cpf', expected: 'the provisions file of mx-cnpp (--instrument)' }]);
    const broken = original.replace('  - id: art-2\n', '  - id: Art 2\n');
    const line = original.split('\n').indexOf('  - id: art-2') + 1;
    expect(() => mergeProvisions('p.yaml', broken, 'mx-cpf', one, order)).toThrow(new RegExp(`^p\\.yaml:${line}: provisions\\[1\\]\\.id: invalid value "Art 2"`));
  });
});

describe('updateInstrument', () => {
  const instrument = `id: mx-cpf
version: Última reforma publicada DOF 28-11-2025
versionDate: "2025-11-28"
source:
  url: https://example.org/CPF.pdf
  file: mexico/CPF.pdf
  sha256: ${'a'.repeat(64)}
  alternates:
    - file: mexico/CPF.txt
      sha256: ${'b'.repeat(64)}
`;

  it('records the new sha256 of the file read, and the version the text states, every other byte kept', () => {
    const u = updateInstrument('instrument.yaml', instrument, '/home/me/Downloads/CPF.pdf', 'c'.repeat(64), { text: 'Última reforma publicada DOF 05-01-2026', date: '2026-01-05' });
    expect(u.text).toBe(instrument.replace('a'.repeat(64), 'c'.repeat(64)).replace('DOF 28-11-2025', 'DOF 05-01-2026').replace('"2025-11-28"', '"2026-01-05"'));
    expect(u.changes).toEqual([`source.sha256 "${'a'.repeat(64)}" → "${'c'.repeat(64)}"`, 'version "Última reforma publicada DOF 28-11-2025" → "Última reforma publicada DOF 05-01-2026"', 'versionDate "2025-11-28" → "2026-01-05"']);
  });

  it('an alternate file by its name; a file the instrument does not record changes nothing', () => {
    expect(updateInstrument('i.yaml', instrument, 'CPF.txt', 'd'.repeat(64)).text).toBe(instrument.replace('b'.repeat(64), 'd'.repeat(64)));
    const u = updateInstrument('i.yaml', instrument, 'CNPP.pdf', 'd'.repeat(64), { text: 'x', date: '2026-01-01' });
    expect(u).toEqual({ text: instrument, changes: [], unknownFile: true });
  });
});
