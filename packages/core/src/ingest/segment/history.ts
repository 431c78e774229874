import type { HistoryEntry } from '../../model/types.js';

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

/** How a gazette's dates are printed in reform annotations: capture 1 the day, 2 the month, 3 the year (global). */
export interface GazetteStyle {
  name: string;
  date: RegExp;
}

/** Mexico's Diario Oficial: "DOF 17-05-1999". */
export const DOF: GazetteStyle = { name: 'DOF', date: /\b(\d{2})-(\d{2})-(\d{4})\b/g };

/**
 * A reform annotation as history entries, one per date: "Artículo reformado DOF 23-12-1974,
 * 18-05-1999" gives two. Clauses after a full stop ("… Fe de erratas DOF 31-05-1956. Reformado
 * DOF 11-01-1982") keep the scope of the first one. `raw` is the whole annotation as printed; a
 * bracketed annotation ("(Artículo sustituido por … B.O. 25/6/2008)") is read inside its brackets.
 */
export function parseAnnotation(raw: string, gazette: GazetteStyle = DOF): HistoryEntry[] {
  const inner = raw.replace(/^\(/, '');
  const scope = SCOPES.find(([re]) => re.test(inner))?.[1] ?? 'other';
  const entries: HistoryEntry[] = [];
  const note = /^Nota\b/.test(inner);
  for (const clause of inner.split(/\.\s(?=[A-ZÁÉÍÓÚ])/)) {
    const action = note ? 'other' : (ACTIONS.find(([re]) => re.test(clause))?.[1] ?? 'other');
    for (const m of clause.matchAll(gazette.date)) {
      entries.push({ action, scope, date: `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`, gazette: gazette.name, raw });
    }
  }
  return entries;
}
