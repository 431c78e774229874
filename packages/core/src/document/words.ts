/**
 * Words for a document: the engine's messages, references, statuses, structures and corpus prose,
 * in the output language. Built over a matrix's language-neutral data (its `cites`); the only
 * place where a message becomes a sentence. No Node imports (the viewer uses it too).
 */
import { SYMBOLS, type Status } from '../assess/types.js';
import { formatCite, type CiteOptions } from '../cite/format.js';
import { articleFromId, type CiteParts } from '../cite/parts.js';
import type { Message, MessageParam } from '../i18n/message.js';
import { pickProse, type ProseText } from '../i18n/prose.js';
import { translator, type Lang, type MessageKey, type Translator } from '../i18n/translate.js';
import type { ProseMap } from '../model/prose.js';
import type { PathSegment } from '../model/types.js';
import type { Inline } from './types.js';

export interface Words {
  lang: Lang;
  tr: Translator;
  t: Translator['t'];
  /** A human citation of a reference. */
  cite(ref: string, options?: CiteOptions): string;
  /** A requirement as a reader knows it: its label in quotes. */
  requirement(ref: string): string;
  /** A jurisdiction by its name in the output language. */
  jurisdiction(code: string): string;
  /** `✔ full` / `✔ pleno`. */
  status(s: Status): string;
  /** A message as a sentence. */
  say(m: Message): string;
  /** Corpus prose in the output language, labelled when it is a translation or a fallback. */
  prose(p: ProseMap | undefined, original?: string): ProseText | undefined;
  /** The prose as inline content: a span marked with its language where it is not the document's. */
  proseInline(p: ProseMap | undefined, original?: string): Inline[];
  /** A structure in full (`Capítulo II: … › Sección 1: …`) or short (`Cap. II, Secc. 1`). */
  path(path: readonly PathSegment[], form?: 'full' | 'short'): string;
  /** A day in words (`2001-11-23` → 23 de noviembre de 2001 / 23 November 2001); anything but a whole day as given. */
  day(iso: string): string;
  /**
   * What would make a finding acceptable, said as the alternatives it is (any one suffices), never
   * as "all of these": the label (`Aceptable con`, `Aceptable con cualquiera de`) and `A o B`.
   */
  acceptableWith(items: readonly string[]): { label: string; text: string };
}

export interface WordsSource {
  cites: Record<string, CiteParts>;
  /** Jurisdiction names by code. */
  names: Record<string, ProseMap>;
}

const quote = (lang: Lang, s: string) => (lang === 'es' ? `«${s}»` : `“${s}”`);

/** The words a document uses in one language: status names, citations, quotes, dates. */
export function words(lang: Lang, source: WordsSource): Words {
  const tr = translator(lang);
  const t = tr.t;
  const parts = (ref: string): CiteParts => source.cites[ref] ?? fallbackParts(ref);
  // A report names the same references, requirements and statuses thousands of times (a workbook of
  // 200 jurisdictions: 30,000 findings citing 50,000 provisions): each is said once.
  const cited = new Map<string, string>();
  const labels = new Map<string, string>();
  const statuses = new Map<Status, string>();
  const prose = (p: ProseMap | undefined, original = 'en'): ProseText | undefined => {
    if (!p) return undefined;
    return pickProse(p, lang, original);
  };
  const w: Words = {
    lang,
    tr,
    t,
    cite(ref, options) {
      const key = `${options?.form ?? 'full'}${options?.bare ? '-' : ''} ${ref}`;
      let text = cited.get(key);
      if (text === undefined) cited.set(key, (text = formatCite(parts(ref), tr, options)));
      return text;
    },
    requirement(ref) {
      let text = labels.get(ref);
      if (text === undefined) {
        const label = parts(ref).requirement?.label;
        labels.set(ref, (text = label ? quote(lang, prose(label)!.text) : ref.slice(ref.indexOf('#') + 1)));
      }
      return text;
    },
    jurisdiction: (code) => {
      const n = source.names[code];
      return n ? (n[lang] ?? n.en ?? Object.values(n)[0] ?? code) : code;
    },
    status(s) {
      let text = statuses.get(s);
      if (text === undefined) statuses.set(s, (text = `${SYMBOLS[s]} ${t(`status.${s}` as MessageKey)}`));
      return text;
    },
    say: (m) => say(w, m),
    prose,
    proseInline(p, original) {
      const x = prose(p, original);
      if (!x) return [];
      if (x.standing === 'original' && x.lang === lang) return [x.text];
      return [{ kind: 'lang', text: x.text, lang: x.lang, label: x.standing === 'fallback' ? t('prose.fallback') : t('prose.translation'), translation: x.standing === 'translation' }];
    },
    // From the catalogue, not Intl.DateTimeFormat: loading ICU's locale data costs ~20 ms of start-up.
    day(iso) {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      const month = m ? Number(m[2]) : 0;
      if (!m || month < 1 || month > 12) return iso;
      return t('day.format', { day: String(Number(m[3])), month: t(`day.month.${month}` as MessageKey), year: m[1]! });
    },
    acceptableWith: (items) => ({ label: t(items.length > 1 ? 'acceptable.anyOf' : 'col.acceptableWith'), text: tr.list(items, 'or') }),
    path(path, form = 'full') {
      if (form === 'short') return path.map((s) => `${t(`levelShort.${s.level}` as MessageKey)} ${s.number ?? ''}`.trim()).join(', ');
      return path.map((s) => `${t(`level.${s.level}` as MessageKey)}${s.number ? ` ${s.number}` : ''}${s.title ? `: ${s.title}` : ''}`).join(' › ');
    },
  };
  return w;
}

/** Parts read from the id alone, for a reference the matrix does not describe. */
function fallbackParts(ref: string): CiteParts {
  const [p = '', req] = ref.split('#');
  const [instrument = '', local = ''] = p.split('/');
  const [article = ''] = local.split('.');
  return { instrument, kind: 'unknown', titles: {}, article: articleFromId(article), units: [], requirement: req ? { id: req, kind: 'unknown' } : undefined };
}

const asList = (v: MessageParam | undefined): string[] => (Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : []);

/** A message as a sentence: each parameter shown by what it names. */
function say(w: Words, m: Message): string {
  const { t, tr } = w;
  const p = m.params ?? {};
  const sub = (p.parts as Message[] | undefined)?.map((x) => say(w, x)) ?? [];
  if (m.key === 'reason.parts') return sub.join('; ');
  const out: Record<string, string | number | undefined> = {};
  for (const [name, value] of Object.entries(p)) {
    switch (name) {
      case 'requirement':
        out[name] = w.requirement(value as string);
        break;
      case 'requirements':
        out[name] = asList(value).map((r) => w.requirement(r)).join(', ');
        break;
      case 'provisions':
      case 'changed':
      case 'gone':
        out[name] = asList(value).length ? asList(value).map((r) => w.cite(r, { form: 'short' })).join('; ') : t('reason.noProvisionCited');
        break;
      case 'needs':
      case 'made':
        // A requirement is acceptable with any one of its own; an article needs all of its (one per requirement).
        out[name] = tr.list(asList(value).map((r) => `${w.cite(r, { form: 'short' })} ${w.requirement(r)}`), m.key.startsWith('reason.art.') ? 'and' : 'or');
        break;
      case 'jurisdiction':
        out[name] = w.jurisdiction(value as string);
        break;
      case 'date':
        out[name] = w.day(value as string);
        break;
      case 'coverage':
      case 'relationship':
      case 'kind':
      case 'event':
        out[name] = t(`${name}.${String(value)}` as MessageKey);
        break;
      case 'moment':
        out.when = t(`when.${String(value)}` as MessageKey);
        break;
      case 'why':
      case 'searched':
        out[name] = w.prose(value as ProseMap)?.text;
        break;
      case 'parts':
        break;
      default:
        out[name] = typeof value === 'object' ? JSON.stringify(value) : (value as string | number);
    }
  }
  if (m.key === 'reason.req.stale' && asList(p.changed).length === 0) return t('reason.req.staleGone', out);
  const text = t(m.key, out);
  return m.key === 'position.notParty' && sub.length ? [text, ...sub].join('; ') : text;
}
