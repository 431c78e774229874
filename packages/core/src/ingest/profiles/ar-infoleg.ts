import type { LinedProfile } from '../segment/profile.js';

/** Suffixes of inserted articles: 153 bis, 41 quater, 210 quáter, 131 ter … ("144 quinto", "167 quinque" as InfoLEG prints them). */
const SUFFIX = ['bis', 'ter', 'quater', 'quáter', 'quinquies', 'quinque', 'quinto', 'sexies', 'septies', 'octies', 'nonies', 'decies']
  .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()])
  .join('|');

/**
 * Argentine national laws as InfoLEG consolidates them ("texto actualizado"), in the Markdown
 * mirror's layout: LIBRO / TITULO / Capítulo / Sección headings with their name on the next line
 * (or after the number: "Capítulo 1 Acción penal"); articles "ARTICULO 153 BIS. -",
 * "ARTICULO 77.-", "ARTÍCULO 1°.-", "Art. 224. -", "ARTICULO 128 —", "ARTICULO 268 (1). -",
 * each a heading or a paragraph that opens in bold; incisos "1.", "1°)", "1º", lettered "a)",
 * "a."; bracketed reform notes anywhere in a line ("(Artículo sustituido por art. 4° de la Ley N°
 * 26.388, B.O. 25/6/2008)", "(Nota Infoleg: …)") to `history`, never into text. An epigraph
 * printed in brackets after the number ("ARTICULO 1° — (Objeto).") or in bold before the article
 * is its heading; an epigraph run into the first sentence ("ARTÍCULO 151.- Incautación de datos.
 * El juez …") stays in the text as printed. A code enacted by a law that precedes it (CPPF, CPPN)
 * is kept without the enacting law's articles; the annexes after the code and InfoLEG's list of
 * amending laws ("Antecedentes Normativos") are reported, not kept.
 */
export const arInfoleg: LinedProfile = {
  engine: 'lined',
  name: 'ar-infoleg',
  description: 'Argentine national laws, InfoLEG consolidated texts in Markdown (ARTICULO 153 BIS., incisos, bracketed reform notes)',
  structure: [
    { level: 'part', pattern: /^(PRIMERA|SEGUNDA|TERCERA) PARTE$/ },
    // "LIBRO TERCERO" with its name on the next line, or after the number: "LIBRO TERCERO ACTIVIDAD PROCESAL" (CPPF).
    { level: 'book', pattern: /^LIBRO\s([IVX]{1,5}|PRIMERO|SEGUNDO|TERCERO|CUARTO|QUINTO)(?:\s(\p{Lu}[^\n]{0,120}))?$/u },
    { level: 'title', pattern: /^(?:T[IÍ]TULO|T[íi]tulo)\s([IVXL]{1,6}(?:\sBIS)?)(?:\s(\p{Lu}[^\n]{0,120}))?$/u },
    { level: 'chapter', pattern: /^(?:CAP[IÍ]TULO|Cap[íi]tulo)\s([IVXL]{1,6}(?:\sBIS)?|\d{1,2})(?:\s(\p{Lu}[^\n]{0,120}))?$/u },
    { level: 'section', pattern: /^(?:SECCI[OÓ]N|Secci[óo]n)\s(\d{1,2}[ªa]?|[IVX]{1,5})(?:\s(\p{Lu}[^\n]{0,120}))?$/u },
  ],
  // "ARTICULO 153 BIS. - Será", "ARTICULO 128 —Será", "ARTICULO 148: bis: Será", "ARTICULO 210quáter. -",
  // "Art. 24. - La", "ARTÍCULO 1°.- Juicio previo.", "ARTICULO 303:"; never "artículo 22, el imputado"
  // (lower case: a wrapped line of text) nor a number followed by text without a separator. An epigraph
  // in brackets after the number is the heading: "ARTICULO 1° — (Objeto).".
  article: new RegExp(
    `^(?:ARTICULO|ARTÍCULO|Art[íi]culo|Art\\.)\\s?(\\d{1,3}(?:\\s?[°º])?(?::?\\s?(?:${SUFFIX})\\b)?(?:\\s\\(\\d\\))?)\\s?(?:\\.\\s?[-—–]|[-—–:]|\\.)(?=\\s*[^\\p{Ll}\\s]|\\s*$)` +
      `(?:\\s*\\((?<heading>\\p{Lu}[^()]{0,119})\\)\\.?(?=\\s|$))?`,
    'u',
  ),
  articleId: (n) =>
    'art-' +
    n
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[°º]/g, '')
      .replace(/(\d)(?=[a-z])/g, '$1-')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
  // No `transitory`: InfoLEG has no transitory heading of its own, a code's transitory articles are numbered in its body.
  // Tried at each "(": InfoLEG's own note, or a scope word and, within a few words, what was done to it.
  annotation:
    /^\((?:Nota Infoleg|(?:Art[íi]culo|P[áa]rrafo|Inciso|Apartado|Cap[íi]tulo|T[íi]tulo|Secci[óo]n|Libro|Anexo|Denominaci[óo]n|Ep[íi]grafe|R[úu]brica|Numeraci[óo]n|C[óo]digo|Primer|Segundo|Tercer|[ÚU]ltimo|El t[ée]rmino|Expresi[óo]n)[^\n]{0,160}?(?:[Ss]ustituid|[Ii]ncorporad|[Dd]erogad|[Aa]brogad|[Mm]odificad|[Oo]bservad|[Vv]etad|[Aa]gregad|[Ss]uprimid|[Rr]eemplazad))/u,
  history: { gazette: 'B.O.', dates: /B\.\s?O\.\s?(\d{1,2})\/(\d{1,2})\/(\d{4})/g },
  enclosed: true,
  marked: true,
  // The mirror sets a blank line after every line of InfoLEG's text: paragraphs are re-joined from them.
  lines: 'blocks',
  signature: /^DADA EN LA SALA DE SESIONES\b/,
  end: [
    { pattern: /^ANEXO\s(?:II|III|IV|V|VI)$/, reason: { key: 'msg.ingest.skip.furtherAnnex' } },
    { pattern: /^- FE DE ERRATAS -$/, reason: { key: 'msg.ingest.skip.corrigendum' } },
    { pattern: /^Antecedentes Normativos$/, reason: { key: 'msg.ingest.skip.amendmentList' } },
  ],
  furniture: [],
  items: [
    // "1.", "1°)", "1º.", "1º El que …": numbered incisos, as the Código Penal's "inciso 16".
    { kind: 'inciso', rank: 1, pattern: /^(\d{1,2})(?:\s?[°º](?:\s?[.)-])?|\.(?!\d)|\))(?=\s)/, sequence: 'arabic', id: (n) => `inc-${n}` },
    // "a)", "a.": lettered incisos, cited as the article's ("artículo 2°, inciso a)"), not a paragraph's;
    // letters inside a numbered inciso (CP art. 34 inc. 6 a-c) come out as the article's too.
    { kind: 'item', rank: 1, pattern: /^([a-zñ])(?:\)|\.(?=\s))/, sequence: 'latin', id: (n) => `inc-${n}` },
  ],
};
