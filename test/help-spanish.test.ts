// `--help --lang es` of every command in Spanish: no English tool string (the English catalogue
// scanned against it, as for the reports), and no line of the English help left as it is (an English
// literal in code that never reached the catalogue).
import { describe, expect, it } from 'vitest';
import { commands } from '../packages/cli/src/commands/index.js';
import { run } from '../packages/cli/test/run.js';
import { englishFragments, englishLeft } from './support/report.js';

const names = [...commands.map((c) => c.command.split(' ')[0]!), 'viewer build', 'viewer serve'];

/** The lines of a help text that are words: not its usage line, a path or a list of choices. */
const proseLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.replace(/\[[^\]]*\]/g, '').trim())
    .filter((l) => !/^lexharmony( \S+)+$/.test(l))
    .filter((l) => l.split(/\s+/).filter((w) => /^[a-zA-Z]{3,}$/.test(w)).length >= 3);

describe('--help in Spanish', () => {
  const fragments = englishFragments();

  it.each(names)('%s --help', async (name) => {
    const es = await run(...name.split(' '), '--help', '--lang', 'es');
    const en = await run(...name.split(' '), '--help', '--lang', 'en');
    expect(es.code).toBe(0);
    expect(es.out).toMatch(/Opciones:/);
    expect(englishLeft(es.out, [], fragments)).toEqual([]);
    expect(es.out).not.toContain('[en] ');
    const spanish = new Set(proseLines(es.out).map((l) => l.replace(/^\S+\s+/, '')));
    const same = proseLines(en.out).filter((l) => spanish.has(l.replace(/^\S+\s+/, '')));
    expect(same, `${name}: lines of the English help left in the Spanish one`).toEqual([]);
  }, 60_000);
});
