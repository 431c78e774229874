import type { Jurisdiction } from '../model/types.js';

/** Where a jurisdiction stands towards a treaty, read from its treaty events and positions. */
export interface TreatyStanding {
  party: boolean;
  /** "Party (ratification 2004-07-01)", "not a Party; invited to accede 2007-02-01" … */
  summary: string;
  /** When a declaration or reservation the jurisdiction has not made could still be made: "at accession". */
  moment: string;
  /** Declarations and reservations made, by requirement reference. */
  made: Set<string>;
}

const joining = new Set(['ratification', 'accession', 'acceptance']);

/** The standing of a jurisdiction towards a reference instrument (and the protocols assessed with it). */
export function standing(j: Jurisdiction | undefined, instrument: string): TreatyStanding {
  const made = new Set<string>();
  for (const p of j?.positions ?? []) for (const ref of [...p.declarations, ...p.reservations]) made.add(ref);
  const events = (j?.events ?? []).filter((e) => e.instrument === instrument);
  const at = (type: string) => events.find((e) => e.type === type);
  const joined = events.find((e) => joining.has(e.type));
  if (joined) {
    return { party: true, summary: `Party (${joined.type}${joined.date ? ` ${joined.date}` : ''})`, moment: 'by a declaration or reservation it has not made', made };
  }
  const parts = ['not a Party'];
  const signed = at('signature');
  const invited = at('invited-to-accede');
  if (signed) parts.push(`signed${signed.date ? ` ${signed.date}` : ''}`);
  if (invited) parts.push(`invited to accede${invited.date ? ` ${invited.date}` : ''}`);
  if (at('observer')) parts.push('observer');
  return { party: false, summary: parts.join('; '), moment: signed ? 'at ratification' : 'at accession', made };
}
