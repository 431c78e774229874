import { CorpusError, says, type Said } from '../errors.js';
import { orList, type MessageKey, type Params } from '../i18n/translate.js';
import type { Provision } from '../model/types.js';
import { checkRecommendations } from '../recommend/check.js';
import { Corpus } from './corpus.js';
import type { CorpusData, InstrumentData, Origin } from './data.js';
import type { ReadFile } from './read.js';
import { fieldPath, type ParseIssue } from './yaml.js';

/** Where a record was read. Its line is found when something asks for it (a message, the compiled corpus): finding it needs the file's positions, which a valid file's reading skips. */
function originOf(f: ReadFile, path: readonly PropertyKey[]): Origin {
  let line: number | undefined | null = null;
  return {
    file: f.file,
    get line() {
      if (line === null) line = f.lineOf(path);
      return line;
    },
  };
}

/** Put validated files together into corpus data, checking every reference across files. */
export function assemble(files: ReadFile[], priorIssues: ParseIssue[] = []): CorpusData {
  const issues: ParseIssue[] = [...priorIssues];
  // Files that could not be read are reported once; references into them are not reported again.
  const broken = brokenParts(priorIssues);
  const data: CorpusData = { version: 1, jurisdictions: [], instruments: [], assessments: [], taxonomies: [], glossaries: [], origins: {} };
  const byKind = <K extends ReadFile['kind']>(k: K) => files.filter((f): f is ReadFile<K> => f.kind === k);
  // `what` names the record: `msg.dup.<what>` says "duplicate jurisdiction code MX" with the params.
  const dup = (f: ReadFile, path: PropertyKey[], what: Duplicate, params: Params, first: { file: string; line?: number | undefined } | undefined) =>
    issues.push({ code: 'DUPLICATE_ID', file: f.file, line: f.lineOf(path), field: fieldPath(path), ...says(`msg.dup.${what}`, params, 'msg.dup.expected', { at: `${first?.file}:${first?.line ?? '?'}` }) });

  // Jurisdictions.
  for (const f of byKind('jurisdictions')) {
    f.value.jurisdictions.forEach((j, i) => {
      const key = `jurisdiction:${j.code}`;
      if (data.origins[key]) return dup(f, ['jurisdictions', i, 'code'], 'jurisdiction', { code: j.code }, data.origins[key]);
      data.origins[key] = originOf(f, ['jurisdictions', i]);
      data.jurisdictions.push(j);
    });
  }
  if (byKind('jurisdictions').length === 0 && files.length > 0 && !broken.jurisdictions) {
    issues.push({ code: 'NOT_FOUND', file: 'jurisdictions.yaml', line: 1, ...says('msg.assemble.noJurisdictions', {}, 'msg.assemble.noJurisdictions.expected') });
    broken.jurisdictions = true;
  }

  // Instruments, with their provisions, requirements and links.
  const instruments = new Map<string, InstrumentData>();
  for (const f of byKind('instrument')) {
    const key = `instrument:${f.value.id}`;
    if (data.origins[key]) {
      dup(f, ['id'], 'instrument', { id: f.value.id }, data.origins[key]);
      continue;
    }
    if (f.value.id !== f.dir) {
      issues.push({ code: 'MISMATCHED_ID', file: f.file, line: f.lineOf(['id']), field: 'id', ...says('msg.assemble.idNotFolder', { id: f.value.id, dir: f.dir }, 'msg.assemble.idNotFolder.expected') });
      broken.instruments.add(f.dir ?? '');
      continue;
    }
    data.origins[key] = { file: f.file, line: 1 };
    const inst: InstrumentData = { meta: f.value, provisions: [], requirements: [], links: [] };
    instruments.set(f.value.id, inst);
    data.instruments.push(inst);
  }
  for (const kind of ['provisions', 'requirements', 'links'] as const) {
    for (const f of byKind(kind)) {
      const inst = instruments.get(f.dir ?? '');
      if (f.value.instrument !== f.dir) {
        issues.push({ code: 'MISMATCHED_ID', file: f.file, line: f.lineOf(['instrument']), field: 'instrument', ...says('msg.assemble.instrumentNotFolder', { id: f.value.instrument, dir: f.dir }, 'msg.assemble.instrumentNotFolder.expected') });
      }
      if (!inst) {
        if (broken.instruments.has(f.dir ?? '')) continue;
        issues.push({ code: 'UNKNOWN_REFERENCE', file: f.file, line: 1, ...says('msg.assemble.noInstrumentFile', { dir: f.dir }, 'msg.assemble.noInstrumentFile.expected') });
        continue;
      }
      if (kind === 'provisions') {
        const v = (f as ReadFile<'provisions'>).value;
        v.provisions.forEach((article, i) => {
          const visit = (p: Provision, path: PropertyKey[]) => {
            const key = `provision:${inst.meta.id}/${p.id}`;
            if (data.origins[key]) dup(f, [...path, 'id'], 'provision', { id: p.id }, data.origins[key]);
            else data.origins[key] = originOf(f, path);
            // Official translations are verified against their own source: their lines are where a mismatch is shown.
            p.translations.forEach((t, k) => {
              if (t.official) data.origins[`translation:${inst.meta.id}/${p.id}:${t.lang}`] ??= originOf(f, [...path, 'translations', k]);
            });
            p.children.forEach((c, k) => {
              if (!c.id.startsWith(p.id + '.')) {
                issues.push({ code: 'MISMATCHED_ID', file: f.file, line: f.lineOf([...path, 'children', k, 'id']), field: fieldPath([...path, 'children', k, 'id']), ...says('msg.assemble.childId', { id: c.id, parent: p.id }, 'msg.assemble.childId.expected') });
              }
              visit(c, [...path, 'children', k]);
            });
          };
          visit(article, ['provisions', i]);
          inst.provisions.push(article);
        });
      } else if (kind === 'requirements') {
        const v = (f as ReadFile<'requirements'>).value;
        v.requirements.forEach((r, i) => {
          const key = `requirement:${inst.meta.id}/${r.provision}#${r.id}`;
          if (data.origins[key]) return dup(f, ['requirements', i, 'id'], 'requirement', { ref: `${r.provision}#${r.id}` }, data.origins[key]);
          data.origins[key] = originOf(f, ['requirements', i]);
          inst.requirements.push(r);
        });
      } else {
        const v = (f as ReadFile<'links'>).value;
        v.links.forEach((l, i) => {
          data.origins[`link:${inst.meta.id}:${i}`] = originOf(f, ['links', i]);
          inst.links.push(l);
        });
      }
    }
  }

  for (const f of byKind('taxonomy')) {
    const key = `taxonomy:${f.value.id}`;
    if (data.origins[key]) dup(f, ['id'], 'taxonomy', { id: f.value.id }, data.origins[key]);
    else {
      data.origins[key] = { file: f.file, line: 1 };
      data.taxonomies.push(f.value);
    }
  }
  for (const f of byKind('glossary')) {
    const key = `glossary:${f.value.id}`;
    if (data.origins[key]) dup(f, ['id'], 'glossary', { id: f.value.id }, data.origins[key]);
    else {
      data.origins[key] = { file: f.file, line: 1 };
      data.glossaries.push(f.value);
    }
  }
  for (const f of byKind('assessment')) {
    const a = f.value;
    const seen = new Set<string>();
    a.findings.forEach((x, i) => {
      const key = `finding:${a.jurisdiction}:${x.requirement}`;
      if (seen.has(x.requirement) || data.origins[key]) dup(f, ['findings', i, 'requirement'], 'finding', { ref: x.requirement }, data.origins[key]);
      seen.add(x.requirement);
      data.origins[key] ??= originOf(f, ['findings', i]);
    });
    data.origins[`assessment:${a.jurisdiction}:${a.reference}`] = { file: f.file, line: 1 };
    data.assessments.push(a);
  }

  const recommendationFiles = byKind('recommendations');
  for (const f of recommendationFiles) {
    f.value.recommendations.forEach((r, i) => (data.origins[`recommendation:${r.id}`] ??= originOf(f, ['recommendations', i])));
    (data.recommendations ??= []).push(f.value);
  }

  // References across files, checked against the index.
  const corpus = new Corpus(data);
  const known = (ref: string) => corpus.provisions.has(ref);
  // What relaxes a requirement: its options and reservations, and the declarations through which the options are made.
  const relaxing = (req: { relaxedBy: readonly string[] }) =>
    req.relaxedBy.flatMap((x) => [x, ...(corpus.requirements.get(x)?.kind === 'option' ? corpus.requirements.get(x)!.relaxedBy : [])]);
  const unknown = (f: ReadFile, path: PropertyKey[], what: Unknown, value: string, expected: Said) => {
    const instrument = value.includes('/') ? value.split('/')[0]! : f.dir;
    const intoBroken = what === 'jurisdiction' ? broken.jurisdictions : what === 'area' ? broken.taxonomies : broken.instruments.has(instrument ?? '') || broken.instruments.has(value);
    if (intoBroken) return;
    issues.push({ code: 'UNKNOWN_REFERENCE', file: f.file, line: f.lineOf(path), field: fieldPath(path), ...says(`msg.unknown.${what}`, { value }, expected.key, expected.params) });
  };
  // A strategy is policy, not law: it may never stand in a legal assessment (see strategies/).
  const strategyCited = (f: ReadFile, path: PropertyKey[], ref: string) =>
    issues.push({ code: 'STRATEGY_IN_ASSESSMENT', file: f.file, line: f.lineOf(path), field: fieldPath(path), ...says('msg.assemble.strategy', { ref }, 'msg.assemble.strategy.expected') });
  const jurisdictionOk = (code: string) => code === 'INT' || corpus.jurisdictions.has(code);

  // A source must name something a reader can find: `source: {}` says nothing.
  const sourceless = (f: ReadFile, path: PropertyKey[], source: { url?: string | undefined; title?: string | undefined; file?: string | undefined } | undefined, what: MessageKey, params: Params) => {
    if (source && !source.url && !source.title && !source.file) {
      issues.push({ code: 'MISSING_SOURCE', file: f.file, line: f.lineOf(path), field: fieldPath(path), ...says(what, params, 'msg.assemble.noSource.expected') });
    }
  };
  for (const f of byKind('jurisdictions')) {
    f.value.jurisdictions.forEach((j, i) => {
      j.events.forEach((e, k) => {
        if (!corpus.instruments.has(e.instrument)) unknown(f, ['jurisdictions', i, 'events', k, 'instrument'], 'instrument', e.instrument, { key: 'msg.expect.instrument' });
        sourceless(f, ['jurisdictions', i, 'events', k, 'source'], e.source, 'msg.assemble.noSource.event', { type: e.type, code: j.code });
      });
      j.positions.forEach((p, k) => {
        if (!corpus.instruments.has(p.instrument)) unknown(f, ['jurisdictions', i, 'positions', k, 'instrument'], 'instrument', p.instrument, { key: 'msg.expect.instrument' });
        sourceless(f, ['jurisdictions', i, 'positions', k, 'source'], p.source, 'msg.assemble.noSource.position', { code: j.code });
        for (const [field, kind] of [['declarations', 'declaration'], ['reservations', 'reservation']] as const) {
          p[field].forEach((ref, m) => {
            const r = corpus.requirements.get(ref);
            if (r?.kind === kind) return;
            const path = ['jurisdictions', i, 'positions', k, field, m];
            // Say what the article allows instead: its own declarations or reservations, or the articles that have some.
            const [instrument = '', local = ''] = ref.split('#')[0]!.split('/');
            const article = `${instrument}/${local.split('.')[0]}`;
            const allowed = corpus.requirementsOfArticle(article).filter((x) => x.kind === kind).map((x) => `"${x.ref}"`);
            const elsewhere = corpus.requirementsOf(instrument).filter((x) => x.kind === kind).map((x) => x.article.slice(instrument.length + 1));
            const params = { ref, article, is: { key: `msg.kind.a.${r?.kind ?? kind}` as MessageKey }, not: { key: `msg.kind.a.${kind}` as MessageKey } };
            const what: MessageKey = r ? 'msg.position.notKind' : allowed.length ? `msg.position.unknown.${kind}` : `msg.position.noneAllowed.${kind}`;
            const expected = allowed.length
              ? ({ key: `msg.position.ofArticle.${kind}`, params: { article, allowed: allowed.join(', ') } } as const)
              : elsewhere.length
                ? ({ key: `msg.position.elsewhere.${kind}`, params: { articles: [...new Set(elsewhere)].join(', ') } } as const)
                : ({ key: `msg.position.example.${kind}` } as const);
            if (broken.instruments.has(instrument)) return;
            issues.push({ code: 'UNKNOWN_REFERENCE', file: f.file, line: f.lineOf(path), field: fieldPath(path), ...says(what, params, expected.key, 'params' in expected ? expected.params : {}) });
          });
        }
      });
    });
  }
  for (const f of byKind('instrument')) {
    if (!jurisdictionOk(f.value.jurisdiction)) unknown(f, ['jurisdiction'], 'jurisdiction', f.value.jurisdiction, { key: 'msg.expect.jurisdictionOrInt' });
    if (f.value.supplements && !corpus.instruments.has(f.value.supplements)) unknown(f, ['supplements'], 'instrument', f.value.supplements, { key: 'msg.expect.instrument' });
  }
  for (const f of byKind('requirements')) {
    f.value.requirements.forEach((r, i) => {
      if (!known(`${f.value.instrument}/${r.provision}`)) unknown(f, ['requirements', i, 'provision'], 'provision', r.provision, { key: 'msg.expect.provisionIdOf', params: { id: f.value.instrument } });
      r.relaxedBy.forEach((ref, k) => {
        if (!corpus.requirements.has(ref)) unknown(f, ['requirements', i, 'relaxedBy', k], 'requirement', ref, { key: 'msg.expect.relaxer' });
      });
      if (r.basis && !known(r.basis)) unknown(f, ['requirements', i, 'basis'], 'provision', r.basis, { key: 'msg.expect.basis' });
    });
  }
  for (const f of byKind('links')) {
    f.value.links.forEach((l, i) => {
      if (!known(l.from) || !l.from.startsWith(f.value.instrument + '/')) unknown(f, ['links', i, 'from'], 'provision', l.from, { key: 'msg.expect.provisionOf', params: { id: f.value.instrument } });
      l.areas.forEach((a, k) => {
        if (!corpus.area(a)) unknown(f, ['links', i, 'areas', k], 'area', a, { key: 'msg.expect.area' });
      });
      l.targets.forEach((t, k) => {
        if (!known(t) && !corpus.structure(t)) unknown(f, ['links', i, 'targets', k], 'target', t, { key: 'msg.expect.linkTarget' });
      });
    });
  }
  for (const f of byKind('taxonomy')) {
    f.value.areas.forEach((a, i) =>
      a.reference.forEach((t, k) => {
        if (!known(t) && !corpus.structure(t)) unknown(f, ['areas', i, 'reference', k], 'target', t, { key: 'msg.expect.areaTarget' });
      }),
    );
  }
  for (const f of byKind('assessment')) {
    const a = f.value;
    if (!corpus.jurisdictions.has(a.jurisdiction)) unknown(f, ['jurisdiction'], 'jurisdiction', a.jurisdiction, { key: 'msg.expect.jurisdiction' });
    const refs = [a.reference, ...a.alsoCovers];
    refs.forEach((id, k) => {
      const path = k === 0 ? ['reference'] : ['alsoCovers', k - 1];
      if (!corpus.instruments.has(id)) unknown(f, path, 'instrument', id, { key: 'msg.expect.instrument' });
      else if (corpus.instruments.get(id)!.meta.kind === 'strategy') strategyCited(f, path, id);
    });
    // Every reading is by a reviewer the file names: the reports print the name, the review log counts by it.
    const reviewers = new Set(a.review?.reviewers.map((r) => r.id));
    a.review?.withdrawn.forEach((w, k) => {
      if (!reviewers.has(w.by)) unknown(f, ['review', 'withdrawn', k, 'by'], 'reviewer', w.by, { key: 'msg.expect.reviewer' });
    });
    a.findings.forEach((x, i) => {
      x.reviews.forEach((r, k) => {
        if (!reviewers.has(r.by)) unknown(f, ['findings', i, 'reviews', k, 'by'], 'reviewer', r.by, { key: 'msg.expect.reviewer' });
      });
      const req = corpus.requirements.get(x.requirement);
      if (!req) unknown(f, ['findings', i, 'requirement'], 'requirement', x.requirement, { key: 'msg.expect.findingRequirement' });
      else if (!refs.includes(req.instrument) && refs.every((id) => corpus.instruments.has(id))) unknown(f, ['findings', i, 'requirement'], 'requirement', x.requirement, { key: 'msg.expect.requirementOf', params: { ids: orList(refs) } });
      x.citations.forEach((c, k) => {
        const path = ['findings', i, 'citations', k, 'ref'];
        const cited = corpus.provisions.get(c.ref)?.instrument;
        if (!cited) unknown(f, path, 'provision', c.ref, { key: 'msg.expect.citation' });
        else if (cited.kind === 'strategy') strategyCited(f, path, c.ref);
        else if (cited.jurisdiction !== a.jurisdiction && corpus.jurisdictions.has(a.jurisdiction) && jurisdictionOk(cited.jurisdiction)) {
          // A finding says what one jurisdiction's own law does: another country's law, or the treaty itself, is no evidence of it.
          // (An unknown jurisdiction on either side is reported already.)
          const whose = { key: cited.jurisdiction === 'INT' ? 'msg.foreign.treaty' : 'msg.foreign.law', params: { id: cited.id, code: cited.jurisdiction } } as const;
          issues.push({ code: 'FOREIGN_CITATION', file: f.file, line: f.lineOf(path), field: fieldPath(path), ...says('msg.foreign', { ref: c.ref, whose, code: a.jurisdiction }, 'msg.foreign.expected') });
        }
      });
      x.acceptableWith.forEach((ref, k) => {
        const r = corpus.requirements.get(ref);
        if (!r || !['option', 'declaration', 'reservation'].includes(r.kind)) unknown(f, ['findings', i, 'acceptableWith', k], 'relaxer', ref, { key: 'msg.expect.relaxerKind' });
        else if (req && !relaxing(req).includes(ref)) {
          // What may make a narrower finding acceptable is what relaxes its requirement, as requirements.yaml records it.
          const path = ['findings', i, 'acceptableWith', k];
          const allowed = relaxing(req);
          issues.push({ code: 'UNKNOWN_REFERENCE', file: f.file, line: f.lineOf(path), field: fieldPath(path), ...says('msg.assemble.notRelaxing', { ref, requirement: x.requirement, allowed: allowed.join(', ') }, allowed.length ? 'msg.assemble.notRelaxing.expected' : 'msg.assemble.notRelaxing.nothing') });
        }
      });
    });
  }

  // Cycles: an instrument that (through others) supplements itself; a requirement relaxed, in the end, by itself.
  for (const f of byKind('instrument')) {
    const seen = [f.value.id];
    for (let next = f.value.supplements; next !== undefined; next = corpus.instruments.get(next)?.meta.supplements) {
      if (next === f.value.id) {
        issues.push({ code: 'CYCLE', file: f.file, line: f.lineOf(['supplements']), field: 'supplements', ...says('msg.assemble.cycle.supplements', { cycle: [...seen, next].join(' → ') }, 'msg.assemble.cycle.supplements.expected') });
        break;
      }
      if (seen.includes(next)) break; // a cycle further on, reported at its own instruments
      seen.push(next);
    }
  }
  const cycles = new Set<string>();
  for (const f of byKind('requirements')) {
    f.value.requirements.forEach((r, i) => {
      const start = `${f.value.instrument}/${r.provision}#${r.id}`;
      const cycle = cycleFrom(start, (ref) => corpus.requirements.get(ref)?.relaxedBy ?? []);
      // A cycle is reported once, at the first of its requirements.
      const key = cycle && [...new Set(cycle)].sort().join(' ');
      if (cycle && !cycles.has(key!)) cycles.add(key!), issues.push({ code: 'CYCLE', file: f.file, line: f.lineOf(['requirements', i, 'relaxedBy']), field: fieldPath(['requirements', i, 'relaxedBy']), ...says('msg.assemble.cycle.relaxedBy', { cycle: cycle.join(' → ') }, 'msg.assemble.cycle.relaxedBy.expected') });
    });
  }

  checkRecommendations(corpus, recommendationFiles, issues, { unknown });

  if (issues.length > 0) throw new CorpusError(issues);
  return data;
}

/** What a duplicate id names (`msg.dup.<what>`). */
type Duplicate = 'jurisdiction' | 'instrument' | 'provision' | 'requirement' | 'taxonomy' | 'glossary' | 'finding';
/** What an unknown reference was meant to name (`msg.unknown.<what>`). */
export type Unknown = 'jurisdiction' | 'instrument' | 'provision' | 'requirement' | 'area' | 'target' | 'relaxer' | 'article' | 'recommendation' | 'reviewer';

/** The path of a cycle through `start` in a graph, if there is one (iterative depth-first search). */
function cycleFrom(start: string, next: (node: string) => readonly string[]): string[] | undefined {
  const stack: { node: string; path: string[] }[] = next(start).map((n) => ({ node: n, path: [start, n] }));
  const seen = new Set<string>();
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node === start) return path;
    if (seen.has(node)) continue;
    seen.add(node);
    for (const n of next(node)) stack.push({ node: n, path: [...path, n] });
  }
  return undefined;
}

/** What the files that failed to read leave missing: instrument folders, jurisdictions, taxonomies. */
function brokenParts(priorIssues: ParseIssue[]): { instruments: Set<string>; jurisdictions: boolean; taxonomies: boolean } {
  const instruments = new Set<string>();
  let jurisdictions = false;
  let taxonomies = false;
  for (const i of priorIssues) {
    const parts = (i.file ?? '').split('/');
    if (parts[0] === 'instruments' && parts.length === 3) instruments.add(parts[1]!);
    if (parts[0] === 'jurisdictions.yaml') jurisdictions = true;
    if (parts[0] === 'taxonomies') taxonomies = true;
  }
  return { instruments, jurisdictions, taxonomies };
}
