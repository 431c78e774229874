import { translator, type Said } from '@lexharmony/core/engine';

/** Exit codes of every command. */
export const EXIT = { ok: 0, usage: 1, data: 2, io: 3 } as const;

/** Thrown by commands for a usage mistake yargs cannot see (a bad combination of options); in catalogue words where it has them. */
export class UsageError extends Error {
  override name = 'UsageError' as const;
  readonly said: Said | undefined;
  constructor(message: string | Said) {
    super(typeof message === 'string' ? message : translator('en').t(message.key, message.params));
    this.said = typeof message === 'string' ? undefined : message;
  }
}
