import type { HeadedProfile } from '../segment/profile.js';

/**
 * Council of Europe treaties in Spain's official Spanish translation, as the Boletín Oficial del
 * Estado prints them in an instrument of ratification (the legalize-es Markdown mirror): the act
 * of ratification first (kept out), then `CAPÍTULO II. Medidas …`, `Sección 1. Derecho …`,
 * `Título 1. Delitos …` and `Artículo 2. Acceso ilícito.`, each with its title in the same
 * heading; paragraphs "1.", items "a)" / "b.", sub-items "i)"; "En fe de lo cual …" ends the
 * articles. Ids are those of the `coe-treaty` profile, so that the two texts align.
 */
export const boeTreaty: HeadedProfile = {
  engine: 'headed',
  name: 'boe-treaty',
  description: "Council of Europe treaties in Spain's official translation, BOE instruments of ratification (CAPÍTULO, Sección, Título, Artículo, apartados \"1.\", letras \"a)\", \"i)\")",
  begin: {
    // "CONSEJO DE EUROPA. Convenio sobre la ciberdelincuencia" (ETS 185), "PROTOCOLO ADICIONAL AL CONVENIO …" (ETS 189).
    pattern: /^(?:CONSEJO DE EUROPA\.\s)?(?:CONVENIO|Convenio|PROTOCOLO|Protocolo)\s/,
    reason: { key: 'msg.ingest.skip.ratification' },
  },
  structure: [
    { level: 'chapter', pattern: /^CAP[ÍI]TULO\s([IVXLC]{1,8})\.\s(.+)$/ },
    { level: 'section', pattern: /^Secci[óo]n\s(\d{1,3})\.\s(.+)$/ },
    // "Titulo 4." is printed without its accent.
    { level: 'title', pattern: /^T[íi]tulo\s(\d{1,3})\.\s(.+)$/ },
  ],
  // The title without the full stop that closes it ("Acceso ilícito."); ETS 189 Art. 4 has none.
  article: /^Art[íi]culo\s(\d{1,3})\.\s(.+?)\.?$/,
  articleId: (n) => `art-${n}`,
  // ETS 185 has a "PREÁMBULO" heading; ETS 189's preamble follows the title and has none.
  preamble: { id: 'preamble', heading: /^PRE[ÁA]MBULO$/ },
  end: [{ pattern: /^En fe de lo cual\b/, reason: { key: 'msg.ingest.skip.finalClause' } }],
  items: [
    // "2 Cualquier de las Partes podrá:" (ETS 189 Art. 6.2) lacks the full stop: a number before a capital is a label too.
    { kind: 'paragraph', rank: 1, pattern: /^(\d{1,3})(?:\.(?=\s|$)|(?=\s\p{Lu}))/u, sequence: 'arabic', id: (n) => `p-${n}` },
    { kind: 'item', rank: 2, pattern: /^([a-z])(?:\)|\.(?=\s))/, sequence: 'latin', id: (n) => n },
    { kind: 'subitem', rank: 3, pattern: /^\(?([ivxl]{1,6})(?:\)|\.(?=\s))/, sequence: 'roman', id: (n) => n },
  ],
};
