import type { Provision } from '../model/types.js';
import type { Dropped, SourceFormat } from './blocks.js';
import { IngestError } from './errors.js';
import { getProfile } from './profiles/index.js';
import { readSource } from './read/index.js';
import { segmentHeaded } from './segment/headed.js';
import { segmentLined } from './segment/lined.js';
import type { Profile, SegmentResult } from './segment/profile.js';
import type { Block } from './blocks.js';

export interface IngestOptions {
  format: SourceFormat;
  /** A profile name (`mx-federal`, `coe-treaty`) or a profile object. */
  profile: string | Profile;
  file?: string | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

export interface IngestResult {
  provisions: Provision[];
  /** What the reader dropped (page headers, tags) and what the segmenter did not keep, with the reason. */
  dropped: Dropped[];
  skipped: Dropped[];
  blocks: number;
}

/** Segment blocks with a profile. */
export function segment(blocks: Block[], profile: string | Profile): SegmentResult {
  const p = typeof profile === 'string' ? getProfile(profile) : profile;
  return p.engine === 'headed' ? segmentHeaded(blocks, p) : segmentLined(blocks, p);
}

/** Read an official text and segment it into provisions. Throws `IngestError` on unreadable input or when nothing is found. */
export async function ingest(data: Uint8Array, options: IngestOptions): Promise<IngestResult> {
  const read = await readSource(data, options.format, { file: options.file, onProgress: options.onProgress });
  if (read.blocks.length === 0) throw new IngestError('NO_TEXT', 'no text found in the file', { file: options.file });
  const seg = segment(read.blocks, options.profile);
  if (seg.provisions.length === 0) {
    const name = typeof options.profile === 'string' ? options.profile : options.profile.name;
    throw new IngestError('NO_PROVISIONS', `no provisions found with profile "${name}" (${read.blocks.length} blocks of text read)`, { file: options.file });
  }
  return { provisions: seg.provisions, dropped: read.dropped, skipped: seg.skipped, blocks: read.blocks.length };
}
