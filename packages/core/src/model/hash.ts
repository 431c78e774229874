import { nodeCrypto } from './crypto.js';

/** Whitespace-insensitive, Unicode-normalised form of a text: what a text hash is taken over. */
export function normalizeText(text: string): string {
  // Text within Latin-1 (most Spanish and English law) is NFC already: skip ICU, 10× faster.
  const nfc = NON_LATIN1.test(text) ? text.normalize('NFC') : text;
  // Same as replacing every /\s+/ run with one space, but leaves single spaces alone (5× faster on long texts).
  return nfc.replace(/(?: \s|[^\S ])\s*/g, ' ').trim();
}

const NON_LATIN1 = /[^\u0000-\u00ff]/;

/** Hex sha256 of a text's UTF-8 bytes. */
function sha256Hex(text: string): string {
  const crypto = nodeCrypto();
  // Node ≥ 20.12 has a one-shot hash, several times faster than createHash on short texts.
  const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
  return oneShot ? oneShot('sha256', text, 'hex') : crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The hash a finding records for a cited provision: `sha256:<hex>` of its normalised text. */
export function textHash(text: string): string {
  return 'sha256:' + sha256Hex(normalizeText(text));
}

// A corpus is never mutated, so each provision's text is hashed once, however often it is cited.
const provisionHashes = new WeakMap<object, string>();
/** `textHash` of a provision's text (or a translation's), remembered per object. */
export function provisionHash(p: { text: string }): string {
  let h = provisionHashes.get(p);
  if (h === undefined) provisionHashes.set(p, (h = textHash(p.text)));
  return h;
}

/** Record a provision's text hash computed elsewhere (the build's, for the compiled corpus): `provisionHash` then returns it. */
export function rememberProvisionHash(p: { text: string }, hash: string): void {
  provisionHashes.set(p, hash);
}

/**
 * Whether a translation is of an earlier text: it records (`of`) the hash of a text other than the
 * provision's current one. A translation that records no hash cannot be told stale (`lexharmony stamp`
 * records one).
 */
export function translationStale(provision: { text: string }, translation: { of?: string | undefined }): boolean {
  return translation.of !== undefined && translation.of !== provisionHash(provision);
}
