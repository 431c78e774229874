import { isLang, langFromEnv, translator, type Lang, type Translator } from '@lexharmony/core/engine';
import type { Argv } from 'yargs';

/** The output language a command line asks for (`--lang es`, `--lang=es`), else the environment's: known before yargs parses, for help and errors. */
export function argvLang(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  for (let i = argv.length - 1; i >= 0; i--) {
    const a = argv[i]!;
    const value = a.startsWith('--lang=') ? a.slice(7) : a === '--lang' ? argv[i + 1] : undefined;
    if (value !== undefined && isLang(value)) return value;
  }
  return langFromEnv(env);
}

/** The words of `--help`, in the language yargs was set to (main sets its locale to the output language). */
export function helpWords(y: Argv): Translator['t'] {
  return translator(y.locale() === 'es' ? 'es' : 'en').t;
}
