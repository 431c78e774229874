import type { Corpus } from '../corpus/corpus.js';
import { LexharmonyError } from '../errors.js';

/** Findings the engine refuses to use: a legal finding that rests on a strategy, for one. */
export class AssessmentError extends LexharmonyError {
  override name = 'AssessmentError' as const;
  override readonly code: 'STRATEGY_CITED';
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly requirement: string;
  constructor(code: 'STRATEGY_CITED', message: string, where: { file?: string | undefined; line?: number | undefined; requirement: string }) {
    super(code, message);
    this.code = code;
    this.file = where.file;
    this.line = where.line;
    this.requirement = where.requirement;
  }

  /** A strategy is policy, never law: it cannot carry a finding of legal conformity. */
  static strategyCited(corpus: Corpus, jurisdiction: string, requirement: string, ref: string): AssessmentError {
    const o = corpus.origin(`finding:${jurisdiction}:${requirement}`);
    const where = o ? `${o.file}:${o.line ?? 1}: ` : '';
    return new AssessmentError('STRATEGY_CITED', `${where}finding for ${requirement} cites ${ref}, a strategy; strategies never count as legal conformity (expected a provision of a law)`, {
      file: o?.file,
      line: o?.line,
      requirement,
    });
  }
}
