/**
 * The interface language (English or Spanish): the viewer's own words here; the words it shares with
 * the CLI and every report (statuses, coverage, relationships, structures, reasons, citations) come
 * from core's catalogues through `words()`. Corpus content shows in the chosen language where the
 * corpus has it; anything else is marked with its language. The language is in the URL (`?lang=es`),
 * else the reader's last choice, else the browser's language.
 */
import { words as coreWords, type Words } from '../../../core/src/document/words.js';
import type { ProseMap, Status, ViewerData } from '../shared/types.js';

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
  noAssessment: (j: string) => `No assessment of ${j} in this corpus.`,
  assessedAre: 'Assessed jurisdictions:',
  compareWith: 'Jurisdictions side by side',
  columns: 'Columns',
  exportCsv: 'Download this table (csv)',
  downloads: 'The whole matrix, as `lexharmony gaps` writes it:',
  cite: 'Cite this view',
  citeHelp: 'A citation of this view, with its address, the corpus version and the date:',
  copy: 'Copy',
  copied: 'Copied',
  chart: 'Statuses by chapter',
  chartHelp: 'Articles of each chapter by status, one bar per jurisdiction; the table below holds the same numbers.',
  profile: 'Profile against the parts of the Convention',
  count: 'Articles',
  total: 'Total',
  fullPath: 'Full path',
  authentic: 'Authentic text',
  secondaryQuote: 'Secondary quote',
  quotedFrom: 'quoted from',
  notOfficialText: 'the official text is not in the sources',
  inEnglish: 'in English',
  pickStrategies: 'Strategies to compare',
  compareStrategies: 'Side by side',
  allStrategies: 'All strategies',
  strategyCoverage: 'Lines linked, by taxonomy area',
  timelineLegend: 'Legend of the time line:',
  fileProtocol: 'This page was opened from disk. Browsers do not let a page read its data file from disk: serve the folder, for example with "lexharmony viewer serve --out <this folder>", then open the address it prints.',
  printed: 'Printed from',
  noLines: 'no line linked',
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
  noAssessment: (j: string) => `Este corpus no tiene evaluación de ${j}.`,
  assessedAre: 'Jurisdicciones evaluadas:',
  compareWith: 'Jurisdicciones lado a lado',
  columns: 'Columnas',
  exportCsv: 'Descargar esta tabla (csv)',
  downloads: 'La matriz completa, como la escribe `lexharmony gaps`:',
  cite: 'Citar esta vista',
  citeHelp: 'Una cita de esta vista, con su dirección, la versión del corpus y la fecha:',
  copy: 'Copiar',
  copied: 'Copiado',
  chart: 'Estados por capítulo',
  chartHelp: 'Artículos de cada capítulo por estado, una barra por jurisdicción; la tabla de abajo tiene las mismas cifras.',
  profile: 'Perfil frente a las partes del Convenio',
  count: 'Artículos',
  total: 'Total',
  fullPath: 'Ruta completa',
  authentic: 'Texto auténtico',
  secondaryQuote: 'Cita secundaria',
  quotedFrom: 'citada de',
  notOfficialText: 'el texto oficial no está en las fuentes',
  inEnglish: 'en inglés',
  pickStrategies: 'Estrategias que comparar',
  compareStrategies: 'Lado a lado',
  allStrategies: 'Todas las estrategias',
  strategyCoverage: 'Líneas vinculadas, por área de la taxonomía',
  timelineLegend: 'Leyenda de la línea de tiempo:',
  fileProtocol: 'Esta página se abrió desde el disco. Los navegadores no dejan que una página lea su archivo de datos desde el disco: sirva la carpeta, por ejemplo con "lexharmony viewer serve --out <esta carpeta>", y abra la dirección que imprime.',
  printed: 'Impreso desde',
  noLines: 'ninguna línea vinculada',
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
};

const KEY = 'lexharmony.lang';
let current: Lang = 'en';

const isLang = (s: string | null | undefined): s is Lang => s === 'en' || s === 'es';

/** The language of a page: `?lang=` in its URL hash, else the reader's last choice, else the browser's language. */
export function initLang(hash: string = location.hash): Lang {
  const fromUrl = new URLSearchParams(hash.split('?')[1] ?? '').get('lang');
  let saved: string | null = null;
  // Storage only when the URL names no language: its first read costs a page load tens of milliseconds.
  try {
    if (!isLang(fromUrl)) saved = localStorage.getItem(KEY);
  } catch {
    // storage unavailable (privacy mode)
  }
  const browser = (navigator.languages?.[0] ?? navigator.language ?? '').toLowerCase().startsWith('es') ? 'es' : 'en';
  current = isLang(fromUrl) ? fromUrl : isLang(saved) ? saved : browser;
  document.documentElement.lang = current;
  return current;
}

export function setLang(lang: Lang): void {
  current = lang;
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // not persisted; the URL keeps it
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

/** The language a name `pick` gave is in. */
export function pickLang(names: Record<string, string>): string {
  return names[current] !== undefined ? current : names.en !== undefined ? 'en' : (Object.keys(names)[0] ?? current);
}

let cached: { data: ViewerData; lang: Lang; w: Words } | undefined;

/** Core's words over the data's matrix, in the current language: the same words as the CLI and the reports. */
export function words(data: ViewerData): Words {
  if (cached?.data !== data || cached.lang !== current) {
    const names: Record<string, ProseMap> = {};
    for (const j of data.jurisdictions) names[j.code] = j.names;
    cached = { data, lang: current, w: coreWords(current, { cites: data.matrix.cites, names }) };
  }
  return cached.w;
}

/** A status word from the catalogue (`no provision` / `sin disposición`). */
export function statusWord(data: ViewerData, s: Status): string {
  return words(data).t(`status.${s}`);
}
