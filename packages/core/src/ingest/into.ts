/**
 * Re-ingest into an existing corpus: selected articles of a provisions file replaced by the ones
 * just read from the official text (or added, in the text's order), every other byte of the file
 * kept as it was; and the instrument's record of its official file brought up to date. The YAML
 * Document API locates the nodes; edits are spliced into the original text at those ranges.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode, type YAMLMap } from 'yaml';
import { readCorpusFile } from '../corpus/read.js';
import { CorpusError, says } from '../errors.js';
import { textHash } from '../model/hash.js';
import type { Provision } from '../model/types.js';
import { formatProvisionItem } from './write.js';

/** What `mergeProvisions` did to one article. */
export interface MergedArticle {
  id: string;
  /** Lines (1-based, inclusive) the article took in the old file, and takes in the new one. */
  before?: [number, number] | undefined;
  after: [number, number];
  /** The provisions (the article and its paragraphs, fracciones …) whose text changed, or that are new or gone. */
  changed: string[];
}

export interface MergeResult {
  /** The provisions file's new text. */
  text: string;
  replaced: MergedArticle[];
  added: MergedArticle[];
  /** Selected articles the official text gives exactly as the file holds them: left byte for byte. */
  unchanged: string[];
  /** Translations kept that now translate an earlier text (their `of` records the text the file held). */
  staleTranslations: { ref: string; lang: string }[];
  /** The analyst's work that had nowhere to go: translations and notes of provisions the new text no longer has. */
  dropped: { ref: string; what: string }[];
}

/**
 * Replace the articles of a provisions file's `text` by those in `articles` (same id), or add them
 * where `order` (every article id of the official text, in its order) puts them. Translations and
 * notes the file holds for a provision are kept on the provision of the same id; a translation that
 * records no `of` is given the hash of the text the file held (what it translated, as far as the
 * file says), so that it shows as stale where that text changed. Throws `CorpusError` (nothing
 * changed) when the file does not validate or holds another instrument's provisions. `read` is
 * the file as `readProvisionsFile` read it, when the caller has it already (reading is most of the work).
 */
export function mergeProvisions(
  file: string,
  text: string,
  instrument: string,
  articles: readonly Provision[],
  order: readonly string[],
  read: ProvisionsFileRead = readProvisionsFile(file, text, instrument),
): MergeResult {
  const seq = read.document.get('provisions', true);
  if (!isSeq(seq)) throw new CorpusError([{ code: 'SCHEMA', file, line: 1, field: 'provisions', ...says('msg.ingest.notBlockList', {}, 'msg.ingest.notBlockList.expected') }]);
  const items = seq.items.filter(isMap).map((map, i) => ({ map, id: String(map.get('id')), old: read.value.provisions[i]!, region: regionOf(text, map) }));
  const byId = new Map(items.map((it) => [it.id, it]));
  const prefix = items[0] ? text.slice(items[0].region.start, (items[0].map.range as [number, number, number])[0]) : '  - ';
  const rank = new Map(order.map((id, i) => [id, i]));

  const result: MergeResult = { text, replaced: [], added: [], unchanged: [], staleTranslations: [], dropped: [] };
  const edits: { at: number; remove: number; insert: string; article: Omit<MergedArticle, 'after'>; kind: 'replaced' | 'added' }[] = [];
  for (const fresh of articles) {
    const existing = byId.get(fresh.id);
    if (existing && sameSource(existing.old, fresh)) {
      result.unchanged.push(fresh.id);
      continue;
    }
    const merged = carry(existing?.old, fresh, instrument, result);
    const insert = formatProvisionItem(merged, prefix);
    const changed = changedProvisions(existing?.old, fresh);
    if (existing) {
      const { start, end } = existing.region;
      edits.push({ at: start, remove: end - start, insert, kind: 'replaced', article: { id: fresh.id, before: [lineAt(text, start), lineAt(text, end - 1)], changed } });
      continue;
    }
    // A new article goes after the nearest article before it in the official text that the file holds.
    const mine = rank.get(fresh.id) ?? Infinity;
    const before = items.filter((it) => (rank.get(it.id) ?? -1) < mine && rank.has(it.id)).sort((a, b) => rank.get(b.id)! - rank.get(a.id)!)[0];
    const after = items.find((it) => (rank.get(it.id) ?? -1) > mine);
    const at = before ? before.region.end : after ? after.region.start : (items.at(-1)?.region.end ?? text.length);
    edits.push({ at, remove: 0, insert, kind: 'added', article: { id: fresh.id, changed } });
  }

  // Splice from the end, then say where each article now sits.
  let out = text;
  for (const e of [...edits].sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
  let shift = 0;
  for (const e of [...edits].sort((a, b) => a.at - b.at)) {
    const start = e.at + shift;
    const after: [number, number] = [lineAt(out, start), lineAt(out, start + e.insert.length - 1)];
    (e.kind === 'replaced' ? result.replaced : result.added).push({ ...e.article, after });
    shift += e.insert.length - e.remove;
  }
  result.text = out;
  return result;
}

/** The 1-based line of a text offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * A provisions file, validated, that must hold the provisions of `instrument`. Throws `CorpusError`
 * naming the file, line and field otherwise.
 */
export type ProvisionsFileRead = ReturnType<typeof readProvisionsFile>;

export function readProvisionsFile(file: string, text: string, instrument: string) {
  const read = readCorpusFile(file, text, 'provisions');
  if ('issues' in read) throw new CorpusError(read.issues);
  if (read.value.instrument !== instrument) {
    throw new CorpusError([{ code: 'MISMATCHED_ID', file, line: read.lineOf(['instrument']), field: 'instrument', ...says('msg.ingest.otherInstrument', { held: read.value.instrument, instrument }, 'msg.ingest.otherInstrument.expected') }]);
  }
  return read;
}

/** The text an item of the provisions list takes: from the start of its "- " line to the end of its last line (comments after it are not its own). */
function regionOf(text: string, map: YAMLMap): { start: number; end: number } {
  const [from, to] = map.range as [number, number, number];
  const start = text.lastIndexOf('\n', from - 1) + 1;
  // A block scalar (text: |-) ends after its line break; anything else ends on its line.
  let end = text[to - 1] === '\n' ? to : text.indexOf('\n', to) + 1;
  if (end <= 0) end = text.length;
  return { start, end };
}

/** The fields the official text gives (not the analyst's translations and notes), to tell whether an article changed. */
function sourceView(p: Provision): unknown {
  return { id: p.id, number: p.number, kind: p.kind, heading: p.heading, path: p.path, text: p.text, history: p.history, children: p.children.map(sourceView) };
}

const sameSource = (a: Provision, b: Provision) => JSON.stringify(sourceView(a)) === JSON.stringify(sourceView(b));

/** The article as re-ingested, with the translations, notes and language the file held for each provision of the same id. */
function carry(old: Provision | undefined, fresh: Provision, instrument: string, result: MergeResult): Provision {
  if (!old) return fresh;
  const ref = `${instrument}/${fresh.id}`;
  const was = textHash(old.text);
  const translations = fresh.translations.length
    ? fresh.translations
    : old.translations.map((t) => (t.of === undefined ? { ...t, of: was } : t));
  const now = textHash(fresh.text);
  for (const t of translations) if (t.of !== undefined && t.of !== now) result.staleTranslations.push({ ref, lang: t.lang });
  const children = fresh.children.map((c) => carry(old.children.find((o) => o.id === c.id), c, instrument, result));
  const gone = (p: Provision) => {
    if (p.translations.length) result.dropped.push({ ref: `${instrument}/${p.id}`, what: `translation (${p.translations.map((t) => t.lang).join(', ')})` });
    if (p.note) result.dropped.push({ ref: `${instrument}/${p.id}`, what: 'note' });
    p.children.forEach(gone);
  };
  for (const o of old.children) if (!fresh.children.some((c) => c.id === o.id)) gone(o);
  return { ...fresh, lang: fresh.lang ?? old.lang, note: fresh.note ?? old.note, translations, children };
}

/** Ids of the provisions, in an article and below it, whose text differs (or that one side lacks). */
function changedProvisions(old: Provision | undefined, fresh: Provision): string[] {
  const texts = (p: Provision | undefined, into = new Map<string, string>()) => {
    if (!p) return into;
    into.set(p.id, p.text);
    p.children.forEach((c) => texts(c, into));
    return into;
  };
  const a = texts(old);
  const b = texts(fresh);
  return [...new Set([...b.keys(), ...a.keys()])].filter((id) => a.get(id) !== b.get(id));
}

/** What `updateInstrument` changed in an instrument.yaml. */
export interface InstrumentUpdate {
  text: string;
  /** `source.sha256 b517… → 9c2e…`, `version "…" → "…"`. */
  changes: string[];
  /** The official file read is not the one the instrument records (nor an alternate): nothing recorded of it. */
  unknownFile?: boolean | undefined;
}

/**
 * Bring an instrument.yaml's record of its official text up to date after a re-ingest from `sourceFile`
 * (matched by file name to `source.file` or an alternate): its sha256 and, when the text states one
 * (`version`), the version line and date. Every other byte is kept.
 */
export function updateInstrument(file: string, text: string, sourceFile: string, sha256: string, version?: { text: string; date: string } | undefined): InstrumentUpdate {
  const doc = parseDocument(text);
  if (doc.errors[0]) throw new CorpusError([{ code: 'YAML_SYNTAX', file, line: 1, ...says('msg.yaml.syntax', { detail: doc.errors[0].message.split('\n')[0] }, 'msg.yaml.syntax.expected') }]);
  const name = sourceFile.split(/[\\/]/).at(-1)!;
  const same = (recorded: unknown) => typeof recorded === 'string' && recorded.split('/').at(-1) === name;
  const edits: { at: number; remove: number; insert: string }[] = [];
  const changes: string[] = [];
  const set = (map: YAMLMap | Document, key: string, value: string, what: string) => {
    const node = map.get(key, true) as YamlNode | undefined;
    if (!isScalar(node) || node.value === value) return;
    const [from, to] = node.range as [number, number, number];
    const insert = node.type === 'QUOTE_DOUBLE' ? JSON.stringify(value) : node.type === 'QUOTE_SINGLE' ? `'${value.replace(/'/g, "''")}'` : /^[\p{L}\p{N}][^#:\n]*$/u.test(value) && !/\s$/.test(value) ? value : JSON.stringify(value);
    edits.push({ at: from, remove: to - from, insert });
    changes.push(`${what} ${JSON.stringify(node.value)} → ${JSON.stringify(value)}`);
  };
  const source = doc.get('source', true);
  let matched = false;
  if (isMap(source)) {
    if (same(source.get('file'))) {
      matched = true;
      set(source, 'sha256', sha256, 'source.sha256');
    }
    const alternates = source.get('alternates', true);
    if (isSeq(alternates)) {
      alternates.items.forEach((alt, i) => {
        if (isMap(alt) && same(alt.get('file'))) {
          matched = true;
          set(alt, 'sha256', sha256, `source.alternates[${i}].sha256`);
        }
      });
    }
  }
  if (matched && version) {
    set(doc, 'version', version.text, 'version');
    set(doc, 'versionDate', version.date, 'versionDate');
  }
  let out = text;
  for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
  return { text: out, changes, unknownFile: !matched };
}
