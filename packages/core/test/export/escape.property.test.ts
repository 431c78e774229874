import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { field } from '../../src/document/render/csv.js';
import { esc, md } from '../../src/document/safe.js';

// Strings rich in the characters each format gives a meaning to.
const risky = fc.string({ unit: fc.constantFrom(...'=+-@\t\r\n"\',|<>&`*_[]()#!~\\ 1.aé'.split('')), maxLength: 40 });
const anyText = fc.oneof(risky, fc.string({ maxLength: 40 }));

describe('escaping, for any string', () => {
  it('html: no tag, attribute quote or entity survives', () => {
    fc.assert(fc.property(anyText, (s) => {
      const out = esc(s);
      expect(out).not.toMatch(/[<>"']/);
      expect(out.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
    }));
  });

  it('markdown: one line, no raw tag, pipe, backtick or bracket, no leading block marker', () => {
    fc.assert(fc.property(anyText, (s) => {
      const out = md(s);
      expect(out).not.toMatch(/[\r\n<>]/);
      expect(out).not.toMatch(/(^|[^\\])(\\\\)*[|`[\]*_~]/);
      expect(out).not.toMatch(/^\s*([#+=-]|\d+[.)])/);
    }));
  });

  it('csv: a field reads back as the text (neutralised if it could be a formula), never starting a formula', () => {
    fc.assert(fc.property(anyText, (s) => {
      const out = field(s);
      const read = out.startsWith('"') ? out.slice(1, -1).replaceAll('""', '"') : out;
      expect(read).toBe(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
      expect(read).not.toMatch(/^[=+\-@\t\r]/);
      if (!out.startsWith('"')) expect(out).not.toMatch(/[",\r\n]/);
    }));
  });
});
