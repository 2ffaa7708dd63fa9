// How many units a deed is worth: items counted (5张 小广告), whole hours (两个小时, 8点到11点),
// or separate occasions (让了两次座). Each deed looks only at its own stretch of the message,
// so "巡逻了两个小时,路上捡到一个钱包" gives the hours to the patrol alone.
import type { CompiledCategory } from "./compile-catalog.ts";
import type { DeedHit } from "./find-deed-hits.ts";
import { hoursFromRange } from "./hour-range.ts";
import { NUMBER_SOURCE, parseNumber } from "./numerals.ts";
import type { Segments } from "./split-clauses.ts";

const DURATION = new RegExp(
  `(?<![第\\d])(${NUMBER_SOURCE})\\s?(?:个)?(?:多|半)?\\s?[- ]?(?:个)?(?:小时|钟头|个钟|hours?\\b|hrs?\\b|h\\b)`, "gi");
const OCCASIONS = new RegExp(`(?<![第每这上下\\d])(${NUMBER_SOURCE})\\s?(?:次|回)|\\b(twice|(${NUMBER_SOURCE}) times)\\b`, "gi");
/** Where the deed's later clause totals the occasions: "…,一共送了四次". */
const TOTAL = new RegExp(`^(?:一共|总共|共|累计|前后|先后|总计|\\s*(?:${NUMBER_SOURCE})\\s*(?:次|回)\\s*$)`);
/** "8 stickers from the lift and 3 from the stairwell": a bare number continuing a count. */
/** "撕小广告 x5", "让座×2". */
const TIMES = /(?:^|[^a-z0-9])[x×*]\s?(\d+)\b/gi;
const MORE_ITEMS = new RegExp(`\\band (${NUMBER_SOURCE}) (?:more )?(?:from|in|on|at|off|near)\\b`, "gi");

/** The clauses a deed may draw its count from: its own, and neighbours that name no other deed. */
function scope(hit: DeedHit, seg: Segments, hits: readonly DeedHit[]): [number, number] {
  const own = seg.clauses[hit.clause];
  if (!own) return [0, 0];
  const foreign = (i: number): boolean => hits.some((h) => h.clause === i && h.cat !== hit.cat);
  let first = hit.clause;
  let last = hit.clause;
  while (first > 0 && seg.clauses[first - 1]?.sentence === own.sentence && !foreign(first - 1)) first--;
  while (last < seg.clauses.length - 1 && seg.clauses[last + 1]?.sentence === own.sentence && !foreign(last + 1)) last++;
  return [seg.clauses[first]?.start ?? 0, seg.clauses[last]?.end ?? 0];
}

function sumAll(re: RegExp, text: string): number {
  let n = 0;
  for (const m of text.matchAll(re)) n += parseNumber(m[1] ?? "") ?? 0;
  return n;
}

function hoursIn(text: string): number | undefined {
  const range = hoursFromRange(text);
  if (range !== undefined) return range;
  DURATION.lastIndex = 0;
  const m = DURATION.exec(text);
  const n = m ? parseNumber(m[1] ?? "") : undefined;
  return n === undefined ? undefined : Math.max(1, Math.floor(n));
}

function occasionsIn(text: string): number | undefined {
  if (!/[次回x×*]|twice|times/.test(text)) return undefined;
  const times = sumAll(TIMES, text);
  if (times) return times;
  for (const m of text.matchAll(OCCASIONS)) {
    const n = m[2] ? (m[2].toLowerCase() === "twice" ? 2 : parseNumber(m[3] ?? "")) : parseNumber(m[1] ?? "");
    if (n !== undefined && n >= 1) return Math.floor(n);
  }
  return undefined;
}

export function countQuantity(
  cat: CompiledCategory, own: readonly DeedHit[], all: readonly DeedHit[], seg: Segments, lower: string,
): number {
  const spans = new Map<string, [number, number]>();
  for (const h of own) {
    const s = scope(h, seg, all);
    spans.set(s.join(), s);
  }
  let total = 0;
  for (const [start, end] of spans.values()) {
    const text = lower.slice(start, end);
    if (cat.unit === "item" && cat.unitCount) {
      const counted = sumAll(cat.unitCount, text);
      total += counted ? counted + sumAll(MORE_ITEMS, text) : sumAll(TIMES, text);
    } else if (cat.unit === "hour") {
      total += hoursIn(text) ?? 0;
    }
  }
  if (cat.unit === "occasion") return occasionCount(own, seg, lower);
  return Math.max(1, total);
}

function occasionCount(own: readonly DeedHit[], seg: Segments, lower: string): number {
  let best = 1;
  for (const h of own) {
    const c = seg.clauses[h.clause];
    if (!c) continue;
    const next = seg.clauses[h.clause + 1];
    const texts = [lower.slice(c.start, c.end)];
    if (next && next.sentence === c.sentence && TOTAL.test(lower.slice(next.start, next.end))) {
      texts.push(lower.slice(next.start, next.end));
    }
    for (const t of texts) best = Math.max(best, occasionsIn(t) ?? 1);
  }
  return best;
}
