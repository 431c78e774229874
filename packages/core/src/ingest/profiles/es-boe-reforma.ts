import type { LinedProfile } from '../segment/profile.js';

/**
 * Spanish amending laws as the BOE publishes them (the legalize-es Markdown mirror), read for the
 * code they amend: each whole-article item ("Ciento siete. Se añade un nuevo artículo 197 bis, con
 * la siguiente redacción:") starts the article, whose new text follows between « and »; apartados
 * "1." hold their own paragraphs, with letras "a)" and ordinal circunstancias "1.ª" below them
 * (letras may also sit right under an article). The preamble, and the editor's block headings of
 * an extract ("===== Block 2: …"), are not articles.
 */
export const esBoeReforma: LinedProfile = {
  engine: 'lined',
  name: 'es-boe-reforma',
  description: 'Spanish amending laws from the BOE, read for the code they amend ("Ciento siete. Se añade un nuevo artículo 197 bis …", «quoted text», apartados, letras)',
  structure: [],
  article:
    /^[A-ZÚ][a-záéíóúñ ]{1,60}\.\sSe\s(?:modifica\sel|añade\sun\snuevo)\sart[íi]culo\s(\d{1,3}(?:\s(?:bis|ter|quater|quinquies|sexies|septies|octies|nonies|decies))?),\s(?:que\squeda\sredactado\scomo\ssigue|con\sla\ssiguiente\sredacci[óo]n):$/,
  articleId: (n) => `art-${n.replace(/\s+/g, '-')}`,
  label: (n) => n,
  quoted: { open: '«', close: '»' },
  paragraphs: 'item',
  annotation: /^(?!)/,
  furniture: [{ pattern: /^=====\s/, reason: { key: 'msg.ingest.skip.editorBlock' } }],
  items: [
    { kind: 'apartado', rank: 1, pattern: /^(\d{1,2})\.\s/, sequence: 'arabic', id: (n) => `ap-${n}` },
    { kind: 'letra', rank: 2, pattern: /^([a-z])\)\s/, sequence: 'latin', id: (n) => n },
    { kind: 'circunstancia', rank: 2, pattern: /^(\d{1,2})\.ª\s/, sequence: 'arabic', id: (n) => `ord-${n}` },
  ],
};
