import type { Message } from '../i18n/message.js';
import type { Jurisdiction } from '../model/types.js';

/** Where a jurisdiction stands towards a treaty, read from its treaty events and positions. */
export interface TreatyStanding {
  party: boolean;
  /** "Party (ratification 2004-07-01)", "not a Party; invited to accede 2007-02-01" …, as a message. */
  summary: Message;
  /** When a declaration or reservation the jurisdiction has not made could still be made. */
  moment: 'party' | 'ratification' | 'accession';
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
    // A Party whose instrument's date the sources do not give (Peru) is said so, not given an empty date.
    const summary: Message = joined.date ? { key: 'position.party', params: { event: joined.type, date: joined.date } } : { key: 'position.partyUndated', params: { event: joined.type } };
    return { party: true, summary, moment: 'party', made };
  }
  const parts: Message[] = [];
  const signed = at('signature');
  const invited = at('invited-to-accede');
  if (signed) parts.push({ key: signed.date ? 'position.signedOn' : 'position.signed', params: { date: signed.date ?? '' } });
  if (invited) parts.push({ key: invited.date ? 'position.invitedOn' : 'position.invited', params: { date: invited.date ?? '' } });
  if (at('observer')) parts.push({ key: 'position.observer' });
  return { party: false, summary: { key: 'position.notParty', params: { parts } }, moment: signed ? 'ratification' : 'accession', made };
}
