import { isAbsolute, resolve } from 'node:path';

/**
 * The directory the user ran the command from. `pnpm lexharmony …` runs the CLI from the repository
 * root and says where the user was in INIT_CWD; a relative path the user typed is theirs, not the root's.
 */
export function userDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.INIT_CWD && isAbsolute(env.INIT_CWD) ? env.INIT_CWD : process.cwd();
}

/** A path the user named (an `--out`, a file argument), resolved against the directory they ran the command from. */
export function userPath(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return isAbsolute(path) ? path : resolve(userDir(env), path);
}
