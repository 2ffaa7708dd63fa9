// Deletes honour poster files last written before a time: they were posted weeks ago, and the
// folder would otherwise grow by a poster per grid every week for ever.
import { readdirSync, statSync, unlinkSync } from "node:fs";
import { join } from "node:path";

const POSTER = /^honour-.+\.(png|jpe?g)$/;

export async function prunePosters(dir: string, before: Date): Promise<number> {
  let deleted = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0; // no poster folder yet
  }
  for (const name of names.filter((n) => POSTER.test(n))) {
    const file = join(dir, name);
    try {
      if (statSync(file).mtime < before) {
        unlinkSync(file);
        deleted++;
      }
    } catch {
      // gone already (another process pruned it)
    }
  }
  return deleted;
}
