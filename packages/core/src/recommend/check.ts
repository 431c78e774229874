/**
 * The cross-file rules of recommendations, checked when a corpus is assembled (`lexharmony
 * validate`, the build): each problem is one issue with its file, line and field.
 */
import type { Corpus, RequirementEntry } from '../corpus/corpus.js';
import type { Unknown } from '../corpus/assemble.js';
import type { ReadFile } from '../corpus/read.js';
import { says, type Said } from '../errors.js';
import { orList, type MessageKey, type Params } from '../i18n/translate.js';
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
  // Said in catalogue words (`msg.rec.*`): the message and what was expected, with their params.
  const invalid = (f: ReadFile, path: PropertyKey[], key: MessageKey, params: Params, expected: MessageKey, expectedParams?: Params) =>
    issues.push({ code: 'INVALID_RECOMMENDATION', file: f.file, line: f.lineOf(path), field: fieldPath(path), ...says(key, params, expected, expectedParams ?? params) });
  const kind = (k: string) => ({ key: `msg.kind.bare.${k}` as MessageKey });
  const aKind = (k: string) => ({ key: `msg.kind.a.${k}` as MessageKey });
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
    if (j && corpus.instruments.has(file.reference) && !assessment) invalid(f, ['reference'], 'msg.rec.noAssessment', { code: file.jurisdiction, reference: file.reference }, 'msg.rec.noAssessment.expected');
    const findings = new Map<string, Finding>();
    for (const x of assessment?.findings ?? []) findings.set(x.requirement, x);
    const made = new Set<string>();
    for (const p of j?.positions ?? []) for (const r of [...p.declarations, ...p.reservations]) made.add(r);
    const ids = new Set(file.recommendations.map((r) => r.id));
    const reviewers = new Set((file.review?.reviewers ?? []).map((r) => r.id));

    file.recommendations.forEach((rec, i) => {
      const at = (...p: PropertyKey[]) => ['recommendations', i, ...p];
      const key = `recommendation:${rec.id}`;
      if (seen.has(rec.id)) issues.push({ code: 'DUPLICATE_ID', file: f.file, line: f.lineOf(at('id')), field: fieldPath(at('id')), ...says('msg.rec.duplicate', { id: rec.id }, 'msg.rec.duplicate.expected', { at: seen.get(rec.id) }) });
      seen.set(rec.id, f.file);
      if (!rec.id.startsWith(`${file.jurisdiction}-`)) invalid(f, at('id'), 'msg.rec.idPrefix', { id: rec.id, code: file.jurisdiction }, 'msg.rec.idPrefix.expected');

      // The article it names: a top-level provision of the reference (or of an instrument the file also covers).
      const article = corpus.provisions.get(rec.article);
      const instrument = rec.article.slice(0, rec.article.indexOf('/'));
      if (!article || article.article !== article.provision) return report.unknown(f, at('article'), 'article', rec.article, { key: 'msg.expect.article', params: { ids: orList(refs), example: `${file.reference}/art-2` } });
      if (!refs.includes(instrument)) return invalid(f, at('article'), 'msg.rec.notArticleOf', { article: rec.article, ids: orList(refs) }, 'msg.rec.notArticleOf.expected');

      // What it makes: a declaration or reservation the treaty allows for this very article, or one another
      // article provides that relaxes a requirement of it (the Protocol's Art. 12(2) reservations relax its Art. 8).
      const position = POSITION_ACTIONS[rec.action];
      let makesOk = false;
      if (position) {
        const own = corpus.requirementsOfArticle(rec.article);
        const relaxing = own.flatMap((r) => r.relaxedBy ?? []).map((ref) => corpus.requirements.get(ref)).filter((r): r is RequirementEntry => r !== undefined && r.article !== rec.article);
        const allowed = [...new Map([...own, ...relaxing].filter((r) => r.kind === position).map((r) => [r.ref, r])).values()];
        if (allowed.length === 0) invalid(f, at('action'), 'msg.rec.noneAllowed', { action: rec.action, article: rec.article, kind: kind(position) }, 'msg.rec.noneAllowed.expected', { a: aKind(position) });
        else if (!rec.makes) invalid(f, at('action'), 'msg.rec.makesNothing', { action: rec.action, kind: kind(position) }, 'msg.rec.makesNothing.expected', { refs: allowed.map((r) => r.ref).join(', ') });
        else if (!allowed.some((r) => r.ref === rec.makes)) {
          const r = corpus.requirements.get(rec.makes);
          invalid(
            f,
            at('makes'),
            r ? 'msg.rec.makesOther' : `msg.position.unknown.${position}`,
            r ? { makes: rec.makes, is: { key: `msg.kind.a.${r.kind}` as MessageKey }, of: r.article, not: aKind(position), article: rec.article } : { ref: rec.makes },
            'msg.schema.oneOf',
            { values: allowed.map((x) => x.ref).join(', ') },
          );
        } else if (made.has(rec.makes)) invalid(f, at('makes'), 'msg.rec.alreadyMade', { code: file.jurisdiction, makes: rec.makes }, 'msg.rec.alreadyMade.expected');
        else makesOk = true;
      } else if (rec.makes) invalid(f, at('makes'), 'msg.rec.makesWithout', { action: rec.action }, 'msg.rec.noMakes');

      // The findings it answers.
      const answered = new Set<string>();
      rec.answers.forEach((a, k) => {
        answered.add(a.requirement);
        if (!corpus.requirements.has(a.requirement)) report.unknown(f, at('answers', k, 'requirement'), 'requirement', a.requirement, { key: 'msg.expect.requirement' });
        else if (assessment && !findings.has(a.requirement)) invalid(f, at('answers', k, 'requirement'), 'msg.rec.noFinding', { code: file.jurisdiction, requirement: a.requirement }, 'msg.rec.noFinding.expected');
      });

      // What it closes: requirements of its own article, assessed, each with the coverage it would bring.
      rec.closes.forEach((c, k) => {
        const path = at('closes', k, 'requirement');
        const r = corpus.requirements.get(c.requirement);
        if (!r) return report.unknown(f, path, 'requirement', c.requirement, { key: 'msg.expect.requirementOf', params: { ids: rec.article } });
        if (r.article !== rec.article) return invalid(f, path, 'msg.rec.otherArticle', { requirement: c.requirement, of: r.article, article: rec.article }, 'msg.rec.otherArticle.expected');
        if (!['element', 'obligation', 'safeguard'].includes(r.kind)) return invalid(f, path, 'msg.rec.choice', { requirement: c.requirement, is: { key: `msg.kind.a.${r.kind}` as MessageKey } }, 'msg.rec.choice.expected');
        const x = findings.get(c.requirement);
        if (!x) return assessment && invalid(f, path, 'msg.rec.notAssessed', { requirement: c.requirement }, 'msg.rec.notAssessed.expected');
        if (!answered.has(c.requirement)) invalid(f, path, 'msg.rec.unanswered', { requirement: c.requirement }, 'msg.rec.unanswered.expected');
        // A finding changed since the recommendation was written (a reform, a review) makes it stale, shown
        // as such until someone re-reads it: what it says of the finding is checked against the finding it answered.
        const recorded = rec.answers.find((a) => a.requirement === c.requirement)?.hash;
        if (recorded !== undefined && recorded !== findingHash(x)) return;
        if (position) {
          if (c.coverage) invalid(f, at('closes', k, 'coverage'), 'msg.rec.positionCoverage', { a: { key: `msg.kind.a.${position}` as MessageKey }, kind: kind(position) }, 'msg.rec.noCoverage');
          // The declaration or reservation must be one the finding says would make it acceptable (an option through its declaration).
          // As the engine reads it: a narrower finding is acceptable with any of them (an option through its
          // declaration), a missing one only with a reservation.
          const via = x.acceptableWith.flatMap((ref) => {
            const a = corpus.requirements.get(ref);
            if (!a || (x.coverage !== 'narrower' && a.kind !== 'reservation')) return [];
            return a.kind === 'option' ? a.relaxedBy : [ref];
          });
          if (makesOk && rec.makes && !via.includes(rec.makes)) invalid(f, path, 'msg.rec.notAcceptable', { makes: rec.makes, requirement: c.requirement, coverage: x.coverage, via: via.length ? via.join(', ') : { key: 'msg.diff.nothing' } }, 'msg.rec.notAcceptable.expected');
        } else if (!c.coverage) invalid(f, at('closes', k), 'msg.rec.sayCoverage', { action: rec.action, requirement: c.requirement }, 'msg.rec.sayCoverage.expected');
        else if (c.coverage === x.coverage) invalid(f, at('closes', k, 'coverage'), 'msg.rec.alreadyCovered', { requirement: c.requirement, coverage: x.coverage }, 'msg.rec.alreadyCovered.expected');
      });

      // Where the change goes: the jurisdiction's own law.
      rec.targets.forEach((t, k) => {
        const e = corpus.provisions.get(t.ref);
        const s = e ? undefined : corpus.structure(t.ref);
        if (!e && !s) return report.unknown(f, at('targets', k, 'ref'), 'target', t.ref, { key: 'msg.expect.recTarget', params: { code: file.jurisdiction } });
        const owner = corpus.instruments.get(t.ref.slice(0, t.ref.indexOf('/')))!.meta;
        if (owner.jurisdiction !== file.jurisdiction || owner.kind === 'strategy') invalid(f, at('targets', k, 'ref'), 'msg.rec.notOwnLaw', { ref: t.ref, code: file.jurisdiction }, 'msg.rec.notOwnLaw.expected');
        if (e && !t.hash) invalid(f, at('targets', k), 'msg.rec.noHash', { ref: t.ref }, 'msg.rec.noHash.expected');
        if (s && t.hash) invalid(f, at('targets', k, 'hash'), 'msg.rec.structureHash', { ref: t.ref }, 'msg.rec.structureHash.expected');
      });
      const provisionTargets = rec.targets.filter((t) => corpus.provisions.has(t.ref)).length;
      if ((rec.action === 'amend' || rec.action === 'repeal') && provisionTargets === 0) invalid(f, at('targets'), 'msg.rec.noTarget', { action: rec.action }, 'msg.rec.noTarget.expected');
      if (rec.action === 'add' && rec.targets.length === 0) invalid(f, at('targets'), 'msg.rec.addNowhere', {}, 'msg.rec.addNowhere.expected');

      // Model wording: verbatim words of a comparator's provision or of the treaty, in the text that holds them.
      rec.model.forEach((m, k) => {
        const e = corpus.provisions.get(m.ref);
        if (!e) return report.unknown(f, at('model', k, 'ref'), 'provision', m.ref, { key: 'msg.expect.model' });
        if (e.instrument.kind === 'strategy') return invalid(f, at('model', k, 'ref'), 'msg.rec.modelStrategy', { ref: m.ref }, 'msg.rec.modelStrategy.expected');
        if (e.instrument.jurisdiction === file.jurisdiction) return invalid(f, at('model', k, 'ref'), 'msg.rec.modelOwn', { ref: m.ref, code: file.jurisdiction }, 'msg.rec.modelOwn.expected');
        const text = wordingText(corpus, m.ref, m.lang);
        if (!text) return invalid(f, at('model', k, 'lang'), 'msg.rec.modelLang', { ref: m.ref, lang: m.lang }, 'msg.rec.modelLang.expected');
        if (!normalizeText(text.text).includes(normalizeText(m.quote))) invalid(f, at('model', k, 'quote'), text.original ? 'msg.rec.modelQuote' : 'msg.rec.modelQuoteIn', { ref: m.ref, lang: text.lang }, 'msg.rec.modelQuote.expected');
      });

      rec.requires.forEach((id, k) => {
        if (!ids.has(id)) report.unknown(f, at('requires', k), 'recommendation', id, { key: 'msg.expect.otherRecommendation' });
        else if (id === rec.id) invalid(f, at('requires', k), 'msg.rec.requiresItself', {}, 'msg.rec.requiresItself.expected');
      });
      rec.alternatives.forEach((id, k) => {
        const other = file.recommendations.find((x) => x.id === id);
        if (!other) report.unknown(f, at('alternatives', k), 'recommendation', id, { key: 'msg.expect.otherRecommendation' });
        else if (other.article !== rec.article) invalid(f, at('alternatives', k), 'msg.rec.otherAlternative', { id, of: other.article, article: rec.article }, 'msg.rec.otherAlternative.expected');
      });
      rec.reviews.forEach((r, k) => {
        if (!reviewers.has(r.by)) report.unknown(f, at('reviews', k, 'by'), 'reviewer', r.by, { key: 'msg.expect.reviewer' });
      });
    });
  }
}
