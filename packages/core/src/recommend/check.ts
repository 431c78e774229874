/**
 * The cross-file rules of recommendations, checked when a corpus is assembled (`lexharmony
 * validate`, the build): each problem is one issue with its file, line and field.
 */
import type { Corpus } from '../corpus/corpus.js';
import type { Unknown } from '../corpus/assemble.js';
import type { ReadFile } from '../corpus/read.js';
import type { Said } from '../errors.js';
import { orList } from '../i18n/translate.js';
import { fieldPath, type ParseIssue } from '../corpus/yaml.js';
import { normalizeText } from '../model/hash.js';
import type { Finding } from '../model/types.js';
import { findingHash } from './fingerprint.js';
import { wordingText } from './wording.js';

/** Actions that change no law: the engine projects them as the declaration or reservation made. */
const POSITION_ACTIONS: Record<string, 'declaration' | 'reservation'> = { declare: 'declaration', reserve: 'reservation' };

export interface CheckReport {
  /** A reference that names nothing (skipped where it points into a file that failed to read). */
  unknown(f: ReadFile, path: PropertyKey[], what: Unknown, value: string, expected: Said): void;
}

export function checkRecommendations(corpus: Corpus, files: ReadFile<'recommendations'>[], issues: ParseIssue[], report: CheckReport): void {
  const seen = new Map<string, string>();
  const invalid = (f: ReadFile, path: PropertyKey[], message: string, expected?: string) =>
    issues.push({ code: 'INVALID_RECOMMENDATION', file: f.file, line: f.lineOf(path), field: fieldPath(path), message, expected });
  for (const f of files) {
    const file = f.value;
    const j = corpus.jurisdictions.get(file.jurisdiction);
    if (!j) report.unknown(f, ['jurisdiction'], 'jurisdiction', file.jurisdiction, { key: 'msg.expect.jurisdiction' });
    const refs = [file.reference, ...file.alsoCovers];
    refs.forEach((id, k) => {
      const path = k === 0 ? ['reference'] : ['alsoCovers', k - 1];
      if (!corpus.instruments.has(id)) report.unknown(f, path, 'instrument', id, { key: 'msg.expect.instrument' });
    });
    const assessment = corpus.assessmentFor(file.jurisdiction, file.reference);
    if (j && corpus.instruments.has(file.reference) && !assessment) invalid(f, ['reference'], `no assessment of ${file.jurisdiction} against ${file.reference}: a recommendation answers findings`, `corpora/assessments/${file.jurisdiction}--${file.reference}.yaml`);
    const findings = new Map<string, Finding>();
    for (const x of assessment?.findings ?? []) findings.set(x.requirement, x);
    const made = new Set<string>();
    for (const p of j?.positions ?? []) for (const r of [...p.declarations, ...p.reservations]) made.add(r);
    const ids = new Set(file.recommendations.map((r) => r.id));
    const reviewers = new Set((file.review?.reviewers ?? []).map((r) => r.id));

    file.recommendations.forEach((rec, i) => {
      const at = (...p: PropertyKey[]) => ['recommendations', i, ...p];
      const key = `recommendation:${rec.id}`;
      if (seen.has(rec.id)) issues.push({ code: 'DUPLICATE_ID', file: f.file, line: f.lineOf(at('id')), field: fieldPath(at('id')), message: `duplicate recommendation id ${rec.id}`, expected: `a unique id (first defined in ${seen.get(rec.id)})` });
      seen.set(rec.id, f.file);
      if (!rec.id.startsWith(`${file.jurisdiction}-`)) invalid(f, at('id'), `id "${rec.id}" does not start with the file's jurisdiction`, `"${file.jurisdiction}-…"`);

      // The article it names: a top-level provision of the reference (or of an instrument the file also covers).
      const article = corpus.provisions.get(rec.article);
      const instrument = rec.article.slice(0, rec.article.indexOf('/'));
      if (!article || article.article !== article.provision) return report.unknown(f, at('article'), 'article', rec.article, { key: 'msg.expect.article', params: { ids: orList(refs), example: `${file.reference}/art-2` } });
      if (!refs.includes(instrument)) return invalid(f, at('article'), `${rec.article} is not an article of ${refs.join(' or ')}`, `an article of the instruments the file covers`);

      // What it makes: a declaration or reservation the treaty allows for this very article.
      const position = POSITION_ACTIONS[rec.action];
      let makesOk = false;
      if (position) {
        const allowed = corpus.requirementsOfArticle(rec.article).filter((r) => r.kind === position);
        if (allowed.length === 0) invalid(f, at('action'), `${rec.action}: ${rec.article} allows no ${position} (the reference lists none for it)`, `another action, or a ${position} of an article that allows one`);
        else if (!rec.makes) invalid(f, at('action'), `${rec.action} names no ${position} to make`, `makes: one of ${allowed.map((r) => r.ref).join(', ')}`);
        else if (!allowed.some((r) => r.ref === rec.makes)) {
          const r = corpus.requirements.get(rec.makes);
          invalid(f, at('makes'), r ? `${rec.makes} is a ${r.kind} of ${r.article}, not a ${position} of ${rec.article}` : `unknown ${position} "${rec.makes}"`, `one of ${allowed.map((x) => x.ref).join(', ')}`);
        } else if (made.has(rec.makes)) invalid(f, at('makes'), `${file.jurisdiction} has already made ${rec.makes} (jurisdictions.yaml)`, 'a declaration or reservation not yet made');
        else makesOk = true;
      } else if (rec.makes) invalid(f, at('makes'), `only declare and reserve make a declaration or reservation; the action is ${rec.action}`, 'no makes');

      // The findings it answers.
      const answered = new Set<string>();
      rec.answers.forEach((a, k) => {
        answered.add(a.requirement);
        if (!corpus.requirements.has(a.requirement)) report.unknown(f, at('answers', k, 'requirement'), 'requirement', a.requirement, { key: 'msg.expect.requirement' });
        else if (assessment && !findings.has(a.requirement)) invalid(f, at('answers', k, 'requirement'), `${file.jurisdiction} has no finding for ${a.requirement}`, 'a requirement the assessment has a finding for');
      });

      // What it closes: requirements of its own article, assessed, each with the coverage it would bring.
      rec.closes.forEach((c, k) => {
        const path = at('closes', k, 'requirement');
        const r = corpus.requirements.get(c.requirement);
        if (!r) return report.unknown(f, path, 'requirement', c.requirement, { key: 'msg.expect.requirementOf', params: { ids: rec.article } });
        if (r.article !== rec.article) return invalid(f, path, `${c.requirement} is a requirement of ${r.article}, not of ${rec.article}, the article the recommendation names`, `a requirement of ${rec.article} (a recommendation for ${r.article} closes it)`);
        if (!['element', 'obligation', 'safeguard'].includes(r.kind)) return invalid(f, path, `${c.requirement} is a ${r.kind}, a choice a Party makes, not something the law must hold`, 'an element, obligation or safeguard');
        const x = findings.get(c.requirement);
        if (!x) return assessment && invalid(f, path, `${c.requirement} was not assessed: there is no gap to close`, 'a requirement with a finding (assess it first)');
        if (!answered.has(c.requirement)) invalid(f, path, `closes ${c.requirement} but does not list its finding under answers`, `answers: [{ requirement: ${c.requirement}, hash: … }]`);
        // A finding changed since the recommendation was written (a reform, a review) makes it stale, shown
        // as such until someone re-reads it: what it says of the finding is checked against the finding it answered.
        const recorded = rec.answers.find((a) => a.requirement === c.requirement)?.hash;
        if (recorded !== undefined && recorded !== findingHash(x)) return;
        if (position) {
          if (c.coverage) invalid(f, at('closes', k, 'coverage'), `a ${position} changes no law: the finding keeps its coverage and the ${position} is counted as made`, 'no coverage');
          // The declaration or reservation must be one the finding says would make it acceptable (an option through its declaration).
          // As the engine reads it: a narrower finding is acceptable with any of them (an option through its
          // declaration), a missing one only with a reservation.
          const via = x.acceptableWith.flatMap((ref) => {
            const a = corpus.requirements.get(ref);
            if (!a || (x.coverage !== 'narrower' && a.kind !== 'reservation')) return [];
            return a.kind === 'option' ? a.relaxedBy : [ref];
          });
          if (makesOk && rec.makes && !via.includes(rec.makes)) invalid(f, path, `${rec.makes} would not make ${c.requirement} acceptable: its finding (${x.coverage}) is acceptable with ${via.length ? via.join(', ') : 'nothing'}`, 'a requirement whose finding names this declaration or reservation in acceptableWith');
        } else if (!c.coverage) invalid(f, at('closes', k), `${rec.action} changes the law: say the coverage ${c.requirement} would have once adopted`, 'coverage: met, broader or narrower');
        else if (c.coverage === x.coverage) invalid(f, at('closes', k, 'coverage'), `${c.requirement} is already ${x.coverage}: nothing to close`, `a coverage other than ${x.coverage}`);
      });

      // Where the change goes: the jurisdiction's own law.
      rec.targets.forEach((t, k) => {
        const e = corpus.provisions.get(t.ref);
        const s = e ? undefined : corpus.structure(t.ref);
        if (!e && !s) return report.unknown(f, at('targets', k, 'ref'), 'target', t.ref, { key: 'msg.expect.recTarget', params: { code: file.jurisdiction } });
        const owner = corpus.instruments.get(t.ref.slice(0, t.ref.indexOf('/')))!.meta;
        if (owner.jurisdiction !== file.jurisdiction || owner.kind === 'strategy') invalid(f, at('targets', k, 'ref'), `${t.ref} is not ${file.jurisdiction}'s law`, `a provision or structure of a ${file.jurisdiction} code, statute or constitution`);
        if (e && !t.hash) invalid(f, at('targets', k), `target ${t.ref} has no text hash`, 'hash: sha256:… (lexharmony stamp fills it)');
        if (s && t.hash) invalid(f, at('targets', k, 'hash'), `${t.ref} is a structure: it has no text to hash`, 'no hash');
      });
      const provisionTargets = rec.targets.filter((t) => corpus.provisions.has(t.ref)).length;
      if ((rec.action === 'amend' || rec.action === 'repeal') && provisionTargets === 0) invalid(f, at('targets'), `${rec.action} names no provision to change`, 'a target provision');
      if (rec.action === 'add' && rec.targets.length === 0) invalid(f, at('targets'), 'add says nowhere where the new provision would go', 'a target: the chapter, or the provision it would follow');

      // Model wording: verbatim words of a comparator's provision or of the treaty, in the text that holds them.
      rec.model.forEach((m, k) => {
        const e = corpus.provisions.get(m.ref);
        if (!e) return report.unknown(f, at('model', k, 'ref'), 'provision', m.ref, { key: 'msg.expect.model' });
        if (e.instrument.kind === 'strategy') return invalid(f, at('model', k, 'ref'), `${m.ref} belongs to a strategy; model wording is law or treaty text`, 'a provision of a law or treaty');
        if (e.instrument.jurisdiction === file.jurisdiction) return invalid(f, at('model', k, 'ref'), `${m.ref} is ${file.jurisdiction}'s own law: model wording comes from a comparator or the treaty`, 'a provision of another jurisdiction, or of the treaty');
        const text = wordingText(corpus, m.ref, m.lang);
        if (!text) return invalid(f, at('model', k, 'lang'), `${m.ref} has no official translation into "${m.lang}"`, `the provision's own language, or a language of its official translations`);
        if (!normalizeText(text.text).includes(normalizeText(m.quote))) invalid(f, at('model', k, 'quote'), `${m.ref} does not hold this quote${text.original ? '' : ` in its official ${text.lang} translation`}`, `words copied verbatim from ${m.ref}`);
      });

      rec.requires.forEach((id, k) => {
        if (!ids.has(id)) report.unknown(f, at('requires', k), 'recommendation', id, { key: 'msg.expect.otherRecommendation' });
        else if (id === rec.id) invalid(f, at('requires', k), 'a recommendation cannot require itself', 'another recommendation');
      });
      rec.alternatives.forEach((id, k) => {
        const other = file.recommendations.find((x) => x.id === id);
        if (!other) report.unknown(f, at('alternatives', k), 'recommendation', id, { key: 'msg.expect.otherRecommendation' });
        else if (other.article !== rec.article) invalid(f, at('alternatives', k), `${id} answers ${other.article}, not ${rec.article}`, 'a recommendation of the same article');
      });
      rec.reviews.forEach((r, k) => {
        if (!reviewers.has(r.by)) report.unknown(f, at('reviews', k, 'by'), 'reviewer', r.by, { key: 'msg.expect.reviewer' });
      });
    });
  }
}
