import type { HistoryEntry, PathSegment, Provision } from '../../model/types.js';

/**
 * A provision under construction. Every block of text is stored on the node that owns it and
 * on all its ancestors, so a node's text is its subtree in document order: its own first
 * block without its label ("1.", "a)", "I.-"), the blocks of its children with theirs.
 */
export class Node {
  readonly id: string;
  readonly number: string | undefined;
  readonly kind: string;
  heading: string | undefined;
  readonly path: PathSegment[];
  readonly parent: Node | undefined;
  readonly children: Node[] = [];
  readonly history: HistoryEntry[] = [];
  /** The source line the node starts on, for messages. */
  readonly line: number;
  private readonly parts: { raw: string; bare: string; owner: Node; views?: ReadonlyMap<Node, string> | undefined }[] = [];

  constructor(init: { id: string; number?: string | undefined; kind: string; heading?: string | undefined; path?: PathSegment[]; parent?: Node | undefined; line: number }) {
    this.id = init.id;
    this.number = init.number;
    this.kind = init.kind;
    this.heading = init.heading;
    this.path = init.path ?? [];
    this.parent = init.parent;
    this.line = init.line;
    init.parent?.children.push(this);
  }

  /**
   * Add a block of text owned by this node; `bare` is the text without its label (first block only).
   * `views` gives the text an ancestor sees when its own label starts the same block ("3. a) …":
   * paragraph 3 sees "a) …", its item a sees "…").
   */
  add(raw: string, bare = raw, views?: ReadonlyMap<Node, string>): void {
    const part = { raw, bare, owner: this as Node, views };
    for (let n: Node | undefined = this; n; n = n.parent) n.parts.push(part);
  }

  /** Append words to the last block of this subtree (the next line of the same paragraph). */
  extend(join: (before: string, after: string) => string, more: string): boolean {
    const last = this.parts.at(-1);
    if (!last) return false;
    last.raw = last.raw ? join(last.raw, more) : more;
    last.bare = last.bare ? join(last.bare, more) : more;
    return true;
  }

  /** No text of its own or below it (a bare label such as "I.-" gives none). */
  get isEmpty(): boolean {
    return this.text() === '';
  }

  /** The node's own text: its first block unlabelled, the rest as printed, one blank line between blocks. */
  text(): string {
    let seenOwn = false;
    const out: string[] = [];
    for (const p of this.parts) {
      let t = p.views?.get(this) ?? p.raw;
      if (p.owner === this && !seenOwn) {
        t = p.bare;
        seenOwn = true;
      }
      if (t) out.push(t);
    }
    return out.join('\n\n');
  }

  /** The provision, or undefined when the node holds no text (its text is computed once here). */
  toProvision(): Provision | undefined {
    const text = this.text();
    if (!text) return undefined;
    const children: Provision[] = [];
    for (const c of this.children) {
      const p = c.toProvision();
      if (p) children.push(p);
    }
    return {
      id: this.id,
      ...(this.number !== undefined ? { number: this.number } : {}),
      kind: this.kind,
      ...(this.heading ? { heading: this.heading } : {}),
      path: this.path,
      text,
      translations: [],
      history: this.history,
      children,
    };
  }
}
