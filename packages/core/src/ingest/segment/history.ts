import type { HistoryEntry } from '../../model/types.js';
import type { AnnotationStyle } from './profile.js';

const SCOPES: [RegExp, HistoryEntry['scope']][] = [
  [/^Art[íi]culo/i, 'artículo'],
  [/^P[áa]rrafo/i, 'párrafo'],
  [/^Fracci[óo]n/i, 'fracción'],
  [/^(?:Sub)?[Ii]nciso/, 'inciso'],
  [/^Cap[íi]tulo/i, 'capítulo'],
  [/^T[íi]tulo/i, 'título'],
  [/^Denominaci[óo]n/i, 'denominación'],
];

const ACTIONS: [RegExp, HistoryEntry['action']][] = [
  [/adicionad/i, 'adicionado'],
  [/derogad|derog[óo]/i, 'derogado'],
  [/recorrid/i, 'recorrido'],
  [/reformad|^Reforma\b/i, 'reformado'],
  [/original/i, 'adopted'],
  // InfoLEG's words: "incorporado" (added), "sustituido" (replaced by a new text).
  [/incorporad/i, 'adicionado'],
  [/sustituid/i, 'reformado'],
];

/** Verbs of annotations that write dates in words ("Artículo modificado por el artículo 2 del DL 1614, publicado el …"). */
const WORD_ACTIONS: [RegExp, HistoryEntry['action']][] = [
  [/incorporad/i, 'adicionado'],
  [/derogad/i, 'derogado'],
  [/modificad|sustituid/i, 'reformado'],
];

const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
/** "21 de diciembre de 2023" ("setiembre" too, as Peru writes it). */
const WORD_DATE = /\b(\d{1,2}) de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre) de (\d{4})\b/gi;

/** Mexico's Diario Oficial: "DOF 17-05-1999". */
export const DOF: AnnotationStyle = { gazette: 'DOF', dates: /\b(\d{2})-(\d{2})-(\d{4})\b/g };

/**
 * A reform annotation as history entries, one per date: "Artículo reformado DOF 23-12-1974,
 * 18-05-1999" gives two. Clauses after a full stop ("… Fe de erratas DOF 31-05-1956. Reformado
 * DOF 11-01-1982") keep the scope of the first one. `raw` is the whole annotation as printed; a
 * bracketed annotation ("(Artículo sustituido por … B.O. 25/6/2008)") is read inside its brackets.
 * With dates in words, each clause ("incorporado por el DL 1700 publicado el 24 de enero de 2026; y
 * modificado por …") gives its own action and date.
 */
export function parseAnnotation(raw: string, style: AnnotationStyle = DOF): HistoryEntry[] {
  const inner = raw.replace(/^\(/, '');
  const scope = SCOPES.find(([re]) => re.test(inner))?.[1] ?? 'other';
  const entries: HistoryEntry[] = [];
  const entry = (action: HistoryEntry['action'], year: string, month: number | string, day: string) =>
    entries.push({ action, scope, date: `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`, gazette: style.gazette, raw });
  if (style.dates === 'words') {
    for (const clause of inner.split(/;\s/)) {
      const action = WORD_ACTIONS.find(([re]) => re.test(clause))?.[1] ?? 'other';
      for (const m of clause.matchAll(WORD_DATE)) entry(action, m[3]!, MONTHS.indexOf(m[2]!.toLowerCase().replace('setiembre', 'septiembre')) + 1, m[1]!);
    }
    return entries;
  }
  const note = /^Nota\b/.test(inner);
  for (const clause of inner.split(/\.\s(?=[A-ZÁÉÍÓÚ])/)) {
    const action = note ? 'other' : (ACTIONS.find(([re]) => re.test(clause))?.[1] ?? 'other');
    for (const m of clause.matchAll(style.dates)) entry(action, m[3]!, m[2]!, m[1]!);
  }
  return entries;
}
