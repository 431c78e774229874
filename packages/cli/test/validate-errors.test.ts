// Malformed corpora: each case starts from the tiny valid corpus in fixtures/tiny, breaks one
// thing, and expects exit 2 with one clear message naming the file, the line and the field,
// no stack trace (and a stack with --debug).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { englishFragments, englishLeft } from '../../../test/support/english.js';
import { run } from './run.js';

const tiny = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/tiny');
const scratch = mkdtempSync(join(tmpdir(), 'lexharmony-bad-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Corpus files as a mutable view over a copy of the tiny corpus. */
class Files {
  constructor(readonly dir: string) {}
  read = (f: string) => readFileSync(join(this.dir, f), 'utf8');
  write = (f: string, text: string) => {
    mkdirSync(dirname(join(this.dir, f)), { recursive: true });
    writeFileSync(join(this.dir, f), text);
  };
  replace = (f: string, from: string | RegExp, to: string) => {
    const text = this.read(f);
    const next = text.replace(from, to);
    if (next === text) throw new Error(`fixture: "${String(from)}" not found in ${f}`);
    this.write(f, next);
  };
  append = (f: string, text: string) => this.write(f, this.read(f) + text);
  remove = (f: string) => unlinkSync(join(this.dir, f));
}

interface Case {
  name: string;
  break(f: Files): void;
  /** The file the message must name, relative to the corpora directory. */
  file: string;
  /** The line the message must name: a number, or a text (or pattern) whose first line in the broken file is meant. */
  line: number | string | RegExp;
  /** The field the message must name, if the problem sits in one. */
  field?: string;
  /** Words the message must hold. */
  says: RegExp;
  /** How many lines the report has, where the case breaks more than one thing (default 1). */
  lines?: number;
}

const J = 'jurisdictions.yaml';
const RI = 'instruments/ref-t/instrument.yaml';
const RP = 'instruments/ref-t/provisions.yaml';
const RR = 'instruments/ref-t/requirements.yaml';
const A = 'assessments/MX--ref-t.yaml';
const L = 'instruments/nat-s/links.yaml';

const cases: Case[] = [
  { name: 'YAML syntax error', break: (f) => f.replace(RI, 'titles: { en: Reference Treaty }', 'titles: { en: "Reference Treaty }'), file: RI, line: 'titles:', says: /YAML syntax: Missing closing "quote/ },
  { name: 'bad indentation', break: (f) => f.replace(RI, '  publisher: Example', '    publisher: Example\n   note: x'), file: RI, line: '  url:', says: /YAML syntax/ },
  { name: 'duplicate YAML key', break: (f) => f.append(RI, 'kind: code\n'), file: RI, line: 'kind: code', says: /unique|duplicate/i },
  { name: 'several YAML documents', break: (f) => f.append(RI, '---\nid: other\n'), file: RI, line: '---', says: /one YAML document/ },
  { name: 'top level is a list', break: (f) => f.write(RI, '- id: ref-t\n'), file: RI, line: 1, says: /mapping/ },
  { name: 'wrong type (string for boolean)', break: (f) => f.replace(J, 'federal: true', 'federal: "yes"'), file: J, line: 'federal:', field: 'jurisdictions[0].federal', says: /wrong type: "yes" \(expected a value of type boolean\)/ },
  { name: 'wrong type (list for text)', break: (f) => f.replace(RI, 'version: Example, 2001', 'version: [Example]'), file: RI, line: 'version: [Example]', field: 'version', says: /wrong type: \["Example"\] \(expected a value of type string\)/ },
  { name: 'wrong type (plain text for text by language)', break: (f) => f.replace(RR, '    label:\n      en: Access without right', '    label: Access without right'), file: RR, line: 'label: Access without right', field: 'requirements[0].label', says: /wrong type: "Access without right" \(expected text by language, such as \{ en: "…", es: "…" \}\)/ },
  { name: 'unknown enum value', break: (f) => f.replace(RI, 'kind: treaty', 'kind: treatie'), file: RI, line: 'kind: treatie', field: 'kind', says: /invalid value "treatie" \(expected one of "treaty", "protocol"/ },
  { name: 'unknown coverage', break: (f) => f.replace(A, 'coverage: met', 'coverage: complete'), file: A, line: 'coverage:', field: 'findings[0].coverage', says: /"met"/ },
  { name: 'missing required field', break: (f) => f.replace(RI, 'version: Example, 2001\n', ''), file: RI, line: 1, field: 'version', says: /missing required field \(expected a value of type string\)/ },
  { name: 'malformed id', break: (f) => f.replace(RP, 'id: art-2', 'id: Art 2'), file: RP, line: 'id: Art 2', field: 'provisions[1].id', says: /provision id/ },
  { name: 'malformed date', break: (f) => f.replace(A, 'date: "2024-01-01"\nfindings', 'date: "01-01-2024"\nfindings'), file: A, line: 'date: "01-01-2024"', field: 'date', says: /YYYY-MM-DD/ },
  { name: 'unknown top-level field', break: (f) => f.append(RI, 'colour: blue\n'), file: RI, line: 'colour:', field: 'colour', says: /unknown field \(expected only the fields of docs\/schema\/instrument.schema.json\)/ },
  { name: 'unknown nested field', break: (f) => f.replace(A, '    confidence: high', '    confidence: high\n    reviewer: someone'), file: A, line: 'reviewer:', field: 'findings[0].reviewer', says: /unknown field/ },
  { name: '__proto__ key', break: (f) => f.append(RI, '__proto__: { polluted: true }\n'), file: RI, line: '__proto__', field: '__proto__', says: /the key "__proto__" is not allowed/ },
  { name: 'unknown instrument', break: (f) => f.replace(A, 'reference: ref-t', 'reference: ref-x'), file: A, line: 'reference:', field: 'reference', says: /unknown instrument "ref-x"/ },
  { name: 'unknown instrument in a treaty event', break: (f) => f.replace(J, '      - instrument: ref-t', '      - instrument: ref-z'), file: J, line: 'instrument: ref-z', field: 'jurisdictions[0].events[0].instrument', says: /unknown instrument "ref-z"/ },
  { name: 'unknown provision', break: (f) => f.replace(A, 'ref: nat-c/art-1', 'ref: nat-c/art-9'), file: A, line: 'ref: nat-c/art-9', field: 'findings[0].citations[0].ref', says: /unknown provision "nat-c\/art-9"/ },
  { name: 'unknown requirement', break: (f) => f.replace(A, 'requirement: ref-t/art-1#e1', 'requirement: ref-t/art-1#e7'), file: A, line: 'requirement:', field: 'findings[0].requirement', says: /unknown requirement "ref-t\/art-1#e7"/ },
  { name: 'unknown jurisdiction', break: (f) => f.replace(A, 'jurisdiction: MX', 'jurisdiction: GB'), file: A, line: 'jurisdiction: GB', field: 'jurisdiction', says: /unknown jurisdiction code "GB"/ },
  { name: 'unknown jurisdiction of an instrument', break: (f) => f.replace('instruments/nat-c/instrument.yaml', 'jurisdiction: MX', 'jurisdiction: FR'), file: 'instruments/nat-c/instrument.yaml', line: 'jurisdiction: FR', field: 'jurisdiction', says: /unknown jurisdiction code "FR"/ },
  { name: 'duplicate instrument', break: (f) => { f.write('instruments/ref-u/instrument.yaml', f.read(RI)); }, file: 'instruments/ref-u/instrument.yaml', line: 'id: ref-t', field: 'id', says: /duplicate instrument id ref-t/ },
  { name: 'duplicate provision', break: (f) => f.append(RP, '  - id: art-2\n    text: Again.\n'), file: RP, line: /- id: art-2\n    text: Again/, field: 'provisions[2].id', says: /duplicate provision id art-2/ },
  { name: 'duplicate requirement', break: (f) => f.append(RR, '  - { id: d1, provision: art-1, kind: declaration, label: { en: Again }, quote: { en: A Party } }\n'), file: RR, line: 'label: { en: Again }', field: 'requirements[3].id', says: /duplicate requirement art-1#d1/ },
  { name: 'duplicate jurisdiction', break: (f) => f.append(J, '  - code: MX\n    names: { en: Mexico again }\n    federal: true\n'), file: J, line: /  - code: MX\n    names: \{ en: Mexico again/, field: 'jurisdictions[1].code', says: /duplicate jurisdiction code MX/ },
  { name: 'duplicate finding', break: (f) => f.append(A, readFileSync(join(tiny, A), 'utf8').split('findings:\n')[1]!), file: A, line: /- requirement: ref-t\/art-1#e1(?![\s\S]*- requirement:)/, field: 'findings[1].requirement', says: /duplicate finding for ref-t\/art-1#e1/ },
  { name: 'dangling relaxedBy', break: (f) => f.replace(RR, 'relaxedBy: [ref-t/art-1#o1]', 'relaxedBy: [ref-t/art-1#o9]'), file: RR, line: 'art-1#o9', field: 'requirements[0].relaxedBy[0]', says: /unknown requirement "ref-t\/art-1#o9"/ },
  { name: 'dangling basis', break: (f) => f.replace(RR, 'basis: ref-t/art-2', 'basis: ref-t/art-42'), file: RR, line: 'basis:', field: 'requirements[2].basis', says: /unknown provision "ref-t\/art-42"/ },
  { name: 'dangling requirement provision', break: (f) => f.replace(RR, 'provision: art-1\n    kind: element', 'provision: art-7\n    kind: element'), file: RR, line: 'provision: art-7', field: 'requirements[0].provision', says: /unknown provision "art-7"/, lines: 2 /* the finding's ref-t\/art-1#e1 is gone too */ },
  { name: 'dangling link area', break: (f) => f.replace(L, 'tax/LEG', 'tax/OPS'), file: L, line: 'tax/OPS', field: 'links[0].areas[0]', says: /unknown taxonomy area "tax\/OPS"/ },
  { name: 'dangling link target', break: (f) => f.replace(L, 'ref-t/ch-ii]', 'ref-t/ch-ix]'), file: L, line: 'ch-ix', field: 'links[0].targets[1]', says: /"ref-t\/ch-ix"/ },
  { name: 'position that is not a declaration', break: (f) => f.replace(J, 'declarations: [ref-t/art-1#d1]', 'declarations: [ref-t/art-1#e1]'), file: J, line: 'art-1#e1', field: 'jurisdictions[0].positions[0].declarations[0]', says: /"ref-t\/art-1#e1" is an element, not a declaration \(expected a declaration of ref-t\/art-1: "ref-t\/art-1#d1"\)/ },
  { name: 'reservation that is a declaration', break: (f) => f.replace(J, 'reservations: []', 'reservations: [ref-t/art-1#d1]'), file: J, line: 'reservations: [ref-t/art-1#d1]', field: 'jurisdictions[0].positions[0].reservations[0]', says: /"ref-t\/art-1#d1" is a declaration, not a reservation/ },
  {
    name: 'reservation on an article that allows none',
    break: (f) => {
      f.append(RR, '  - { id: r1, provision: art-2, kind: reservation, label: { en: Reservation }, quote: { en: Any State may declare }, basis: ref-t/art-2 }\n');
      f.replace(J, 'reservations: []', 'reservations: [ref-t/art-1#r1]');
    },
    file: J,
    line: 'reservations: [ref-t/art-1#r1]',
    field: 'jurisdictions[0].positions[0].reservations[0]',
    says: /unknown reservation "ref-t\/art-1#r1": ref-t\/art-1 allows no reservation \(expected a reservation of an article that allows one \(art-2\)\)/,
  },
  { name: 'treaty event without a source', break: (f) => f.replace(J, 'source: { title: Example source }', 'source: {}'), file: J, line: 'source: {}', field: 'jurisdictions[0].events[0].source', says: /the observer event of MX names no source \(expected a source with at least a url, a title or a file\)/ },
  {
    name: "finding citing another jurisdiction's provision",
    break: (f) => {
      f.append(J, '  - code: AR\n    names: { en: Argentina }\n    federal: true\n');
      f.write('instruments/ar-c/instrument.yaml', f.read('instruments/nat-c/instrument.yaml').replace('id: nat-c', 'id: ar-c').replace('jurisdiction: MX', 'jurisdiction: AR'));
      f.write('instruments/ar-c/provisions.yaml', f.read('instruments/nat-c/provisions.yaml').replace('instrument: nat-c', 'instrument: ar-c'));
      f.replace(A, 'ref: nat-c/art-1', 'ref: ar-c/art-1');
    },
    file: A,
    line: 'ref: ar-c/art-1',
    field: 'findings[0].citations[0].ref',
    says: /"ar-c\/art-1" is a provision of AR's ar-c; a finding of MX cites MX's law \(expected a provision of an instrument with jurisdiction MX\)/,
  },
  { name: 'finding citing the treaty it is assessed against', break: (f) => f.replace(A, 'ref: nat-c/art-1', 'ref: ref-t/art-1'), file: A, line: 'ref: ref-t/art-1', field: 'findings[0].citations[0].ref', says: /"ref-t\/art-1" is a provision of the international instrument ref-t/ },
  {
    name: 'finding acceptable with an option that does not relax its requirement',
    break: (f) => {
      f.replace(RR, '    relaxedBy: [ref-t/art-1#o1]\n', '');
      f.replace(A, '    rationale:', '    acceptableWith: [ref-t/art-1#o1]\n    rationale:');
    },
    file: A,
    line: 'acceptableWith: [ref-t/art-1#o1]',
    field: 'findings[0].acceptableWith[0]',
    says: /"ref-t\/art-1#o1" does not relax ref-t\/art-1#e1 \(expected nothing: no option or reservation relaxes ref-t\/art-1#e1\)/,
  },
  { name: 'child id not extending its parent', break: (f) => f.replace(RP, 'id: art-1.p-2', 'id: art-2.p-2'), file: RP, line: 'id: art-2.p-2', field: 'provisions[0].children[1].id', says: /does not extend/ },
  { name: 'mismatched folder id', break: (f) => f.replace(RI, 'id: ref-t', 'id: ref-q'), file: RI, line: 'id: ref-q', field: 'id', says: /differs from its folder "ref-t"/ },
  { name: 'mismatched instrument field', break: (f) => f.replace(RP, 'instrument: ref-t', 'instrument: nat-c'), file: RP, line: 'instrument: nat-c', field: 'instrument', says: /differs from its folder "ref-t"/ },
  { name: 'file without instrument.yaml', break: (f) => f.write('instruments/lost/provisions.yaml', 'instrument: lost\nprovisions: []\n'), file: 'instruments/lost/provisions.yaml', line: 1, says: /no instrument\.yaml/ },
  { name: 'empty file', break: (f) => f.write(RR, ''), file: RR, line: 1, says: /empty/ },
  { name: 'comments only', break: (f) => f.write(RR, '# nothing yet\n'), file: RR, line: 1, says: /empty/ },
  { name: 'wrong file name in an instrument folder', break: (f) => f.write('instruments/ref-t/provision.yaml', f.read(RP)), file: 'instruments/ref-t/provision.yaml', line: 1, says: /not a corpus file/ },
  { name: 'file in the wrong place', break: (f) => f.write('notes.yaml', 'a: 1\n'), file: 'notes.yaml', line: 1, says: /not a corpus file/ },
  { name: 'no jurisdictions.yaml', break: (f) => f.remove(J), file: J, line: 1, says: /no jurisdictions\.yaml/ },
  {
    name: 'YAML alias bomb (billion laughs)',
    break: (f) => {
      const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
      for (let i = 1; i < 9; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
      f.write(RI, lines.join('\n') + '\n');
    },
    file: RI,
    line: '*a0',
    says: /aliases expand too far/,
  },
  // Hostile or faulty data that parses as YAML and would pass a schema check.
  { name: 'supplements cycle', break: (f) => { f.append(RI, 'supplements: ref-t\n'); }, file: RI, line: 'supplements:', field: 'supplements', says: /"supplements" goes round in a cycle: ref-t → ref-t/ },
  { name: 'relaxedBy cycle', break: (f) => f.replace(RR, '    basis: ref-t/art-2', '    basis: ref-t/art-2\n    relaxedBy: [ref-t/art-1#e1]'), file: RR, line: /relaxedBy: \[ref-t\/art-1#o1\]/, field: 'requirements[0].relaxedBy', says: /cycle: ref-t\/art-1#e1 → ref-t\/art-1#o1 → ref-t\/art-1#d1 → ref-t\/art-1#e1/ },
  { name: '__proto__ key inside a record', break: (f) => f.replace(RI, 'titles: { en: Reference Treaty }', 'titles: { en: Reference Treaty, __proto__: { polluted: true } }'), file: RI, line: 'titles:', field: 'titles.__proto__', says: /the key "__proto__" is not allowed/ },
  { name: 'constructor key', break: (f) => f.replace(RI, '  publisher: Example', '  publisher: Example\n  constructor: x'), file: RI, line: 'constructor:', field: 'source.constructor', says: /the key "constructor" is not allowed/ },
  { name: 'NUL in a text', break: (f) => f.replace(RI, 'version: Example, 2001', 'version: "Example\\0, 2001"'), file: RI, line: 'version:', field: 'version', says: /control character U\+0000 at character 8/ },
  { name: 'ESC sequence in a text', break: (f) => f.replace(RI, 'version: Example, 2001', 'version: "Example \\e[2J, 2001"'), file: RI, line: 'version:', field: 'version', says: /control character U\+001B/ },
  { name: 'invalid UTF-8', break: (f) => writeFileSync(join(f.dir, RI), Buffer.concat([Buffer.from(f.read(RI).replace('Example, 2001', 'Ex')), Buffer.from([0x0a, 0x23, 0x20, 0xc3, 0x28, 0x0a])])), file: RI, line: /^# /m, says: /invalid UTF-8 at byte \d+/ },
  { name: 'impossible day', break: (f) => f.replace(A, 'date: "2024-01-01"\nfindings', 'date: "2025-02-30"\nfindings'), file: A, line: 'date: "2025-02-30"', field: 'date', says: /a real calendar date/ },
  { name: 'month 13', break: (f) => f.replace(A, 'date: "2024-01-01"\nfindings', 'date: "2025-13"\nfindings'), file: A, line: 'date: "2025-13"', field: 'date', says: /a real calendar date/ },
  {
    name: '20 MB file',
    break: (f) => f.write(RP, 'instrument: ref-t\nprovisions:\n' + '  - { id: art-1, text: "' + 'x'.repeat(20 * 1024 * 1024) + '" }\n'),
    file: RP,
    line: 1,
    says: /larger than 5 MB/,
  },
];


/** The 1-based line of the first match of a marker in a text. */
function lineIn(text: string, marker: string | RegExp): number {
  const index = typeof marker === 'string' ? text.indexOf(marker) : (marker.exec(text)?.index ?? -1);
  if (index < 0) throw new Error(`fixture: marker ${String(marker)} not found`);
  return text.slice(0, index).split('\n').length;
}

describe('validate on a malformed corpus', () => {
  const fragments = englishFragments();
  it('the tiny base corpus is valid', async () => {
    const r = await run('validate', '--corpus', tiny);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/valid — 1 jurisdictions, 3 instruments/);
    const es = await run('validate', '--corpus', tiny, '--lang', 'es');
    expect(es.out).toMatch(/válido — 1 jurisdicciones, 3 instrumentos/);
  });

  it(`has at least 25 cases`, () => expect(cases.length).toBeGreaterThanOrEqual(25));

  it.each(cases.map((c, i) => [c.name, c, i] as const))('%s', async (_name, c, i) => {
    const dir = join(scratch, String(i));
    cpSync(tiny, dir, { recursive: true });
    const files = new Files(dir);
    c.break(files);
    let broken = '';
    try {
      broken = files.read(c.file);
    } catch {
      /* a removed file */
    }
    const line = typeof c.line === 'number' ? c.line : lineIn(broken, c.line);

    const r = await run('validate', '--corpus', dir);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    const first = r.err.split('\n')[0]!;
    const where = `lexharmony: ${c.file}:${line}:` + (c.field ? ` ${c.field}:` : '');
    expect(first.startsWith(where), `"${first}" should start with "${where}"`).toBe(true);
    expect(first).toMatch(c.says);
    // One mistake, one message: nothing that merely follows from it.
    expect(r.err.split('\n').filter(Boolean), r.err).toHaveLength(c.lines ?? 1);
    expect(r.err).not.toMatch(/^\s+at /m);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    const debug = await run('validate', '--corpus', dir, '--debug');
    expect(debug.code).toBe(2);
    expect(debug.err).toMatch(/^\s+at /m);

    // In Spanish: the same file, line and field, and no fixed English word of the tool's (the data it quotes aside).
    const es = await run('validate', '--corpus', dir, '--lang', 'es');
    expect(es.code).toBe(2);
    const esFirst = es.err.split('\n')[0]!;
    expect(esFirst.startsWith(where), `"${esFirst}" should start with "${where}"`).toBe(true);
    expect(es.err.split('\n').filter(Boolean)).toHaveLength(c.lines ?? 1);
    expect(englishLeft(es.err, [], fragments), es.err).toEqual([]);
    expect(es.err).not.toContain('[en] ');
    expect(es.err).not.toBe(r.err);
  });

  it('an empty corpora directory is refused, not taken for an empty corpus', async () => {
    const dir = join(scratch, 'empty');
    mkdirSync(dir);
    const r = await run('validate', '--corpus', dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^lexharmony: .*empty: the corpora directory holds no corpus file \(expected jurisdictions\.yaml/);
    const es = await run('validate', '--corpus', dir, '--lang', 'es');
    expect(es.err).toMatch(/^lexharmony: .*empty: el directorio corpora no contiene ningún archivo del corpus \(se esperaba jurisdictions\.yaml/);
  });
});
