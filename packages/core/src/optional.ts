import { createRequire } from 'node:module';
import { LexharmonyError } from './errors.js';

/**
 * Thrown when a feature needs an optional peer dependency of `@lexharmony/core` that is not installed:
 * PDF ingest (`pdfjs-dist`), HTML ingest (`unified`, `rehype-parse`), Markdown character references
 * (`entities`), Word reports (`docx`), word diffs of the reform loop (`diff`); `js-yaml` only speeds up
 * reading a corpora directory (without it the `yaml` package reads alone). They are
 * optional so that the library installs light; `@lexharmony/cli` depends on all of them.
 */
export class MissingDependencyError extends LexharmonyError {
  override name = 'MissingDependencyError' as const;
  /** The packages to install. */
  readonly packages: string[];
  constructor(packages: string[], feature: string, cause?: unknown) {
    const what = packages.length > 1 ? ['packages', 'optional peer dependencies'] : ['package', 'an optional peer dependency'];
    super('MISSING_DEPENDENCY', `${feature} needs the ${what[0]} ${packages.join(' and ')} (${what[1]} of @lexharmony/core): npm install ${packages.join(' ')}`, { cause });
    this.packages = packages;
  }
}

/** True when `cause` says that `pkg` itself (not something inside it) could not be found. */
function isMissing(cause: unknown, pkg: string): boolean {
  const code = (cause as { code?: unknown } | undefined)?.code;
  const message = String((cause as { message?: unknown } | undefined)?.message ?? '');
  return (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || /Cannot find (package|module)/.test(message)) && message.includes(pkg);
}

/** `load()` (a dynamic import of an optional peer), or a `MissingDependencyError` naming what to install. */
export async function importOptional<T>(load: () => Promise<T>, packages: string[], feature: string): Promise<T> {
  try {
    return await load();
  } catch (cause) {
    if (packages.some((p) => isMissing(cause, p))) throw new MissingDependencyError(packages, feature, cause);
    throw cause;
  }
}

const require = createRequire(import.meta.url);

/** An optional peer loaded synchronously (Node ≥ 20.19 requires ES modules), or a `MissingDependencyError`. */
export function requireOptional<T>(pkg: string, packages: string[], feature: string): T {
  try {
    return require(pkg) as T;
  } catch (cause) {
    if (packages.some((p) => isMissing(cause, p))) throw new MissingDependencyError(packages, feature, cause);
    throw cause;
  }
}
