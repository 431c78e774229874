import type { LinedProfile } from '../segment/profile.js';

/**
 * Colombian laws as SUIN-Juriscol publishes them (the legalize-co Markdown mirror), read for the
 * code they amend: the amending law's own items ("Artículo 1°. Adiciónase el Código Penal con un
 * Título VII BIS …") are not text of the code; the code's articles follow as "Artículo 269A:
 * Acceso abusivo a un sistema informático. El que …" (the heading, italic in the source, runs to
 * the first "." or ":"); CAPITULO headings with their name on the next line; numerales "1."
 * (printed as a Markdown list, "- 1."). Articles quoted for another code (an item adding to the
 * Código de Procedimiento Penal) are left out.
 */
export const coSuin: LinedProfile = {
  engine: 'lined',
  name: 'co-suin',
  description: 'Colombian laws from SUIN-Juriscol, read for the Código Penal they amend ("Artículo 269A: Heading. Text", numerales)',
  structure: [
    { level: 'title', pattern: /^T[IÍ]TULO\s([IVXL]{1,6}(?:\sBIS)?)$/i },
    { level: 'chapter', pattern: /^CAP[IÍ]TULO\s([IVXL]{1,6}|[ÚU]NICO)$/i },
  ],
  // "Artículo 269A: Acceso abusivo a un sistema informático. El que …", "Artículo 58. Circustancias de mayor punibilidad. Son …";
  // never the amending law's own "Artículo 1°." (a degree sign follows its number).
  article: /^Art[íi]culo\s(\d{1,4}[A-Z]?)[:.]\s(?<heading>[^.:]{1,160})[.:](?:\s|$)/,
  articleId: (n) => `art-${n.toLowerCase()}`,
  label: (n) => n,
  amendments: {
    item: /^Art[íi]culo\s\d{1,3}°\.\s/,
    // "Adiciónase el Código Penal …", "Adiciónese al artículo 58 del Código Penal …"; not "… del Código de Procedimiento Penal".
    target: /^Art[íi]culo\s\d{1,3}°\.\sAdici[óo]n[ae]se\s(?:el|al\sart[íi]culo\s\d{1,4}\sdel)\sC[óo]digo\sPenal\b/,
    reason: { key: 'msg.ingest.skip.otherLaw' },
  },
  annotation: /^(?!)/,
  furniture: [],
  items: [{ kind: 'numeral', rank: 1, pattern: /^(\d{1,2})\.\s/, sequence: 'arabic', id: (n) => `num-${n}` }],
};
