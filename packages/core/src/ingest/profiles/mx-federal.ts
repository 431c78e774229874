import type { LinedProfile } from '../segment/profile.js';

/** Suffixes of inserted articles: 211 Bis, 112 Quáter, 199 Septies … */
const SUFFIX = ['bis', 'ter', 'quater', 'quáter', 'quinquies', 'quintus', 'sexies', 'sextus', 'septies', 'octies', 'nonies', 'novies', 'decies', 'undecies', 'duodecies']
  // Written "bis", "Bis" or "BIS": the pattern stays case-sensitive so that `\p{Ll}` below means lower case.
  .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()])
  .join('|');

/** A word as printed in Mexican laws: lower case, capitalised or upper case, with or without its accent. */
function spellings(word: string): string[] {
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return [...new Set([word, plain].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]))];
}
const alternatives = (words: string[]) => words.flatMap(spellings).join('|');
const UNITS = alternatives(['primero', 'segundo', 'tercero', 'cuarto', 'quinto', 'sexto', 'séptimo', 'octavo', 'noveno']);
const TENS = alternatives(['décimo', 'vigésimo', 'trigésimo', 'cuadragésimo', 'quincuagésimo', 'sexagésimo', 'septuagésimo', 'octogésimo', 'nonagésimo']);
const OTHER = alternatives(['decimoctavo', 'undécimo', 'duodécimo', 'único']);
const TENS_WORDS = /^(decimo|vigesimo|trigesimo|cuadragesimo|quincuagesimo|sexagesimo|septuagesimo|octogesimo|nonagesimo)(?=[a-z])/;
/** "Sexto", "DÉCIMO PRIMERO", "Vigésimo Quinto", "Decimoprimero", "Decimoctavo", "Único". */
const ORDINAL = `(?:${TENS})(?:\\s?(?:${UNITS}))?|${UNITS}|${OTHER}`;
const ARTICLE_WORD = '(?:ART[ÍI]CULO|Art[íi]culo)\\s';

/**
 * Mexican federal laws as compiled by the Cámara de Diputados (PDF, or its text extraction):
 * LIBRO / PARTE / TÍTULO / CAPÍTULO / SECCIÓN headings with their name on the next line (a PARTE inside a
 * LIBRO of the Código Civil Federal); "Artículo 4o.-",
 * "Artículo 211 Bis 1.-", "Artículo 112 Quáter.-", "Artículo 10. Principio de …" (a heading);
 * fracciones "I.-" / "I." and incisos "a)"; reform annotations ("Párrafo reformado DOF …", and
 * "Definición adicionada DOF …" after a definition of the Código de Comercio);
 * page headers "CÁMARA DE DIPUTADOS … Última Reforma DOF …", "Secretaría General", "12 de 250".
 */
export const mxFederal: LinedProfile = {
  engine: 'lined',
  name: 'mx-federal',
  description: 'Mexican federal laws, Cámara de Diputados compilations (Artículo, fracciones, incisos, reform annotations)',
  structure: [
    { level: 'book', pattern: /^LIBRO\s+([A-ZÁÉÍÓÚÑ]{3,20}|[IVXL]{1,6})$/ },
    // "PRIMERA PARTE" or "PARTE SEGUNDA" (both in the CCF), never a bare ordinal.
    { level: 'part', pattern: /^(?=PARTE\s|\S+\sPARTE$)(?:PARTE\s)?(PRIMERA|SEGUNDA|TERCERA|CUARTA|QUINTA|SEXTA)(?:\sPARTE)?$/ },
    // "TÍTULO NOVENO", "TITULO VIGESIMOCUARTO", and in two words "TITULO VIGESIMO SEXTO", "TÍTULO DÉCIMO PRIMERO".
    { level: 'title', pattern: /^T[IÍ]TULO\s+([A-ZÁÉÍÓÚÑ]{3,20}(?:\s(?:PRIMERO|SEGUNDO|TERCERO|CUARTO|QUINTO|SEXTO|S[EÉ]PTIMO|OCTAVO|NOVENO))?|[IVXL]{1,6})(?:\s(?:BIS|TER))?$/i },
    { level: 'chapter', pattern: /^CAP[IÍ]TULO\s+([IVXL]{1,6}(?:\s(?:BIS|TER|QU[AÁ]TER))?|[ÚU]NICO|[A-ZÁÉÍÓÚÑ]{3,20})$/i },
    { level: 'section', pattern: /^SECCI[OÓ]N\s+([IVXL]{1,6}|[A-ZÁÉÍÓÚÑ]{3,20}|[ÚU]NICA)$/i },
  ],
  // "Artículo 211 bis 1.-", "Artículo 4o.-", "Artículo 10. Heading", "Artículo 15-Bis.-", "Artículo 46-B.-";
  // never "Artículo 4o. de este Código" (a reference that happens to start a line): lower case may not follow.
  article: new RegExp(
    `^(?:Art[íi]culo|ART[ÍI]CULO)\\s(\\d{1,4}(?:o|º|°)?(?:\\.?[ -](?:${SUFFIX})(?:\\s\\d{1,3})?|-[A-Z])?)\\s?(\\.-|\\.|-)(?=\\s+[^\\p{Ll}\\s]|\\s*$)`,
    'u',
  ),
  articleId: (n) =>
    'art-' +
    n
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/(\d)(?:o|º|°)\.?(?=[\s-]|$)/u, '$1')
      .replace(/[\s.-]+/g, '-'),
  transitory: /^(?:(?:ART[IÍ]CULOS?\s)?TRANSITORIOS?(?:\s[A-ZÁÉÍÓÚÑ ]{0,80})?|(?:Art[íi]culos\s)?Transitorios?):?$/,
  // "Primero.", "ARTÍCULO SEGUNDO.-", "Artículo 1o.-", "1º.-"; a bare number only after "Artículo" (never a year opening a line).
  transitoryArticle: new RegExp(
    `^(?:${ARTICLE_WORD}(\\d{1,3}(?:o|º|°)?|${ORDINAL})|(\\d{1,3}(?:o|º|°)|${ORDINAL}))(\\.-|\\.|-)(?=\\s+[^\\p{Ll}\\s]|\\s*$)`,
    'u',
  ),
  transitoryId: (n) =>
    'trans-' +
    n
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/(\d)(?:o|º|°)$/u, '$1')
      .replace(/\s+/g, '-')
      // One id however the compound is printed: "Décimo Primero" and "Decimoprimero" → decimo-primero.
      .replace(/^decimoctavo$/, 'decimo-octavo')
      .replace(TENS_WORDS, '$1-'),
  // The decree's signatures and promulgation, or a reform decree reprinted after the law.
  transitoryEnd:
    /^(?:ART[IÍ]CULOS TRANSITORIOS DE DECRETOS? DE REFORMA|DECRETO por el que|PUNTOS RESOLUTIVOS|(?:Ciudad de M[ée]xico|M[ée]xico, D\.\s?F\.),? a \d|Dad[ao] en |En cumplimiento de lo dispuesto por la fracci[óo]n I del [Aa]rt[íi]culo 89)/,
  // A scope word, a lower-case word, and a DOF date within the first 200 characters.
  annotation:
    /^(?:(?:Art[íi]culo|P[áa]rrafo|Fracci[óo]n|Inciso|Subinciso|Numeral|Apartado|Base|Cap[íi]tulo|T[íi]tulo|Secci[óo]n|Libro|Denominaci[óo]n|Definici[óo]n|Ep[íi]grafe|Encabezado)\s\p{Ll}[^\n]{0,200}?|Nota:\s[^\n]{0,200}?|Fe de erratas[^\n]{0,200}?|Reforma\s)DOF\s\d{2}-\d{2}-\d{4}/u,
  furniture: [
    { pattern: /^C[ÁA]MARA DE DIPUTADOS DEL H\. CONGRESO DE LA UNI[ÓO]N\b/, reason: { key: 'msg.ingest.skip.pageHeader', params: { name: 'Cámara de Diputados' } } },
    { pattern: /^Secretar[íi]a General$/, reason: { key: 'msg.ingest.skip.pageHeader', params: { name: 'Secretaría General' } } },
    { pattern: /^Secretar[íi]a de Servicios Parlamentarios$/, reason: { key: 'msg.ingest.skip.pageHeader', params: { name: 'Secretaría de Servicios Parlamentarios' } } },
    { pattern: /^\d{1,4} de \d{1,4}$/, reason: { key: 'msg.ingest.skip.pageNumber' } },
  ],
  items: [
    { kind: 'fraccion', rank: 1, pattern: /^([IVXL]{1,7})\s?(?:\.-|\.\s|\.$|-\s)/, sequence: 'roman', id: (n) => `fr-${n.toLowerCase()}` },
    { kind: 'inciso', rank: 2, pattern: /^([a-zñ])\)/, sequence: 'latin', id: (n) => `inc-${n}` },
  ],
  // The Cámara's PDFs carry one bookmark per article: "Artículo_211_bis_1", "Artículo_1o".
  bookmark: /^Art[íi]culo_([0-9][0-9A-Za-zÁÉÍÓÚáéíóúº°_-]{0,40})$/,
  version: /^[ÚU]ltima reforma publicada DOF (\d{2})-(\d{2})-(\d{4})$/,
  openWords: new Set(
    'el la los las lo un una unos unas de del al a ante bajo con contra desde en entre hacia hasta para por según sin sobre tras mediante y e o u ni que cual cuyo cuya cuyos cuyas su sus se'.split(' '),
  ),
};
