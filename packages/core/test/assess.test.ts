import { describe, expect, it } from 'vitest';
import { articleStatus, assess, assessAll, AssessmentError, textHash, type ArticleResult, type Status } from '@lexharmony/core';
import { dropFindings, findingOf, provisionOf, say, toy } from './support/toy.js';

const article = (a: { articles: ArticleResult[] }, id: string) => {
  const found = a.articles.find((x) => x.ref === `toy-convention/${id}`);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const req = (a: ArticleResult, local: string) => a.requirements.find((r) => r.ref.endsWith('#' + local))!;

describe('assess: the toy corpus as written', () => {
  const a = assess(toy(), 'XT', 'toy-convention');

  it('computes one status per article, in treaty order', () => {
    expect(a.articles.map((x) => [x.number, x.status])).toEqual([
      ['1', 'not-applicable'],
      ['2', 'conditional'],
      ['3', 'full'],
      ['4', 'partial'],
      ['5', 'not-assessed'],
    ]);
    expect(a.counts).toEqual({ full: 1, 'full-as-assessed': 0, conditional: 1, partial: 1, none: 0, 'not-assessed': 1, 'not-applicable': 1 });
    expect(a.position).toEqual({ party: true, summary: { key: 'position.party', params: { event: 'ratification', date: '2020-03-01' } } });
    expect(say(a.position.summary)).toBe('Party (ratification 1 March 2020)');
    expect(a.stale).toBe(false);
  });

  it('a definitions article asks nothing of national law: not applicable', () => {
    expect(say(article(a, 'art-1').reasons[0]!)).toMatch(/asks nothing of national law/);
    expect(article(a, 'art-1').requirements).toEqual([]);
  });

  it('narrower + a declaration the Party has not made → conditional, naming the declaration', () => {
    const art2 = article(a, 'art-2');
    expect(req(art2, 'e2').status).toBe('conditional');
    expect(art2.needs).toEqual(['toy-convention/art-2#d1']);
    expect(say(art2.reasons[0]!)).toContain('Convention, art. 2, second sentence “requiring that a password be broken”');
    expect(art2.reasons[0]).toEqual({ key: 'reason.art.conditional', params: { needs: ['toy-convention/art-2#d1'], jurisdiction: 'XT', moment: 'party' } });
    expect(say(art2.reasons[0]!)).toContain('which Toyland has not made');
    expect(req(art2, 'e2').finding?.acceptableWith).toEqual([{ ref: 'toy-convention/art-2#o1', kind: 'option', label: { en: 'by breaking a password' }, made: false }]);
  });

  it('missing, but covered by a reservation the Party made → full; narrower with nothing to allow it → partial', () => {
    const art4 = article(a, 'art-4');
    expect(req(art4, 'e2').status).toBe('full');
    expect(say(req(art4, 'e2').reasons[0]!)).toMatch(/acceptable because Toyland made Convention, art\. 4, paragraph 2/);
    expect(req(art4, 'e1').status).toBe('partial');
    expect(art4.provisions).toEqual(['xt-penal-code/art-12']);
  });

  it('options, declarations and reservations are not counted as obligations', () => {
    const art2 = article(a, 'art-2');
    expect(art2.requirements.map((r) => r.kind)).toEqual(['element', 'element', 'element']);
    expect(art2.counts.conditional + art2.counts.full).toBe(3);
  });
});

describe('assess: statuses reached by changing the data, never the code', () => {
  it('a requirement with no finding is not assessed, never none; the article is full as far as assessed, never partial, with "k of n not assessed"', () => {
    const data = toy();
    dropFindings(data, (r) => r === 'toy-convention/art-3#e2');
    const art3 = article(assess(data, 'XT', 'toy-convention'), 'art-3');
    expect(req(art3, 'e2').status).toBe('not-assessed');
    expect(art3.status).toBe('full-as-assessed');
    expect(say(art3.reasons[0]!)).toMatch(/1 of 3 requirements not assessed/);
  });

  it('an article with no findings at all is not assessed, not none', () => {
    const data = toy();
    dropFindings(data, (r) => r.startsWith('toy-convention/art-3#'));
    const art3 = article(assess(data, 'XT', 'toy-convention'), 'art-3');
    expect(art3.status).toBe('not-assessed');
    expect(art3.requirements.every((r) => r.status === 'not-assessed')).toBe(true);
  });

  it('every requirement missing → none', () => {
    const data = toy();
    for (const e of ['e1', 'e2', 'e3']) Object.assign(findingOf(data, `toy-convention/art-3#${e}`), { coverage: 'missing', relationship: 'no-relationship', citations: [] });
    const art3 = article(assess(data, 'XT', 'toy-convention'), 'art-3');
    expect(art3.status).toBe('none');
    expect(art3.requirements.map((r) => r.status)).toEqual(['none', 'none', 'none']);
  });

  it('a Party that made the enabling declaration → full', () => {
    const data = toy();
    data.jurisdictions[0]!.positions[0]!.declarations.push('toy-convention/art-2#d1');
    const art2 = article(assess(data, 'XT', 'toy-convention'), 'art-2');
    expect(art2.status).toBe('full');
    expect(say(req(art2, 'e2').reasons[0]!)).toMatch(/acceptable because Toyland made Convention, art\. 2, second sentence “by breaking a password”/);
    expect(art2.needs).toEqual([]);
  });

  it('a non-Party is told the declaration it would have to make at accession', () => {
    const data = toy();
    const j = data.jurisdictions[0]!;
    j.events = [{ instrument: 'toy-convention', type: 'invited-to-accede', date: '2007-02-01', source: { evidence: 'unverified' } }];
    j.positions = [];
    const a = assess(data, 'XT', 'toy-convention');
    expect(say(a.position.summary)).toBe('not a Party; invited to accede 1 February 2007');
    const art2 = article(a, 'art-2');
    expect(art2.status).toBe('conditional');
    expect(say(art2.reasons[0]!)).toContain('which Toyland would have to make at accession');
    // The reservation it has not made either: missing-but-reservable turns conditional.
    const art4 = article(a, 'art-4');
    expect(req(art4, 'e2').status).toBe('conditional');
    expect(say(req(art4, 'e2').reasons[0]!)).toContain('Convention, art. 4, paragraph 2 “not to apply paragraph 1 to tools offered for free”');
  });

  it('a declaration never excuses a missing element (only a reservation can)', () => {
    const data = toy();
    Object.assign(findingOf(data, 'toy-convention/art-2#e2'), { coverage: 'missing', relationship: 'no-relationship' });
    expect(req(article(assess(data, 'XT', 'toy-convention'), 'art-2'), 'e2').status).toBe('none');
  });

  it('full and conditional only → conditional; full with conditional and none → partial', () => {
    const data = toy();
    Object.assign(findingOf(data, 'toy-convention/art-2#e1'), { coverage: 'missing', relationship: 'no-relationship' });
    expect(article(assess(data, 'XT', 'toy-convention'), 'art-2').status).toBe('partial');
  });

  it('a finding on an option is kept for the reader but counts for nothing', () => {
    const data = toy();
    data.assessments[0]!.findings.push({ ...findingOf(data, 'toy-convention/art-3#e1'), requirement: 'toy-convention/art-2#o1', coverage: 'missing', relationship: 'no-relationship' });
    const art2 = article(assess(data, 'XT', 'toy-convention'), 'art-2');
    expect(req(art2, 'o1').status).toBe('not-applicable');
    expect(art2.status).toBe('conditional');
  });

  it('a jurisdiction with no assessment file: every article not assessed or not applicable, and a limit says why', () => {
    const data = toy();
    data.jurisdictions.push({ code: 'XU', names: { en: 'Elsewhere' }, federal: false, events: [], positions: [] });
    const a = assess(data, 'XU', 'toy-convention');
    expect(new Set(a.articles.map((x) => x.status))).toEqual(new Set(['not-applicable', 'not-assessed']));
    expect(a.limits[0]!.en).toMatch(/No assessment of XU/);
  });

  it('a legal finding that cites a strategy is refused', () => {
    const data = toy();
    data.instruments.find((i) => i.meta.id === 'xt-penal-code')!.meta.kind = 'strategy';
    expect(() => assess(data, 'XT', 'toy-convention')).toThrow(AssessmentError);
  });
});

describe('assess: staleness', () => {
  it('changing one cited provision turns exactly its findings stale, and nothing else', () => {
    const data = toy();
    provisionOf(data, 'xt-penal-code/art-11').text += ' Attempt is punished.';
    const a = assess(data, 'XT', 'toy-convention');
    const stale = a.articles.flatMap((x) => x.requirements.filter((r) => r.stale).map((r) => r.ref));
    expect(stale).toEqual(['toy-convention/art-3#e1', 'toy-convention/art-3#e2', 'toy-convention/art-3#e3']);
    expect(a.articles.filter((x) => x.stale).map((x) => x.ref)).toEqual(['toy-convention/art-3']);
    expect(a.stale).toBe(true);
    const art3 = article(a, 'art-3');
    expect(art3.status).toBe('full'); // the status stands, flagged for review
    expect(say(req(art3, 'e1').reasons.at(-1)!)).toMatch(/^stale: XT-PC, art\. 11 changed since the finding of 1 June 2021/);
    expect(req(art3, 'e1').finding!.citations[0]).toMatchObject({ stale: true, currentHash: textHash(provisionOf(data, 'xt-penal-code/art-11').text) });
  });

  it('whitespace-only edits do not make a finding stale', () => {
    const data = toy();
    const p = provisionOf(data, 'xt-penal-code/art-11');
    p.text = '  ' + p.text.replace(/ /g, '\n  ') + '\n';
    expect(assess(data, 'XT', 'toy-convention').stale).toBe(false);
  });

  it('a cited provision that vanished makes its findings stale', () => {
    const data = toy();
    const code = data.instruments.find((i) => i.meta.id === 'xt-penal-code')!;
    code.provisions = code.provisions.filter((p) => p.id !== 'art-12');
    const art4 = article(assess(data, 'XT', 'toy-convention'), 'art-4');
    expect(art4.stale).toBe(true);
    expect(req(art4, 'e1').finding!.citations[0]!.currentHash).toBeUndefined();
    expect(say(req(art4, 'e1').reasons.at(-1)!)).toMatch(/no longer in the corpus/);
  });
});

describe('articleStatus: the article rule', () => {
  const of = (...s: Status[]) => articleStatus(s.map((status, i) => ({ status, label: { en: `r${i}` }, ref: `x/art-1#e${i}` })));
  it.each([
    [[], 'not-applicable'],
    [['not-assessed', 'not-assessed'], 'not-assessed'],
    [['full', 'full'], 'full'],
    [['full', 'conditional'], 'conditional'],
    [['conditional'], 'conditional'],
    [['none', 'none'], 'none'],
    [['full', 'none'], 'partial'],
    [['partial'], 'partial'],
    [['conditional', 'none'], 'partial'],
    [['full', 'not-assessed'], 'full-as-assessed'],
    [['full', 'full', 'not-assessed'], 'full-as-assessed'],
    [['conditional', 'not-assessed'], 'conditional'],
    [['full', 'partial', 'not-assessed'], 'partial'],
    [['none', 'not-assessed'], 'none'],
  ] as [Status[], Status][])('%j → %s', (input, expected) => {
    expect(of(...input).status).toBe(expected);
  });
  it('says how many requirements are not assessed', () => {
    expect(say(of('full', 'full', 'not-assessed').reason)).toMatch(/1 of 3 requirements not assessed$/);
    expect(say(of('none', 'not-assessed').reason)).toMatch(/1 of 2 requirements not assessed$/);
  });
});

describe('assessAll', () => {
  it('assesses every assessment file against its reference', () => {
    const all = assessAll(toy());
    expect(all.map((a) => `${a.jurisdiction} ${a.reference}`)).toEqual(['XT toy-convention']);
  });
});

describe("assess: an article's needs when a requirement accepts any one of several reservations", () => {
  // Toy Art. 4 with a second, wider reservation (r0: not to apply paragraph 1 at all) beside r1 (free tools only):
  // selling tools (e1) is acceptable only with r0, free tools (e2) with r1 or r0, the narrower named first.
  // Toyland's own reservation is taken away, so that neither is made.
  const variant = (options: { e1Met?: boolean; e2First?: boolean } = {}) => {
    const data = toy();
    data.jurisdictions.find((j) => j.code === 'XT')!.positions[0]!.reservations = [];
    const convention = data.instruments.find((i) => i.meta.id === 'toy-convention')!;
    const wide = 'toy-convention/art-4.p-2#r0';
    const narrow = 'toy-convention/art-4.p-2#r1';
    convention.requirements.push({ ...convention.requirements.find((r) => r.id === 'r1' && r.provision === 'art-4.p-2')!, id: 'r0', label: { en: 'not to apply paragraph 1' } });
    for (const r of convention.requirements) if (r.provision === 'art-4') r.relaxedBy = r.id === 'e1' ? [wide] : [narrow, wide];
    if (options.e2First) {
      // The requirements in the other order: e2, then e1.
      const e1 = convention.requirements.findIndex((r) => r.provision === 'art-4' && r.id === 'e1');
      convention.requirements.splice(e1, 0, ...convention.requirements.splice(e1 + 1, 1));
    }
    const e1 = findingOf(data, 'toy-convention/art-4#e1');
    e1.acceptableWith = options.e1Met ? [] : [wide];
    if (options.e1Met) e1.coverage = 'met';
    findingOf(data, 'toy-convention/art-4#e2').acceptableWith = [narrow, wide];
    return { data, art4: article(assess(data, 'XT', 'toy-convention'), 'art-4') };
  };

  it('needs only the reservation that answers both, whichever requirement comes first', () => {
    for (const e2First of [false, true]) {
      const { art4 } = variant({ e2First });
      expect(art4.requirements.map((r) => r.ref.split('#')[1]), String(e2First)).toEqual(e2First ? ['e2', 'e1'] : ['e1', 'e2']);
      expect(art4.status).toBe('conditional');
      expect(art4.needs, String(e2First)).toEqual(['toy-convention/art-4.p-2#r0']);
    }
  });

  it('needs one of the alternatives, the first named, when nothing else is needed, and never says them joined with "and"', () => {
    const { data, art4 } = variant({ e1Met: true });
    expect(art4.status).toBe('conditional');
    expect(art4.needs).toEqual(['toy-convention/art-4.p-2#r1']);
    const article = say(art4.reasons[0]!, data);
    expect(article).toContain('“not to apply paragraph 1 to tools offered for free”');
    expect(article).not.toContain('“not to apply paragraph 1”');
    // The requirement itself names both, as alternatives.
    const e2 = say(req(art4, 'e2').reasons[0]!, data);
    expect(e2).toMatch(/“not to apply paragraph 1 to tools offered for free” or .*“not to apply paragraph 1”/);
    expect(e2).not.toContain(' and ');
  });
});
