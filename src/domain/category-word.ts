// A grid worker names a category in a short word ("巡逻", "小广告", "patrol"): find it.
import type { Catalog, DeedCategory } from "./catalog.ts";

const norm = (s: string) => s.trim().toLowerCase().replace(/[_\s]+/g, " ");

/** The active category a word names: by id, by name, or by a part of a name; null if none or several. */
export function categoryByWord(catalog: Catalog, word: string): DeedCategory | null {
  const w = norm(word);
  if (!w) return null;
  const active = catalog.filter((c) => c.active);
  const exact = active.find((c) => norm(c.code) === w || norm(c.names.zh) === w || norm(c.names.en) === w);
  if (exact) return exact;
  const partial = active.filter((c) => norm(c.names.zh).includes(w) || norm(c.names.en).includes(w) || norm(c.code).includes(w));
  return partial.length === 1 ? (partial[0] as DeedCategory) : null;
}
