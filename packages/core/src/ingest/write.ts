import { stringify } from 'yaml';
import type { PathSegment, Provision, Translation } from '../model/types.js';

/** The schema header of a provisions.yaml inside `corpora/instruments/<id>/`. */
export const PROVISIONS_SCHEMA = '../../../docs/schema/provisions.schema.json';

const segments = (path: PathSegment[]) => path.map((s) => ({ level: s.level, ...(s.number ? { number: s.number } : {}), ...(s.title ? { title: s.title } : {}) }));

/** A translation as written to a corpus file, keys in a fixed order. */
const translation = (t: Translation) => ({
  lang: t.lang,
  text: t.text,
  ...(t.heading ? { heading: t.heading } : {}),
  ...(t.path?.length ? { path: segments(t.path) } : {}),
  official: t.official,
  by: t.by,
  ...(t.of ? { of: t.of } : {}),
});

/** A provision as written to a corpus file: every field the model holds, defaults (empty lists) left out, keys in a fixed order. */
function compact(p: Provision): Record<string, unknown> {
  return {
    id: p.id,
    ...(p.number !== undefined ? { number: p.number } : {}),
    ...(p.kind ? { kind: p.kind } : {}),
    ...(p.heading ? { heading: p.heading } : {}),
    ...(p.path.length ? { path: segments(p.path) } : {}),
    text: p.text,
    ...(p.lang ? { lang: p.lang } : {}),
    // Kept when rewriting a corpus file: translations and notes are not the source's text.
    ...(p.translations.length ? { translations: p.translations.map(translation) } : {}),
    ...(p.note ? { note: p.note } : {}),
    ...(p.history.length ? { history: p.history.map((h) => ({ action: h.action, scope: h.scope, date: h.date, gazette: h.gazette, raw: h.raw })) } : {}),
    ...(p.children.length ? { children: p.children.map(compact) } : {}),
  };
}

const YAML_OPTIONS = { lineWidth: 0, aliasDuplicateObjects: false } as const;

/**
 * One provision as an item of a provisions file's list, as the file writer writes it (`  - id: …`),
 * each line starting with `prefix`'s indentation (`prefix` is what comes before `id:` on the first line).
 */
export function formatProvisionItem(p: Provision, prefix = '  - '): string {
  const yaml = stringify({ provisions: [compact(p)] }, YAML_OPTIONS).replace(/^provisions:\n/, '');
  const written = /^( *- )/.exec(yaml)![1]!;
  if (written === prefix) return yaml;
  // Move every line by the same amount: block scalars keep their inner indentation.
  const by = prefix.length - written.length;
  return yaml.replace(/^.*$/gm, (line) => (line === '' ? line : by > 0 ? ' '.repeat(by) + line : line.slice(-by)));
}

/** The corpus provisions file `{instrument, provisions}` as YAML (with the schema header) or JSON. */
export function formatProvisionsFile(instrument: string, provisions: Provision[], format: 'yaml' | 'json'): string {
  const doc = { instrument, provisions: provisions.map(compact) };
  if (format === 'json') return JSON.stringify(doc, null, 2) + '\n';
  return `# yaml-language-server: $schema=${PROVISIONS_SCHEMA}\n` + stringify(doc, YAML_OPTIONS);
}
