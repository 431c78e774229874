/** Exit codes of every command. */
export const EXIT = { ok: 0, usage: 1, data: 2, io: 3 } as const;

/** Thrown by commands for a usage mistake yargs cannot see (a bad combination of options). */
export class UsageError extends Error {
  override name = 'UsageError' as const;
}
