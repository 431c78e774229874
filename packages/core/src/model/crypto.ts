/**
 * node:crypto, loaded on first use. It is a large module (it brings a dozen internal ones), and the
 * CLI's fast path, which reads the text hashes the build recorded, never needs it.
 */
let loaded: typeof import('node:crypto') | undefined;

export function nodeCrypto(): typeof import('node:crypto') {
  return (loaded ??= process.getBuiltinModule('node:crypto'));
}
