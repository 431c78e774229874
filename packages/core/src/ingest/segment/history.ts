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
];

/**
 * A reform annotation as history entries, one per date: "Artículo reformado DOF 23-12-1974,
 * 18-05-1999" gives two. Clauses after a full stop ("… Fe de erratas DOF 31-05-1956. Reformado
 * DOF 11-01-1982") keep the scope of the first one. `raw` is the whole annotation as printed.
 */
export function parseAnnotation(raw: string): HistoryEntry[] {
  const scope = SCOPES.find(([re]) => re.test(raw))?.[1] ?? 'other';
  const entries: HistoryEntry[] = [];
  const note = /^Nota\b/.test(raw);
  for (const clause of raw.split(/\.\s(?=[A-ZÁÉÍÓÚ])/)) {
    const action = note ? 'other' : (ACTIONS.find(([re]) => re.test(clause))?.[1] ?? 'other');
    for (const m of clause.matchAll(/\b(\d{2})-(\d{2})-(\d{4})\b/g)) {
      entries.push({ action, scope, date: `${m[3]}-${m[2]}-${m[1]}`, gazette: 'DOF', raw });
    }
  }
  return entries;
}
