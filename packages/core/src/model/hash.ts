import { createHash } from 'node:crypto';

/** Whitespace-insensitive, Unicode-normalised form of a text: what a text hash is taken over. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The hash a finding records for a cited provision: `sha256:<hex>` of its normalised text. */
export function textHash(text: string): string {
  return 'sha256:' + createHash('sha256').update(normalizeText(text), 'utf8').digest('hex');
}
