/**
 * The interface language (English or Spanish). Only the interface is translated; corpus texts show
 * as the corpus holds them, with their language labelled. The choice is kept in localStorage.
 */
import type { Status } from '../shared/types.js';

export type Lang = 'en' | 'es';

const en = {
  title: 'lexharmony viewer',
  tagline: 'National law and strategies beside the Budapest Convention',
  skip: 'Skip to content',
  nav: 'Views',
  matrix: 'Gap matrix',
  strategies: 'Strategies',
  treaties: 'Treaty status',
  search: 'Search',
  language: 'Español',
  languageLabel: 'Ver la interfaz en español',
  loading: 'Loading…',
  loadFailed: 'The data could not be loaded:',
  notFound: 'Nothing here. Back to the gap matrix.',
  legend: 'Legend',
  chapter: 'Chapter',
  allChapters: 'All chapters',
  statuses: 'Show statuses',
  article: 'Article',
  stale: 'stale',
  staleLong: 'Stale: a cited provision changed since the finding was made.',
  matrixHelp: 'Arrow keys move between cells; Enter opens the detail.',
  noRows: 'No article matches these filters.',
  requirements: 'Requirements',
  reference: 'Reference text',
  national: 'National provisions',
  officialText: 'Official text',
  unofficialTranslation: 'Unofficial translation',
  officialTranslation: 'Official translation',
  by: 'by',
  findings: 'Findings',
  requirement: 'Requirement',
  kind: 'Kind',
  statusLabel: 'Status',
  coverage: 'Coverage',
  relationship: 'Relationship',
  optionReservation: 'Acceptable with',
  made: 'made',
  notMade: 'not made',
  rationale: 'Rationale',
  confidence: 'Confidence',
  sources: 'Sources',
  searched: 'Searched',
  noCitation: 'No provision cited.',
  noFindings: 'Not assessed: no finding for this article. This is not a gap.',
  needs: 'Needs',
  history: 'History',
  jurisdiction: 'Jurisdiction',
  prev: 'Previous article',
  next: 'Next article',
  citedBy: 'Cited for',
  openProvision: 'Open provision',
  strategyIntro: 'Lines of national cybersecurity strategies linked to areas of the strategy taxonomy and to the Budapest Convention. A strategy link supports an area; it never counts as legal conformity.',
  againstTaxonomy: 'Against the strategy taxonomy',
  againstBudapest: 'Against the Budapest Convention',
  strategy: 'Strategy',
  area: 'Area',
  viaArea: 'through its taxonomy area',
  named: 'named',
  candidate: 'candidate',
  subject: 'subject',
  studyNote: 'subject: the strategy under study (Mexico, ENCS 2017); named: named by the Mexican government as studied; candidate: plausibly studied, on indirect evidence only.',
  quotes: (n: number) => (n === 1 ? '1 quote' : `${n} quotes`),
  noStrategies: 'The corpus holds no strategy links.',
  treatyIntro: 'Treaty events by country, in date order, with their sources.',
  undated: 'date unknown',
  date: 'Date',
  instrument: 'Instrument',
  eventCol: 'Event',
  noEvents: 'No treaty event recorded.',
  assessedBadge: 'assessed',
  searchLabel: 'Search the texts (Spanish or English)',
  searchPlaceholder: 'e.g. interceptación, illegal access, 211 bis',
  results: (n: number) => (n === 1 ? '1 result' : `${n} results`),
  noResults: 'No results.',
  kindArticle: 'Budapest article',
  kindProvision: 'National provision',
  kindStrategy: 'Strategy',
  kindRequirement: 'Requirement',
  generated: 'Corpus',
  event: {
    signature: 'Signature',
    ratification: 'Ratification',
    accession: 'Accession',
    acceptance: 'Acceptance',
    'entry-into-force': 'Entry into force',
    'invited-to-accede': 'Invited to accede',
    observer: 'Observer',
    'not-signed': 'Not signed',
  } as Record<string, string>,
  status: {
    full: 'full',
    'full-as-assessed': 'full as far as assessed',
    conditional: 'conditional',
    partial: 'partial',
    none: 'no provision',
    'not-assessed': 'not assessed',
    'not-applicable': 'not applicable',
  } as Record<Status, string>,
  meaning: {
    full: 'The law covers every requirement.',
    'full-as-assessed': 'Every requirement assessed is met; others are not assessed yet. Not a gap.',
    conditional: 'Covered only with a declaration or reservation not (yet) made.',
    partial: 'Covered in part.',
    none: 'Assessed: no provision covers it.',
    'not-assessed': 'No finding yet. Not a gap.',
    'not-applicable': 'Asks nothing of national law.',
  } as Record<Status, string>,
};

type Strings = typeof en;

const es: Strings = {
  title: 'visor lexharmony',
  tagline: 'Derecho y estrategias nacionales frente al Convenio de Budapest',
  skip: 'Ir al contenido',
  nav: 'Vistas',
  matrix: 'Matriz de brechas',
  strategies: 'Estrategias',
  treaties: 'Estado del tratado',
  search: 'Buscar',
  language: 'English',
  languageLabel: 'Show the interface in English',
  loading: 'Cargando…',
  loadFailed: 'No se pudieron cargar los datos:',
  notFound: 'Aquí no hay nada. Volver a la matriz de brechas.',
  legend: 'Leyenda',
  chapter: 'Capítulo',
  allChapters: 'Todos los capítulos',
  statuses: 'Mostrar estados',
  article: 'Artículo',
  stale: 'desactualizado',
  staleLong: 'Desactualizado: una disposición citada cambió después del análisis.',
  matrixHelp: 'Las flechas mueven entre celdas; Intro abre el detalle.',
  noRows: 'Ningún artículo coincide con estos filtros.',
  requirements: 'Requisitos',
  reference: 'Texto de referencia',
  national: 'Disposiciones nacionales',
  officialText: 'Texto oficial',
  unofficialTranslation: 'Traducción no oficial',
  officialTranslation: 'Traducción oficial',
  by: 'por',
  findings: 'Hallazgos',
  requirement: 'Requisito',
  kind: 'Tipo',
  statusLabel: 'Estado',
  coverage: 'Cobertura',
  relationship: 'Relación',
  optionReservation: 'Aceptable con',
  made: 'formulada',
  notMade: 'no formulada',
  rationale: 'Razonamiento',
  confidence: 'Confianza',
  sources: 'Fuentes',
  searched: 'Buscado en',
  noCitation: 'Ninguna disposición citada.',
  noFindings: 'No evaluado: no hay hallazgos para este artículo. No es una brecha.',
  needs: 'Requiere',
  history: 'Historia',
  jurisdiction: 'Jurisdicción',
  prev: 'Artículo anterior',
  next: 'Artículo siguiente',
  citedBy: 'Citada para',
  openProvision: 'Abrir disposición',
  strategyIntro: 'Líneas de estrategias nacionales de ciberseguridad vinculadas a áreas de la taxonomía de estrategias y al Convenio de Budapest. Un vínculo de estrategia apoya un área; nunca cuenta como conformidad jurídica.',
  againstTaxonomy: 'Frente a la taxonomía de estrategias',
  againstBudapest: 'Frente al Convenio de Budapest',
  strategy: 'Estrategia',
  area: 'Área',
  viaArea: 'por su área de la taxonomía',
  named: 'nombrada',
  candidate: 'candidata',
  subject: 'objeto',
  studyNote: 'objeto: la estrategia estudiada (México, ENCS 2017); nombrada: el gobierno mexicano la nombró como estudiada; candidata: posiblemente estudiada, solo con evidencia indirecta.',
  quotes: (n: number) => (n === 1 ? '1 cita' : `${n} citas`),
  noStrategies: 'El corpus no contiene vínculos de estrategias.',
  treatyIntro: 'Eventos del tratado por país, en orden cronológico, con sus fuentes.',
  undated: 'fecha desconocida',
  date: 'Fecha',
  instrument: 'Instrumento',
  eventCol: 'Evento',
  noEvents: 'Ningún evento registrado.',
  assessedBadge: 'evaluado',
  searchLabel: 'Buscar en los textos (español o inglés)',
  searchPlaceholder: 'p. ej. interceptación, illegal access, 211 bis',
  results: (n: number) => (n === 1 ? '1 resultado' : `${n} resultados`),
  noResults: 'Sin resultados.',
  kindArticle: 'Artículo de Budapest',
  kindProvision: 'Disposición nacional',
  kindStrategy: 'Estrategia',
  kindRequirement: 'Requisito',
  generated: 'Corpus',
  event: {
    signature: 'Firma',
    ratification: 'Ratificación',
    accession: 'Adhesión',
    acceptance: 'Aceptación',
    'entry-into-force': 'Entrada en vigor',
    'invited-to-accede': 'Invitado a adherirse',
    observer: 'Observador',
    'not-signed': 'No firmado',
  },
  status: {
    full: 'pleno',
    'full-as-assessed': 'pleno en lo evaluado',
    conditional: 'condicional',
    partial: 'parcial',
    none: 'sin disposición',
    'not-assessed': 'no evaluado',
    'not-applicable': 'no aplica',
  },
  meaning: {
    full: 'La ley cubre todos los requisitos.',
    'full-as-assessed': 'Se cumple todo lo evaluado; otros requisitos aún no se evaluaron. No es una brecha.',
    conditional: 'Cubierto solo con una declaración o reserva no formulada (aún).',
    partial: 'Cubierto en parte.',
    none: 'Evaluado: ninguna disposición lo cubre.',
    'not-assessed': 'Sin hallazgos todavía. No es una brecha.',
    'not-applicable': 'No exige nada al derecho nacional.',
  },
};

const KEY = 'lexharmony.lang';
let current: Lang = 'en';

export function initLang(): Lang {
  try {
    const saved = localStorage.getItem(KEY);
    if (saved === 'en' || saved === 'es') current = saved;
  } catch {
    // storage unavailable (file://, privacy mode): stay in English
  }
  document.documentElement.lang = current;
  return current;
}

export function setLang(lang: Lang): void {
  current = lang;
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // not persisted; the choice holds for this page
  }
}

export function lang(): Lang {
  return current;
}

export function t(): Strings {
  return current === 'es' ? es : en;
}

/** A localised name from a corpus `{en, es, …}` record. */
export function pick(names: Record<string, string>): string {
  return names[current] ?? names.en ?? Object.values(names)[0] ?? '';
}
