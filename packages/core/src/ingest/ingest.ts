import type { PathSegment, Provision } from '../model/types.js';
import type { Dropped, SourceFormat } from './blocks.js';
import { IngestError } from './errors.js';
import { getProfile } from './profiles/index.js';
import { readSource, type OutlineEntry } from './read/index.js';
import { segmentHeaded } from './segment/headed.js';
import { segmentLined } from './segment/lined.js';
import type { LinedProfile, Profile, SegmentResult } from './segment/profile.js';
import type { Block } from './blocks.js';

export interface IngestOptions {
  format: SourceFormat;
  /** A profile name (`mx-federal`, `coe-treaty`) or a profile object. */
  profile: string | Profile;
  file?: string | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
  /**
   * The articles wanted (and `neighbours` on each side). A PDF whose bookmarks locate its articles
   * (a profile with `bookmark`) is then read only on the pages that hold them; the provisions found
   * are all those on those pages, the caller keeps the ones it wants.
   */
  select?: readonly string[] | undefined;
  neighbours?: number | undefined;
  /** For a PDF read in part: the structural path in effect on the first page read (the headings above it are not read). */
  path?: readonly PathSegment[] | undefined;
  /** Also find the version the text states (a profile with `version`), reading the first page for it if need be. */
  version?: boolean | undefined;
}

export interface IngestResult {
  provisions: Provision[];
  /** What the reader dropped (page headers, tags) and what the segmenter did not keep, with the reason. */
  dropped: Dropped[];
  skipped: Dropped[];
  blocks: number;
  /** A PDF read in part: the pages read, of how many. */
  pages?: { read: number[]; total: number } | undefined;
  /** The version the text states, when asked for and found: the line as printed and its date. */
  version?: { text: string; date: string } | undefined;
}

/** Segment blocks with a profile; `path` is the structural path in effect where the blocks start (line profiles). */
export function segment(blocks: Block[], profile: string | Profile, options: { path?: readonly PathSegment[] | undefined } = {}): SegmentResult {
  const p = typeof profile === 'string' ? getProfile(profile) : profile;
  return p.engine === 'headed' ? segmentHeaded(blocks, p) : segmentLined(blocks, p, options);
}

/** Read an official text and segment it into provisions. Throws `IngestError` on unreadable input or when nothing is found. */
export async function ingest(data: Uint8Array, options: IngestOptions): Promise<IngestResult> {
  const profile = typeof options.profile === 'string' ? getProfile(options.profile) : options.profile;
  let planned: number[] | undefined;
  const bookmarked = options.select && options.format === 'pdf' && profile.engine === 'lined' && profile.bookmark ? profile : undefined;
  const pages =
    bookmarked &&
    (async (outline: OutlineEntry[], count: number) => {
      planned = await pagesHolding(outline, count, bookmarked, options.select!, options.neighbours ?? 0);
      // The version is stated on the first page.
      return planned && options.version && bookmarked.version ? [...new Set([1, ...planned])].sort((a, b) => a - b) : planned;
    });
  const read = await readSource(data, options.format, { file: options.file, onProgress: options.onProgress, pages });
  if (read.blocks.length === 0) throw new IngestError('NO_TEXT', { key: 'msg.ingest.noText' }, { file: options.file });
  // The first page, read only for the version it states, is not text of the articles.
  const blocks = planned && !planned.includes(1) ? read.blocks.filter((b) => b.page !== 1) : read.blocks;
  const seg = segment(blocks, profile, { path: planned ? options.path : undefined });
  if (seg.provisions.length === 0) {
    throw new IngestError('NO_PROVISIONS', { key: 'msg.ingest.noProvisions', params: { profile: profile.name, blocks: read.blocks.length } }, { file: options.file });
  }
  return {
    provisions: seg.provisions,
    dropped: read.dropped,
    skipped: seg.skipped,
    blocks: blocks.length,
    pages: read.pages,
    version: options.version && profile.engine === 'lined' ? versionOf(read.blocks, profile) : undefined,
  };
}

/**
 * The pages holding the wanted articles, from the PDF's bookmarks: from the page each article's
 * bookmark points to, to the page of the bookmark after it (where the next article, or the
 * transitory articles, start). Only those bookmarks' pages are looked up. Undefined (read every
 * page) when a wanted article has no bookmark, or a bookmark's page cannot be found or comes before
 * the one above it.
 */
async function pagesHolding(outline: OutlineEntry[], count: number, profile: LinedProfile, wanted: readonly string[], neighbours: number): Promise<number[] | undefined> {
  // The articles' bookmarks in order, up to the transitory articles (whose bookmark ends the last article).
  const articles: { id: string; entry: OutlineEntry }[] = [];
  let end: OutlineEntry | undefined;
  for (const entry of outline) {
    if (profile.transitory?.test(entry.title.replace(/_/g, ' '))) {
      end = entry;
      break;
    }
    const m = profile.bookmark!.exec(entry.title);
    if (m) articles.push({ id: profile.articleId(m[1]!.replace(/_/g, ' '), []), entry });
  }
  const index = new Map(articles.map((a, i) => [a.id, i]));
  const pages = new Set<number>();
  for (const id of wanted) {
    const i = index.get(id);
    if (i === undefined) return undefined;
    for (let k = Math.max(0, i - neighbours); k <= Math.min(articles.length - 1, i + neighbours); k++) {
      const from = await articles[k]!.entry.page();
      const next = articles[k + 1]?.entry ?? end;
      const to = next ? await next.page() : count;
      if (from === undefined || to === undefined || to < from) return undefined;
      for (let p = from; p <= to; p++) pages.add(p);
    }
  }
  return [...pages].sort((a, b) => a - b);
}

/** The version line the profile recognises, first found, with its date. */
function versionOf(blocks: Block[], profile: LinedProfile): IngestResult['version'] {
  if (!profile.version) return undefined;
  for (const b of blocks) {
    const m = profile.version.exec(b.text);
    if (m) return { text: b.text, date: `${m[3]}-${m[2]}-${m[1]}` };
  }
  return undefined;
}
