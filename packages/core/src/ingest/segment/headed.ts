import type { PathSegment, Provision } from '../../model/types.js';
import { type Block, DropLog } from '../blocks.js';
import type { HeadedProfile, SegmentResult } from './profile.js';
import { matchItem, type OpenItem } from './profile.js';
import { Node } from './tree.js';

/**
 * Segment heading-structured text (a treaty in Markdown or HTML): structure headings and
 * article headings, each with its title in the same heading or the next one; numbered and
 * lettered blocks become children of the article.
 */
export function segmentHeaded(blocks: Block[], profile: HeadedProfile): SegmentResult {
  const skipped = new DropLog();
  const provisions: Node[] = [];
  let path: PathSegment[] = [];
  let preamble: Node | undefined;
  let article: Node | undefined;
  /** The open item at each rank (0 = the article). */
  let open: OpenItem<Node>[] = [];
  /** A structure segment or article waiting for its title heading. */
  let awaiting: { segment?: PathSegment; article?: Node } | undefined;
  let seenStructure = false;
  let ended = false;
  let begun = !profile.begin;
  const preambleHeading = profile.preamble.heading;
  let heading: string | undefined = typeof preambleHeading === 'string' ? preambleHeading : undefined;
  /** Every id given so far: a repeated article or item number must not make two provisions with one id. */
  const ids = new Set<string>();

  for (const b of blocks) {
    if (!begun) {
      begun = b.kind === 'heading' && profile.begin!.pattern.test(b.text);
      skipped.add(begun ? { key: 'msg.ingest.skip.documentTitle' } : profile.begin!.reason, b.text);
      continue;
    }
    if (b.kind === 'heading') {
      const structure = profile.structure.find((s) => s.pattern.test(b.text));
      if (structure) {
        const m = structure.pattern.exec(b.text)!;
        const depth = profile.structure.indexOf(structure);
        // A group closes every group at its depth or below it.
        const kept = path.filter((s) => profile.structure.findIndex((x) => x.level === s.level) < depth);
        const segment: PathSegment = { level: structure.level, number: m[1]!, ...(m[2] ? { title: m[2] } : {}) };
        path = [...kept, segment];
        awaiting = m[2] ? undefined : { segment };
        seenStructure = true;
        article = undefined;
        ended = false;
        continue;
      }
      const a = profile.article.exec(b.text);
      if (a) {
        const number = a[1]!;
        let id = profile.articleId(number);
        if (ids.has(id)) {
          skipped.add({ key: 'msg.ingest.skip.articleRepeated' }, b.text);
          let k = 2;
          while (ids.has(`${id}-dup-${k}`)) k++;
          id = `${id}-dup-${k}`;
        }
        ids.add(id);
        article = new Node({ id, number, kind: 'article', heading: a[2], path: path.map((s) => ({ ...s })), line: b.line });
        provisions.push(article);
        open = [{ node: article, rank: 0, last: new Map() }];
        awaiting = a[2] ? undefined : { article };
        seenStructure = true;
        ended = false;
        continue;
      }
      if (awaiting?.segment) {
        awaiting.segment.title = b.text;
        // Articles already created keep their own copy of the path; later ones get the title.
        awaiting = undefined;
        continue;
      }
      if (awaiting?.article) {
        awaiting.article.heading = b.text;
        awaiting = undefined;
        continue;
      }
      if (!seenStructure && !preamble && preambleHeading instanceof RegExp && preambleHeading.test(b.text)) {
        heading = b.text;
        continue;
      }
      skipped.add(seenStructure ? { key: 'msg.ingest.skip.headingOutside' } : { key: 'msg.ingest.skip.documentTitle' }, b.text);
      continue;
    }
    awaiting = undefined;
    const end = profile.end.find((e) => e.pattern.test(b.text));
    if (end) {
      skipped.add(end.reason, b.text);
      article = undefined;
      ended = true;
      continue;
    }
    if (!seenStructure) {
      if (!preamble) {
        preamble = new Node({ id: profile.preamble.id, kind: 'preamble', heading, line: b.line });
        provisions.push(preamble);
      }
      const bare = profile.preamble.strip ? b.text.replace(profile.preamble.strip, '') : b.text;
      preamble.add(bare, bare);
      continue;
    }
    if (!article) {
      skipped.add(ended ? { key: 'msg.ingest.skip.afterFinalClause' } : { key: 'msg.ingest.skip.outsideArticle' }, b.text);
      continue;
    }
    const item = matchItem(profile.items, b.text, open);
    const itemId = item && `${open[item.at]!.node.id}.${item.level.id(item.number)}`;
    if (item && itemId && ids.has(itemId)) skipped.add({ key: 'msg.ingest.skip.itemRepeated' }, b.text);
    if (item && itemId && !ids.has(itemId)) {
      const { level, number, label, at } = item;
      const parent = open[at]!;
      ids.add(itemId);
      parent.last.set(level.kind, number);
      let node = new Node({ id: itemId, number, kind: level.kind, parent: parent.node, line: b.line });
      let bare = b.text.slice(label.length).trim();
      open = [...open.slice(0, at + 1), { node, rank: level.rank, last: new Map() }];
      // The first label of a deeper list right after this one ("3. a) Each Party …") opens that item too.
      const views = new Map<Node, string>();
      for (;;) {
        const inner = matchItem(profile.items, bare, open);
        const innerId = inner && `${node.id}.${inner.level.id(inner.number)}`;
        if (!inner || !innerId || !inner.fits || inner.at !== open.length - 1 || ids.has(innerId)) break;
        ids.add(innerId);
        open.at(-1)!.last.set(inner.level.kind, inner.number);
        views.set(node, bare);
        node = new Node({ id: innerId, number: inner.number, kind: inner.level.kind, parent: node, line: b.line });
        bare = bare.slice(inner.label.length).trim();
        open = [...open, { node, rank: inner.level.rank, last: new Map() }];
      }
      node.add(b.text, bare, views.size ? views : undefined);
      continue;
    }
    // Unlabelled text closes open items below the first rank: it continues the paragraph, or the article.
    while (open.length > 1 && open.at(-1)!.rank > 1) open.pop();
    open.at(-1)!.node.add(b.text);
  }
  const out: Provision[] = [];
  for (const n of provisions) {
    const p = n.toProvision();
    if (p) out.push(p);
  }
  // Articles keep the path as it stood when they started; fill in titles that came later.
  for (const p of out) for (const s of p.path) if (!s.title) delete s.title;
  return { provisions: out, skipped: skipped.list() };
}
