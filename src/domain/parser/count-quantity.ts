// How many units a deed is worth: items counted (5张 小广告), whole hours (两个小时, 8点到11点),
// or separate occasions (让了两次座). A count belongs to the deed it stands nearest to, so in
// "巡逻了一个钟下午又当了两个钟头志愿者" each deed gets its own hours, and each deed looks only
// at its own stretch of the message.
import type { CompiledCategory } from "./compile-catalog.ts";
import type { DeedHit } from "./find-deed-hits.ts";
import { findHourRange } from "./hour-range.ts";
import { NUMBER_SOURCE, parseNumber } from "./numerals.ts";
import type { Segments } from "./split-clauses.ts";
import { allMatches } from "./all-matches.ts";

const DURATION = new RegExp(
  `(?<![第\\d])(${NUMBER_SOURCE})\\s?(?:个)?(?:多|半)?\\s?[- ]?(?:个)?(?:of )?(?:小时|钟头|个钟|hours?\\b|hrs?\\b|h\\b)`, "gi");
/** A character every DURATION unit contains (小时, 钟头, 个钟, hours, hrs, h): a cheap test first. */
const MAY_BE_DURATION = /[小钟h]/i;
const OCCASIONS = new RegExp(`(?<![第每这上下\\d])(${NUMBER_SOURCE})\\s?(?:次|回)|\\b(twice|(${NUMBER_SOURCE}) times)\\b`, "gi");
/** Where the deed's later clause totals the occasions: "…,一共送了四次", or is a bare "两次". */
const TOTAL = new RegExp(`^(?:一共|总共|共|累计|前后|先后|总计|\\s*(?:${NUMBER_SOURCE})\\s*(?:次|回)\\s*$)`);
/** The key of a form line that states a count: 时长, 数量, hours. */
const FORM_KEY = /^\s*(?:时长|用时|时间共|数量|共计|合计|总计|小时数|张数|次数|duration|hours|quantity|count)\s*$/;
/** "撕小广告 x5", "让座×2". */
const TIMES = /(?:^|[^a-z0-9])[x×*]\s?(\d+)\b/gi;
/** "8 stickers from the lift and 3 from the stairwell": a bare number continuing a count. */
const MORE_ITEMS = new RegExp(`\\band (${NUMBER_SOURCE}) (?:more )?(?:from|in|on|at|off|near)\\b`, "gi");

/** A clause whose count is not of deeds done: a failure (撕不动, couldn't), the future (以后, 明天, next time). */
const UNCOUNTED = /[不没冇](?:动|下来|掉|了|到|着)|撕不|铲不|弄不|搞不|够不|以后|今后|往后|明天|下次|下回|回头|\b(?:couldn'?t|could not|wouldn'?t|won'?t|will|tomorrow|next time)\b/;

/** The stretch a deed may count in: its clause, and neighbours in the sentence naming no other deed. */
/** Clause `i` names a deed of another category than `cat`. (Module-level helpers, not closures: no allocation per call.) */
function foreign(hits: readonly DeedHit[], cat: number, i: number): boolean {
  for (const h of hits) if (h.clause === i && h.cat !== cat) return true;
  return false;
}

/** A clause that tells a failed attempt (还有一张撕不动) or the future (以后看到一张铲一张) adds nothing. */
function idle(seg: Segments, lower: string, i: number): boolean {
  const c = seg.clauses[i];
  return c !== undefined && UNCOUNTED.test(lower.slice(c.start, c.end));
}

function scope(hit: DeedHit, seg: Segments, hits: readonly DeedHit[], lower: string): [number, number] {
  const own = seg.clauses[hit.clause];
  if (!own) return [0, 0];
  const cat = hit.cat;
  let first = hit.clause;
  let last = hit.clause;
  while (first > 0 && seg.clauses[first - 1]?.sentence === own.sentence && !foreign(hits, cat, first - 1) && !idle(seg, lower, first - 1)) first--;
  while (last < seg.clauses.length - 1 && seg.clauses[last + 1]?.sentence === own.sentence && !foreign(hits, cat, last + 1) && !idle(seg, lower, last + 1)) last++;
  // A form line further down gives the count: "事项:义务巡逻\n时长:3小时".
  const key = seg.clauses[last + 1];
  if (key && FORM_KEY.test(lower.slice(key.start, key.end)) && !foreign(hits, cat, last + 1) && !foreign(hits, cat, last + 2)) {
    last = Math.min(last + 2, seg.clauses.length - 1);
  }
  return [seg.clauses[first]?.start ?? 0, seg.clauses[last]?.end ?? 0];
}

/** Whether a count at `pos` stands nearer to a deed of `cat` than to any other (ties go to the deed before). */
function ownedBy(cat: number, pos: number, all: readonly DeedHit[]): boolean {
  let owner: DeedHit | undefined;
  let best = Infinity;
  for (const h of all) {
    const from = Math.min(h.anchor, h.start ?? h.anchor);
    const d = pos < from ? from - pos + 0.5 : pos >= h.end ? pos - h.end : 0;
    if (d < best) {
      best = d;
      owner = h;
    }
  }
  return owner?.cat === cat;
}

interface Counting {
  cat: number;
  all: readonly DeedHit[];
  /** Where the counted text starts in the message. */
  offset: number;
}

/**
 * The sum of the counts `re` (global, group 1 the number) finds in `text` that stand nearest a deed
 * of k's category, or with `first` the first such count (undefined if none). An exec loop: no array
 * of matches, none of counts.
 */
function counted(re: RegExp, text: string, k: Counting, first: boolean): number | undefined {
  let total = 0;
  let prevText = "";
  let prevEnd = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const n = parseNumber(m[1] ?? "");
    // The same count said again with nothing telling another lot between is an echo, not more items:
    // 撕了十张 十张啊; 一共撕了十二张 对 就是撕小广告 十二张; 9 of them. Yes, 9 stickers.
    const echo = m[0] === prevText && !ANOTHER.test(text.slice(prevEnd, m.index));
    prevText = m[0];
    prevEnd = m.index + m[0].length;
    if (n !== undefined && !echo && ownedBy(k.cat, k.offset + m.index, k.all)) {
      if (first) {
        re.lastIndex = 0;
        return n;
      }
      total += n;
    }
    if (m[0] === "") re.lastIndex++;
  }
  re.lastIndex = 0;
  return first ? undefined : total;
}

/** Tells another lot between two equal counts: 又, 再, 还, 另, 和, another, more, again. */
const ANOTHER = /[又再还另和跟]|\b(?:another|more|again|also|plus|and)\b/;

const sumOf = (re: RegExp, text: string, k: Counting): number => counted(re, text, k, false) as number;

function itemsIn(unitCount: RegExp, text: string, k: Counting): number {
  const items = sumOf(unitCount, text, k);
  return items ? items + sumOf(MORE_ITEMS, text, k) : sumOf(TIMES, text, k);
}

function hoursIn(text: string, k: Counting): number {
  const range = findHourRange(text);
  if (range && ownedBy(k.cat, k.offset + range.index, k.all)) return range.hours;
  const n = MAY_BE_DURATION.test(text) ? counted(DURATION, text, k, true) : undefined;
  return n === undefined ? 0 : Math.max(1, Math.floor(n));
}

function occasionsIn(text: string, k: Counting): number | undefined {
  if (!/[次回x×*]|twice|times/.test(text)) return undefined;
  const times = sumOf(TIMES, text, k);
  if (times) return times;
  for (const m of allMatches(OCCASIONS, text)) {
    const n = m[2] ? (m[2].toLowerCase() === "twice" ? 2 : parseNumber(m[3] ?? "")) : parseNumber(m[1] ?? "");
    if (n !== undefined && n >= 1 && ownedBy(k.cat, k.offset + m.index, k.all)) return Math.floor(n);
  }
  return undefined;
}

/** Told as another occasion: 又, 再, again. */
const AGAIN = /又|再(?!见)|\bagain\b|\bonce more\b/;

function occasionCount(own: readonly DeedHit[], all: readonly DeedHit[], seg: Segments, lower: string): number {
  // Occasions told one by one in separate clauses (推了两回车 … 又提了一回菜) add up.
  // Clauses in first-seen order with their counts (parallel arrays, not a Map and spreads: this runs for most reports).
  if (spansClauses(own)) {
    const clauses: number[] = [];
    const stated: Array<number | undefined> = [];
    let statedCount = 0;
    for (const h of own) {
      const c = seg.clauses[h.clause];
      if (!c || clauses.includes(h.clause)) continue;
      const n = occasionsIn(lower.slice(c.start, c.end), { cat: h.cat, all, offset: c.start });
      clauses.push(h.clause);
      stated.push(n);
      if (n !== undefined) statedCount++;
    }
    if (statedCount >= 1 && clauses.length >= 2) {
      let again = false;
      for (const i of clauses) {
        const c = seg.clauses[i];
        if (c !== undefined && AGAIN.test(lower.slice(c.start, c.end))) {
          again = true;
          break;
        }
      }
      if (statedCount >= 2 || again) {
        let total = 0;
        for (const n of stated) total += n ?? 1;
        return Math.max(total, laterTotal(own, all, seg, lower) ?? 0);
      }
    }
  }
  let best = 1;
  for (const h of own) {
    const c = seg.clauses[h.clause];
    if (!c) continue;
    best = Math.max(best, occasionsIn(lower.slice(c.start, c.end), { cat: h.cat, all, offset: c.start }) ?? 1);
    const next = seg.clauses[h.clause + 1];
    if (next && next.sentence === c.sentence && TOTAL.test(lower.slice(next.start, next.end))) {
      best = Math.max(best, occasionsIn(lower.slice(next.start, next.end), { cat: h.cat, all, offset: next.start }) ?? 1);
    }
  }
  return best;
}

/** Sums up after the deeds: 反正三回, 一共四次, all in all three times. */
const SUMS_UP = /^\s*(?:反正|总之|算下来|加起来|一共|总共|all in all|in total|so)/;

/** A later clause of the last deed's sentence that sums the occasions up (…又扫了一回 反正三回). */
function laterTotal(own: readonly DeedHit[], all: readonly DeedHit[], seg: Segments, lower: string): number | undefined {
  const last = own[own.length - 1] as DeedHit;
  const sentence = seg.clauses[last.clause]?.sentence;
  for (let i = last.clause + 1; i < seg.clauses.length; i++) {
    const c = seg.clauses[i] as { start: number; end: number; sentence: number };
    if (c.sentence !== sentence) break;
    const text = lower.slice(c.start, c.end);
    if (SUMS_UP.test(text)) return occasionsIn(text, { cat: last.cat, all, offset: c.start });
  }
  return undefined;
}

/** The hits stand in more than one clause. */
function spansClauses(hits: readonly DeedHit[]): boolean {
  for (const h of hits) if (h.clause !== (hits[0] as DeedHit).clause) return true;
  return false;
}

export function countQuantity(
  cat: CompiledCategory, own: readonly DeedHit[], all: readonly DeedHit[], seg: Segments, lower: string,
): number {
  const catIndex = own[0]?.cat ?? -1;
  if (cat.unit === "occasion") return occasionCount(own, all, seg, lower);
  // The same stretch told twice (又是撕小广告…撕了十张) is counted once: overlapping scopes merge.
  const scopes: Array<[number, number]> = [];
  for (const h of own) {
    // Insertion by start, stable (as Array.prototype.sort, which costs more than a handful of items).
    const s = scope(h, seg, all, lower);
    let j = scopes.length;
    while (j > 0 && (scopes[j - 1] as [number, number])[0] > s[0]) j--;
    scopes.splice(j, 0, s);
  }
  const spans: Array<[number, number]> = [];
  for (const s of scopes) {
    const last = spans[spans.length - 1];
    if (last && s[0] < last[1]) last[1] = Math.max(last[1], s[1]);
    else spans.push(s);
  }
  let total = 0;
  for (const h of own) total += h.bareCount ?? 0;
  for (const [start, end] of spans) {
    const text = lower.slice(start, end);
    const k = { cat: catIndex, all, offset: start };
    if (cat.unit === "item" && cat.unitCount) total += itemsIn(cat.unitCount, text, k);
    else if (cat.unit === "hour") total += hoursIn(text, k);
  }
  return Math.max(1, total);
}
