import { asCorpus } from '../../src/assess/assess.js';
import { citeParts } from '../../src/cite/parts.js';
import { words } from '../../src/document/words.js';
import { fileURLToPath } from 'node:url';
import { loadCorpusData, type CorpusData } from '@lexharmony/core';

/** The toy-country example corpus (examples/toy-country/corpora): small, synthetic, every status within reach. */
export const toyDir = fileURLToPath(new URL('../../../../examples/toy-country/corpora', import.meta.url));

const pristine = loadCorpusData(toyDir);

/** A fresh copy of the toy corpus data, to change in one test without touching the others. */
export function toy(): CorpusData {
  return structuredClone(pristine);
}

export function provisionOf(data: CorpusData, ref: string) {
  const [inst, id] = ref.split('/');
  const found = data.instruments.find((i) => i.meta.id === inst)?.provisions.find((p) => p.id === id);
  if (!found) throw new Error(`test corpus has no ${ref}`);
  return found;
}

export function findingOf(data: CorpusData, requirement: string) {
  const f = data.assessments.flatMap((a) => a.findings).find((x) => x.requirement === requirement);
  if (!f) throw new Error(`test corpus has no finding for ${requirement}`);
  return f;
}

export function dropFindings(data: CorpusData, pred: (requirement: string) => boolean): void {
  for (const a of data.assessments) a.findings = a.findings.filter((f) => !pred(f.requirement));
}

/** A message of the engine as an English sentence, citing the toy corpus's references (or those of a changed copy). */
export function say(m: import('../../src/i18n/message.js').Message, data: CorpusData = toy()): string {
  const corpus = asCorpus(data);
  const cites = new Proxy({}, { get: (_, ref) => citeParts(corpus, String(ref)) }) as Record<string, ReturnType<typeof citeParts>>;
  return words('en', { cites, names: { XT: { en: 'Toyland' } } }).say(m);
}
