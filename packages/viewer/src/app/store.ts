/**
 * The viewer's data: data.json first (what the matrix and the treaty view need), then the parts
 * (texts, strategies, search records) each fetched once, when a view first needs it or after the
 * first view is on screen. `current()` is the data with the parts loaded so far.
 */
import { joinData, type PartName, type Parts, type SiteShell } from '../shared/split.js';
import type { ViewerData } from '../shared/types.js';

let shell: SiteShell | undefined;
let data: ViewerData | undefined;
const loaded: Partial<Parts> = {};
const loading = new Map<PartName, Promise<void>>();

async function fetchJson<T>(file: string): Promise<T> {
  const res = await fetch(file);
  if (!res.ok) throw new Error(`${file}: ${res.status} ${res.statusText}`);
  return (await res.json()) as T;
}

/** Fetch data.json (once). */
export async function loadShell(): Promise<ViewerData> {
  shell ??= await fetchJson<SiteShell>('data.json');
  return (data ??= joinData(shell, loaded));
}

/** The data with the parts loaded so far: a new object each time a part arrives. */
export function current(): ViewerData | undefined {
  return data;
}

export function isLoaded(name: PartName): boolean {
  return loaded[name] !== undefined;
}

/** Fetch the parts not yet loaded (each once; a failed one is tried again when next asked for), then make the data anew with them. */
export function ensure(parts: readonly PartName[]): Promise<ViewerData> {
  if (!shell) return Promise.reject(new Error('data.json is not loaded'));
  const s = shell;
  return Promise.all(
    parts.map((name) => {
      let p = loading.get(name);
      if (!p) {
        const where = s.parts[name];
        p = fetchJson<Parts[PartName]>(`${where.file}?v=${where.version}`).then((part) => {
          (loaded as Record<PartName, unknown>)[name] = part;
          data = joinData(s, loaded);
        });
        p.catch(() => loading.delete(name));
        loading.set(name, p);
      }
      return p;
    }),
  ).then(() => data!);
}
