import type { PathSegment } from '../../model/types.js';
import type { LinedProfile } from '../segment/profile.js';

/** Ordinal words as numbers ("SÉTIMA" is the Peruvian spelling of "SÉPTIMA"). */
const ORDINALS: Record<string, number> = { PRIMERA: 1, SEGUNDA: 2, TERCERA: 3, CUARTA: 4, QUINTA: 5, SEXTA: 6, SETIMA: 7, SEPTIMA: 7, OCTAVA: 8, NOVENA: 9, DECIMA: 10, UNDECIMA: 11, DUODECIMA: 12 };
/** The group prefix of complementary provisions: Disposiciones Complementarias Finales → dcf. */
const GROUPS: Record<string, string> = { FINALES: 'dcf', TRANSITORIAS: 'dct', MODIFICATORIAS: 'dcm', DEROGATORIAS: 'dcd', DEROGATORIA: 'dcd' };

const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();

/**
 * Peruvian laws as consolidated by LP Derecho (lpderecho.pe, through the legalize-pe Markdown
 * mirror): a private publisher's text, not El Peruano. Articles are headings ("#### Artículo 2.
 * Acceso ilícito", "Artículo 9-A.- …"); the same words in a paragraph are an article of another
 * law quoted by an amending provision. CAPÍTULO lines with their name on the next line(s);
 * Disposiciones Complementarias Finales / Modificatorias / Derogatoria, each numbered PRIMERA,
 * SEGUNDA … (ids `dcf-1`, `dcm-3`, `dcd-unica`); numerales "1." and literales "a)" / "a."; the publisher's
 * notes ("Artículo modificado por el artículo 2 del DL 1614, publicado el 21 de diciembre de
 * 2023.") go to history. The mirror dropped the blank lines between paragraphs, so each source
 * line is read on its own and paragraphs are re-joined where a line does not end a sentence; the
 * heading of a quoted article ("Artículo 162. Interferencia telefónica") stands as a paragraph.
 * The signatures after "Comuníquese …" and the publisher's page furniture after them are left out.
 */
export const peLpderecho: LinedProfile = {
  engine: 'lined',
  name: 'pe-lpderecho',
  description: 'Peruvian laws consolidated by LP Derecho (a private publisher): "Artículo 2. Heading", complementary provisions, the publisher’s notes as history',
  structure: [
    { level: 'part', pattern: /^DISPOSICI(?:ONES|ÓN)\sCOMPLEMENTARIAS?\s(FINALES|TRANSITORIAS|MODIFICATORIAS|DEROGATORIAS?)$/ },
    { level: 'chapter', pattern: /^CAP[ÍI]TULO\s([IVXL]{1,6}|[ÚU]NICO)$/ },
  ],
  article: /^(?:Art[íi]culo\s)?(\d{1,3}(?:-[A-Z])?|PRIMERA|SEGUNDA|TERCERA|CUARTA|QUINTA|SEXTA|S[ÉE]PTIMA|S[ÉE]TIMA|OCTAVA|NOVENA|D[ÉE]CIMA|UND[ÉE]CIMA|DUOD[ÉE]CIMA|[ÚU]NICA)\.-?\s(?<heading>\S.{0,239})$/,
  articlesInHeadings: true,
  articleId: (n: string, path: PathSegment[]) => {
    const group = path.find((s) => s.level === 'part');
    if (!group) return `art-${n.toLowerCase()}`;
    return `${GROUPS[group.number ?? ''] ?? 'dc'}-${ORDINALS[plain(n)] ?? plain(n).toLowerCase()}`;
  },
  label: (n) => n,
  lines: 'source',
  end: [{ pattern: /^Comun[íi]quese al señor Presidente/, reason: { key: 'msg.ingest.skip.promulgation' } }],
  annotation: /^(?:Art[íi]culo|Disposici[óo]n)\s(?:modificad|incorporad|derogad|sustituid)[oa]\s/,
  history: { gazette: 'El Peruano', dates: 'words' },
  furniture: [],
  items: [
    { kind: 'numeral', rank: 1, pattern: /^(\d{1,2})\.\s/, sequence: 'arabic', id: (n) => `num-${n}` },
    { kind: 'literal', rank: 1, pattern: /^([a-z])[).]\s/, sequence: 'latin', id: (n) => `lit-${n}` },
  ],
};
