import type {
  AssessmentFile,
  GlossaryFile,
  Instrument,
  Jurisdiction,
  PathSegment,
  Provision,
  Recommendation,
  RecommendationsFile,
  Requirement,
  TaxonomyArea,
  TaxonomyFile,
} from '../model/types.js';
import type { CorpusData, InstrumentData, Origin } from './data.js';

export interface ProvisionEntry {
  /** `mx-cpf/art-211-bis-1` or `mx-cpf/art-167.fr-vi`. */
  ref: string;
  instrument: Instrument;
  provision: Provision;
  /** The top-level provision (the article) this one belongs to; itself for an article. */
  article: Provision;
}

export interface RequirementEntry extends Requirement {
  /** `coe-ets-185/art-2#e1`. */
  ref: string;
  instrument: string;
  /** `coe-ets-185/art-2`: the article the requirement's provision belongs to. */
  article: string;
}

/** A structural group (chapter, section, title) of an instrument, derived from its provisions' paths. */
export interface StructureEntry {
  /** `coe-ets-185/ch-ii.sec-1.tit-1` */
  ref: string;
  instrument: string;
  path: PathSegment[];
}

/** The corpus, indexed for look-ups. Built once from `CorpusData`; never mutated. */
export class Corpus {
  readonly data: CorpusData;
  readonly jurisdictions = new Map<string, Jurisdiction>();
  readonly instruments = new Map<string, InstrumentData>();
  readonly provisions: ProvisionIndex;
  readonly requirements = new Map<string, RequirementEntry>();
  readonly taxonomies = new Map<string, TaxonomyFile>();
  readonly glossaries = new Map<string, GlossaryFile>();
  private readonly requirementsByInstrument = new Map<string, RequirementEntry[]>();
  private readonly requirementsByArticle = new Map<string, RequirementEntry[]>();
  private assessmentIndex: Map<string, AssessmentFile> | undefined;
  private recommendationIndex: Map<string, { file: RecommendationsFile; recommendation: Recommendation }> | undefined;
  private structureIndex: Map<string, StructureEntry> | undefined;
  private readonly structuresByInstrument = new Map<string, Map<string, StructureEntry>>();

  constructor(data: CorpusData) {
    this.data = data;
    this.provisions = new ProvisionIndex(this.instruments);
    for (const j of data.jurisdictions) this.jurisdictions.set(j.code, j);
    for (const inst of data.instruments) {
      this.instruments.set(inst.meta.id, inst);
      for (const r of inst.requirements) {
        const ref = `${inst.meta.id}/${r.provision}#${r.id}`;
        const article = this.provisions.get(`${inst.meta.id}/${r.provision}`)?.article.id ?? r.provision.split('.')[0]!;
        const entry = { ...r, ref, instrument: inst.meta.id, article: `${inst.meta.id}/${article}` };
        this.requirements.set(ref, entry);
        push(this.requirementsByInstrument, entry.instrument, entry);
        push(this.requirementsByArticle, entry.article, entry);
      }
    }
    for (const t of data.taxonomies) this.taxonomies.set(t.id, t);
    for (const g of data.glossaries) this.glossaries.set(g.id, g);
  }

  /** Structural groups by ref (`coe-ets-185/ch-ii.sec-1`), from every instrument's articles; built on first use. */
  get structures(): ReadonlyMap<string, StructureEntry> {
    if (!this.structureIndex) {
      const index = new Map<string, StructureEntry>();
      for (const id of this.instruments.keys()) for (const [ref, entry] of this.structuresOf(id)!) index.set(ref, entry);
      this.structureIndex = index;
    }
    return this.structureIndex;
  }

  /**
   * One structural group by ref, or undefined. Only the instrument the ref names is read (the
   * compiled corpus loads an instrument's provisions when first asked for), where `structures`
   * reads them all.
   */
  structure(ref: string): StructureEntry | undefined {
    return this.structuresOf(ref.slice(0, ref.indexOf('/')))?.get(ref);
  }

  private structuresOf(instrument: string): Map<string, StructureEntry> | undefined {
    let index = this.structuresByInstrument.get(instrument);
    if (index) return index;
    const inst = this.instruments.get(instrument);
    if (!inst) return undefined;
    index = new Map();
    for (const article of inst.provisions) {
      for (let i = 0; i < article.path.length; i++) {
        const path = article.path.slice(0, i + 1);
        const ref = `${instrument}/${structureId(path)}`;
        if (!index.has(ref)) index.set(ref, { ref, instrument, path });
      }
    }
    this.structuresByInstrument.set(instrument, index);
    return index;
  }

  get assessments(): readonly AssessmentFile[] {
    return this.data.assessments;
  }

  origin(key: string): Origin | undefined {
    return this.data.origins[key];
  }

  /** Requirements of one instrument, in corpus order. */
  requirementsOf(instrument: string): readonly RequirementEntry[] {
    return this.requirementsByInstrument.get(instrument) ?? [];
  }

  /** Requirements of one article (`coe-ets-185/art-2`), its paragraphs' included, in corpus order. */
  requirementsOfArticle(article: string): readonly RequirementEntry[] {
    return this.requirementsByArticle.get(article) ?? [];
  }

  /** The assessment file of a jurisdiction against a reference: the one made against it, else one that also covers it. */
  assessmentFor(jurisdiction: string, reference: string): AssessmentFile | undefined {
    if (!this.assessmentIndex) {
      const index = new Map<string, AssessmentFile>();
      // Files made against the reference first, so that they win over files that also cover it.
      for (const a of this.data.assessments) if (!index.has(`${a.jurisdiction} ${a.reference}`)) index.set(`${a.jurisdiction} ${a.reference}`, a);
      for (const a of this.data.assessments) for (const r of a.alsoCovers) if (!index.has(`${a.jurisdiction} ${r}`)) index.set(`${a.jurisdiction} ${r}`, a);
      this.assessmentIndex = index;
    }
    return this.assessmentIndex.get(`${jurisdiction} ${reference}`);
  }

  /** Every recommendations file of the corpus. */
  get recommendationFiles(): readonly RecommendationsFile[] {
    return this.data.recommendations ?? [];
  }

  /** A recommendation by id (`MX-2-declare`), with the file it belongs to. */
  recommendation(id: string): { file: RecommendationsFile; recommendation: Recommendation } | undefined {
    if (!this.recommendationIndex) {
      const index = new Map<string, { file: RecommendationsFile; recommendation: Recommendation }>();
      for (const file of this.recommendationFiles) for (const recommendation of file.recommendations) if (!index.has(recommendation.id)) index.set(recommendation.id, { file, recommendation });
      this.recommendationIndex = index;
    }
    return this.recommendationIndex.get(id);
  }

  /** The recommendations of a jurisdiction whose article belongs to a reference instrument, in file order. */
  recommendationsFor(jurisdiction: string, reference: string): { file: RecommendationsFile; recommendation: Recommendation }[] {
    const out: { file: RecommendationsFile; recommendation: Recommendation }[] = [];
    for (const file of this.recommendationFiles) {
      if (file.jurisdiction !== jurisdiction) continue;
      for (const recommendation of file.recommendations) if (recommendation.article.startsWith(reference + '/')) out.push({ file, recommendation });
    }
    return out;
  }

  /** A taxonomy area by `taxonomy/CODE`. */
  area(ref: string): { taxonomy: TaxonomyFile; area: TaxonomyArea } | undefined {
    const [tid, code] = ref.split('/');
    const taxonomy = this.taxonomies.get(tid ?? '');
    const area = taxonomy?.areas.find((a) => a.code === code);
    return taxonomy && area ? { taxonomy, area } : undefined;
  }
}

/**
 * Provisions by ref (`mx-cpf/art-211-bis-1`). Each instrument is indexed, in a map of its own, the
 * first time one of its provisions is asked for: a matrix over a few jurisdictions never indexes the
 * thousands of provisions it does not cite, and a corpus of 200 codes is 200 small maps, not one huge one.
 */
export class ProvisionIndex {
  private readonly indexed = new Map<string, Map<string, ProvisionEntry>>();
  constructor(private readonly instruments: ReadonlyMap<string, InstrumentData>) {}

  get(ref: string): ProvisionEntry | undefined {
    const slash = ref.indexOf('/');
    return slash < 0 ? undefined : this.of(ref.slice(0, slash))?.get(ref.slice(slash + 1));
  }

  has(ref: string): boolean {
    return this.get(ref) !== undefined;
  }

  /** How many provisions the corpus holds (indexes every instrument). */
  get size(): number {
    let n = 0;
    for (const id of this.instruments.keys()) n += this.of(id)!.size;
    return n;
  }

  /** Every ref, instrument by instrument in corpus order. */
  *keys(): IterableIterator<string> {
    for (const entry of this.values()) yield entry.ref;
  }

  *values(): IterableIterator<ProvisionEntry> {
    for (const id of this.instruments.keys()) yield* this.of(id)!.values();
  }

  private of(instrument: string): Map<string, ProvisionEntry> | undefined {
    let byId = this.indexed.get(instrument);
    if (byId) return byId;
    const inst = this.instruments.get(instrument);
    if (!inst) return undefined;
    byId = new Map();
    for (const article of inst.provisions) {
      walk(article, (provision) => byId!.set(provision.id, { ref: `${instrument}/${provision.id}`, instrument: inst.meta, provision, article }));
    }
    this.indexed.set(instrument, byId);
    return byId;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Visit a provision and its children, depth first. */
export function walk(p: Provision, visit: (p: Provision, depth: number) => void, depth = 0): void {
  visit(p, depth);
  for (const c of p.children) walk(c, visit, depth + 1);
}

const levelPrefix: Record<string, string> = {
  preamble: 'pre',
  book: 'lib',
  part: 'part',
  title: 'tit',
  chapter: 'ch',
  section: 'sec',
  subtitle: 'sub',
  transitory: 'trans',
  pillar: 'pil',
  objective: 'obj',
  axis: 'axis',
  annex: 'annex',
};

/** The id of a structural group from its path: chapter II, section 1 → `ch-ii.sec-1`. */
export function structureId(path: readonly PathSegment[]): string {
  return path
    .map((s) => {
      const n = (s.number ?? s.title ?? 'x')
        .toLowerCase()
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      return `${levelPrefix[s.level] ?? s.level}-${n || 'x'}`;
    })
    .join('.');
}
