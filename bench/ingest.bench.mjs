// Ingest benchmarks: each case runs in its own child process (so that peak memory is its own)
// and compares lexharmony's reader + segmenter with the library underneath, in the same run.
//   CPF.txt (850 KB) → provisions ≤ 300 ms
//   CPF.pdf (351 pages) → provisions ≤ 1.2 × pdf.js getTextContent over every page
//   re-ingest of one CPF article from the PDF ≤ 1.5 × pdf.js opening it and reading the pages that
//   article needs (its pages, found from the bookmarks, and the first page for the version)
//   a generated 2 MB HTML page → provisions ≤ 1.5 × rehype-parse's own parse
//   peak RSS ≤ 400 MB in each case
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, peakRssMb, record, report } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const sources = process.env.LEXHARMONY_SOURCES ?? join(root, '../shared/sources');
const core = join(root, 'packages/core/dist/ingest/index.js');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Time two functions in alternation, so that load on the machine hits both alike. */
async function paired(a, b, runs) {
  const ta = [];
  const tb = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    let t = performance.now();
    await a();
    ta.push(performance.now() - t);
    globalThis.gc?.();
    t = performance.now();
    await b();
    tb.push(performance.now() - t);
  }
  return [median(ta), median(tb)];
}

const cases = {
  async txt() {
    const { ingest } = await import(core);
    const data = readFileSync(join(sources, 'mexico/CPF.txt'));
    const t = await measure(() => ingest(data, { format: 'txt', profile: 'mx-federal' }), { runs: 15, warmup: 3 });
    return { ms: t.median };
  },
  async pdf() {
    const { ingest } = await import(core);
    const pdfjs = await import(join(root, 'packages/core/node_modules/pdfjs-dist/legacy/build/pdf.mjs'));
    const data = readFileSync(join(sources, 'mexico/CPF.pdf'));
    const baseline = async () => {
      const doc = await pdfjs.getDocument({ data: new Uint8Array(data), disableFontFace: true, isEvalSupported: false, useWorkerFetch: false, verbosity: 0 }).promise;
      for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getTextContent();
      await doc.destroy();
    };
    const ours = () => ingest(data, { format: 'pdf', profile: 'mx-federal' });
    await ours(); // warm both code paths once
    const [base, ms] = await paired(baseline, ours, 3);
    return { ms, base };
  },
  async reingest() {
    const { ingest, selectProvisions, mergeProvisions, readProvisionsFile } = await import(core);
    const pdfjs = await import(join(root, 'packages/core/node_modules/pdfjs-dist/legacy/build/pdf.mjs'));
    const data = readFileSync(join(sources, 'mexico/CPF.pdf'));
    const file = join(root, 'corpora/instruments/mx-cpf/provisions.yaml');
    const text = readFileSync(file, 'utf8');
    const id = 'art-211-bis-1';
    const path = readProvisionsFile(file, text, 'mx-cpf').value.provisions.find((p) => p.id === id).path;
    // What `ingest CPF.pdf --select art-211-bis-1 --into …` does once the official file has changed: read the
    // article's pages and the first one (for the version), segment, keep the article.
    const ours = async () => {
      const r = await ingest(data, { format: 'pdf', profile: 'mx-federal', select: [id], path, version: true });
      return { r, kept: selectProvisions(r.provisions, [id]) };
    };
    const { r } = await ours();
    const pages = r.pages.read;
    // pdf.js alone: open the document, read the text of those pages.
    const baseline = async () => {
      const doc = await pdfjs.getDocument({ data: new Uint8Array(data), disableFontFace: true, isEvalSupported: false, useWorkerFetch: false, verbosity: 0 }).promise;
      for (const n of pages) await (await doc.getPage(n)).getTextContent();
      await doc.destroy();
    };
    await baseline();
    const [base, ms] = await paired(baseline, ours, 15);
    // The merge into the provisions file (one YAML parse and schema check of it, the splice), apart.
    const merge = [];
    for (let i = 0; i < 10; i++) {
      const { r: again, kept } = await ours();
      const t = performance.now();
      mergeProvisions(file, text, 'mx-cpf', kept, again.provisions.map((p) => p.id));
      merge.push(performance.now() - t);
    }
    return { ms, base, pages, total: r.pages.total, merge: median(merge) };
  },
  async html() {
    const { ingest } = await import(core);
    const { unified } = await import(join(root, 'packages/core/node_modules/unified/index.js'));
    const rehypeParse = (await import(join(root, 'packages/core/node_modules/rehype-parse/index.js'))).default;
    const html = generateHtml(2 * 1024 * 1024);
    const data = new TextEncoder().encode(html);
    const baseline = () => unified().use(rehypeParse).parse(html);
    const ours = () => ingest(data, { format: 'html', profile: 'coe-treaty' });
    const r = await ours();
    if (r.provisions.length < 500) throw new Error(`expected the generated page to give articles, got ${r.provisions.length}`);
    await baseline();
    const [base, ms] = await paired(baseline, ours, 7);
    return { ms, base };
  },
};

/** A treaty-like page: chapters, articles with titles, numbered paragraphs, lettered items, a table, entities, scripts. */
function generateHtml(bytes) {
  const parts = ['<!doctype html><html><head><title>Treaty</title><style>h3{color:#333}</style><script>var x = 1 < 2;</script></head><body>'];
  let size = parts[0].length;
  for (let a = 1; size < bytes; a++) {
    const chunk =
      (a % 40 === 1 ? `<h2>CHAPTER&nbsp;${a}</h2><h3>GENERAL&nbsp;PROVISIONS</h3>` : '') +
      `<h3>Article ${a}</h3><h4>Heading of article ${a} &ndash; scope</h4>` +
      `<p>1. Each Party shall adopt such legislative and other measures as may be necessary to establish as criminal offences under its domestic law, when committed intentionally, the conduct&nbsp;described in <em>Article ${a}</em>:</p>` +
      '<ul><li>a) the production, sale, procurement for use, import, distribution or otherwise making available of a device;</li><li>b) the possession of an item referred to in paragraph a &amp; above.</li></ul>' +
      `<p>2. A Party may reserve the right not to apply paragraph 1 of this article.</p>` +
      (a % 25 === 0 ? '<table><tr><td>Party</td><td>Declaration</td></tr><tr><td>A</td><td>None</td></tr></table><script>document.title = "x"</script>' : '');
    parts.push(chunk);
    size += chunk.length;
  }
  parts.push('</body></html>');
  return parts.join('');
}

const which = process.argv[2];
if (which) {
  // Child: run one case, print its figures as JSON.
  const result = await cases[which]();
  console.log(JSON.stringify({ ...result, peak: peakRssMb() }));
} else {
  if (!existsSync(join(sources, 'mexico/CPF.txt'))) console.log(`(${sources} not found: the CPF cases are skipped)`);
  for (const name of Object.keys(cases)) {
    if (name !== 'html' && !existsSync(join(sources, 'mexico/CPF.txt'))) continue;
    const child = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), name], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (child.status !== 0) {
      console.error(child.stderr);
      record(`${name}: run`, 'failed', '', 'runs', false);
      continue;
    }
    const r = JSON.parse(child.stdout.trim().split('\n').at(-1));
    if (name === 'txt') record('CPF.txt → provisions (median)', r.ms, 'ms', '≤ 300 ms', r.ms <= 300);
    if (name === 'pdf') {
      record('CPF.pdf: pdf.js getTextContent, every page (median)', r.base, 'ms', '(baseline)', true);
      record('CPF.pdf → provisions (median)', r.ms, 'ms', '≤ 1.2 × baseline', r.ms <= 1.2 * r.base);
      record('CPF.pdf ratio', r.ms / r.base, '×', '≤ 1.2', r.ms <= 1.2 * r.base);
    }
    if (name === 'reingest') {
      record(`CPF.pdf: pdf.js opening it and reading the ${r.pages.length} pages art-211-bis-1 needs (pages ${r.pages.join(', ')} of ${r.total}; median of 15)`, r.base, 'ms', '(baseline)', true);
      record('re-ingest of art-211-bis-1 from CPF.pdf (bookmarks, those pages, segment, select; median of 15)', r.ms, 'ms', '≤ 1.5 × baseline', r.ms <= 1.5 * r.base);
      record('re-ingest ratio', r.ms / r.base, '×', '≤ 1.5', r.ms <= 1.5 * r.base);
      record('merge of that article into mx-cpf/provisions.yaml (parse and check the file, splice; median of 10)', r.merge, 'ms', '(info)', true);
    }
    if (name === 'html') {
      record('2 MB HTML: rehype-parse parse (median)', r.base, 'ms', '(baseline)', true);
      record('2 MB HTML → provisions (median)', r.ms, 'ms', '≤ 1.5 × baseline', r.ms <= 1.5 * r.base);
      record('2 MB HTML ratio', r.ms / r.base, '×', '≤ 1.5', r.ms <= 1.5 * r.base);
    }
    record(`${name}: peak RSS`, r.peak, 'MB', '≤ 400 MB', r.peak <= 400);
  }
  report();
}
