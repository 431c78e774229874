import type { HeadedProfile } from '../segment/profile.js';

/**
 * Council of Europe treaties (ETS/CETS) as published in Markdown or HTML: `CHAPTER II`,
 * `SECTION 1`, `TITLE 1`, `Article 2`, each followed by its title heading; numbered paragraphs
 * "1.", lettered items "a)" / "a.", roman sub-items "(i)" / "i.".
 */
export const coeTreaty: HeadedProfile = {
  engine: 'headed',
  name: 'coe-treaty',
  description: 'Council of Europe treaty texts (chapters, sections, titles, articles, paragraphs "1.", items "a)", "(i)")',
  structure: [
    { level: 'chapter', pattern: /^CHAPTER\s+([IVXLC]{1,8})$/ },
    { level: 'section', pattern: /^SECTION\s+(\d{1,3})$/ },
    { level: 'title', pattern: /^TITLE\s+(\d{1,3})$/ },
  ],
  article: /^Article\s+(\d{1,3}(?:\s?[a-z])?)$/,
  articleId: (n) => `art-${n.replace(/\s/g, '').toLowerCase()}`,
  preamble: { id: 'preamble', strip: /^Preamble\s+/, heading: 'Preamble' },
  end: [{ pattern: /^IN WITNESS WHEREOF\b/, reason: { key: 'msg.ingest.skip.finalClause' } }],
  items: [
    { kind: 'paragraph', rank: 1, pattern: /^(\d{1,3})\.(?=\s|$)/, sequence: 'arabic', id: (n) => `p-${n}` },
    { kind: 'item', rank: 2, pattern: /^([a-z])(?:\)|\.(?=\s))/, sequence: 'latin', id: (n) => n },
    { kind: 'subitem', rank: 3, pattern: /^\(?([ivxl]{1,6})(?:\)|\.(?=\s))/, sequence: 'roman', id: (n) => n },
  ],
};
