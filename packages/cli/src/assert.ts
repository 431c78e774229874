/**
 * The two checks yargs makes with node:assert (on its own arguments), swapped in by the bundler
 * (tsup.config.ts): node:assert loads its error formatting and comparison machinery on start-up,
 * which every command would pay for two equality checks.
 */
export function strictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (!Object.is(actual, expected)) throw message instanceof Error ? message : new Error(message ?? `expected ${String(expected)}, got ${String(actual)}`);
}

export function notStrictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) throw message instanceof Error ? message : new Error(message ?? `expected a value other than ${String(expected)}`);
}

export default { strictEqual, notStrictEqual };
