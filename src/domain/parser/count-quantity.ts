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
  `(?<![第\\d拜期周])(${NUMBER_SOURCE})\\s?(?:个)?(?:多|半)?\\s?[- ]?(?:个)?(?:of )?(?:小时|钟头|个钟|hours?\\b|hrs?\\b|h\\b|(?:ge )?(?:xiao ?shi|zhong ?tou)\\b)`, "gi");
/** A character every DURATION unit contains (小时, 钟头, 个钟, hours, hrs, h): a cheap test first. */
const MAY_BE_DURATION = /[小钟h]/i; // "h" is also in xiao shi and zhong tou
// A meal brought is an occasion too: 送了两顿饭 (顿 counts meals; 骂了一顿 is one at most).
const OCCASIONS = new RegExp(`(?<![第每这上下拜期周\\d])(${NUMBER_SOURCE})\\s?(?:次|回|顿|(?<!一)起(?![来床码身]))|\\b(twice|(${NUMBER_SOURCE}) (?:separate |different |more )?times)\\b`, "gi");
/** A remark on the one named (, who lives alone,): the clause after it goes on with the deed. */
const RELATIVE_CLAUSE = /^\s*(?:who|whose|which|the one)\b/;
/** Where the deed's later clause totals the occasions: "…,一共送了四次", or is a bare "两次". */
const TOTAL = new RegExp(`^(?:一共|总共|共|累计|前后|先后|总计|\\s*(?:${NUMBER_SOURCE})\\s*(?:次|回)\\s*$|\\s*(?:twice|(?:${NUMBER_SOURCE}) (?:times|days in a row))\\b)`);
/** The key of a form line that states a count: 时长, 数量, hours. */
const FORM_KEY = /^\s*(?:时长|用时|时间共|数量|共计|合计|总计|小时数|张数|次数|duration|hours|quantity|count)\s*$/;
/** "撕小广告 x5", "让座×2". */
const TIMES = /(?:^|[^a-z0-9])[x×*]\s?(\d+)\b/gi;
/** "8 stickers from the lift and 3 from the stairwell": a bare number continuing a count. */
const MORE_ITEMS = new RegExp(`\\b(?:and (?:another )?|another )(${NUMBER_SOURCE}) (?:more )?(?:from|in|on|at|off|near|around)\\b`, "gi");

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

/**
 * Clauses `i` and `j` (= i + 1) stand in one sentence, or only a semicolon parts them: a list told lot by lot
 * (1号楼3张;2号楼4张;车棚1张) is one count, as an item's count is of the lots the deed took in.
 */
function sameList(seg: Segments, lower: string, i: number, j: number): boolean {
  const a = seg.clauses[i];
  const b = seg.clauses[j];
  if (!a || !b) return false;
  if (a.sentence === b.sentence) return true;
  return b.sentence === a.sentence + 1 && SEMICOLON_ONLY.test(lower.slice(a.end, b.start));
}
/** What parts two clauses of a list: semicolons and spaces, no full stop or line break. */
const SEMICOLON_ONLY = /^[ \t]*[;；][ \t]*$/;

function scope(hit: DeedHit, seg: Segments, hits: readonly DeedHit[], lower: string): [number, number] {
  const own = seg.clauses[hit.clause];
  if (!own) return [0, 0];
  const cat = hit.cat;
  let first = hit.clause;
  let last = hit.clause;
  while (first > 0 && sameList(seg, lower, first - 1, first) && !foreign(hits, cat, first - 1) && !idle(seg, lower, first - 1)) first--;
  while (last < seg.clauses.length - 1 && sameList(seg, lower, last, last + 1) && !foreign(hits, cat, last + 1) && !idle(seg, lower, last + 1)) last++;
  // A form line further down gives the count: "事项:义务巡逻\n时长:3小时".
  const key = seg.clauses[last + 1];
  if (key && FORM_KEY.test(lower.slice(key.start, key.end)) && !foreign(hits, cat, last + 1) && !foreign(hits, cat, last + 2)) {
    last = Math.min(last + 2, seg.clauses.length - 1);
  }
  return [seg.clauses[first]?.start ?? 0, seg.clauses[last]?.end ?? 0];
}

/**
 * Whether a count at `pos` belongs to a deed of `cat`: the nearest deed in the count's own clause
 * (那两张广告也撕了 after 扫干净了 counts the flyers), else the nearest in its sentence (共11张,其中…6张;
 * 周三参加了议事会: the 6 is the flyers'), else the nearest deed (ties go to the deed before).
 */
function ownedBy(cat: number, pos: number, all: readonly DeedHit[], seg?: Segments): boolean {
  let owner: DeedHit | undefined;
  let best = Infinity;
  let rank = 3;
  const sentence = seg ? sentenceAt(seg, pos) : -1;
  for (const h of all) {
    const c = seg?.clauses[h.clause];
    const r = c === undefined ? 2 : pos >= c.start && pos < c.end ? 0 : c.sentence === sentence ? 1 : 2;
    if (r > rank) continue;
    const from = Math.min(h.anchor, h.start ?? h.anchor);
    const d = pos < from ? from - pos + 0.5 : pos >= h.end ? pos - h.end : 0;
    if (r < rank || d < best) {
      rank = r;
      best = d;
      owner = h;
    }
  }
  return owner?.cat === cat;
}

/** The sentence `pos` stands in, or -1. */
function sentenceAt(seg: Segments, pos: number): number {
  for (let i = 0; i < seg.sentences.length; i++) {
    const s = seg.sentences[i] as { start: number; end: number };
    if (pos >= s.start && pos < s.end) return i;
  }
  return -1;
}

interface Counting {
  cat: number;
  all: readonly DeedHit[];
  seg?: Segments;
  /** The whole lowered message, when `text` is a stretch of it starting at `offset` (for echoes across stretches). */
  src?: string;
  /** Where the counted text starts in the message. */
  offset: number;
}

/**
 * The sum of the counts `re` (global, group 1 the number) finds in `text` that stand nearest a deed
 * of k's category, or with `first` the first such count (undefined if none). An exec loop: no array
 * of matches, none of counts.
 */
function counted(re: RegExp, text: string, k: Counting, first: boolean, echoes?: Echoes): number | undefined {
  let total = 0;
  let stated: number | undefined;
  const seen = echoes ?? { text: "", n: undefined, end: -1 };
  let corrected: number | undefined;
  // 实际是十张: the count the teller settles on after a correction, whatever came before.
  let final: number | undefined;
  let posted: number | undefined;
  const src = k.src ?? text;
  const base = k.src === undefined ? 0 : k.offset;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const n = parseNumber(m[1] ?? "");
    const at = base + m.index;
    const between = seen.end >= 0 ? src.slice(seen.end, at) : "";
    // The same count said again with nothing telling another lot between is an echo, not more items:
    // 撕了十张 十张啊; 一共撕了十二张 对 就是撕小广告 十二张; 9 of them. Yes, 9 stickers.
    const echo = seen.end >= 0 && !ANOTHER.test(between) && !NEW_PLACE.test(between) &&
      (m[0] === seen.text || (n === seen.n && AFFIRM.test(between)));
    seen.text = m[0];
    seen.n = n;
    seen.end = at + m[0].length;
    // One by one (一张一张, 一张张) and each one as seen (看到一张撕一张) tell a manner, not a count.
    if (n === 1 && oneByOne(text, m.index, m[0])) continue;
    const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    const head = text.slice(Math.max(0, m.index - 4), m.index);
    // 还有一张贴得太牢了冇铲脱, one more too high to reach: the rest, not done. 有两张还是叠着贴的: some of those counted.
    // The failure may be told past the counted stretch: 还有两张贴得太死了 | 铲子都铲不下来.
    const partOf = (PART_OF.test(m[0]) || PART_OF_BEFORE.test(head)) && !MORE_BEFORE.test(head);
    if (partOf || REST_BEFORE.test(head)) {
      const after = src.slice(at + m[0].length, at + m[0].length + 60);
      const cut = (partOf ? CLAUSE_END : SENTENCE_END).exec(after);
      if (REST_FAILED.test(cut ? after.slice(0, cut.index) : after)) {
        // 5 but one of them wouldn't budge: one of those counted was not done.
        if (partOf && total > 0 && n !== undefined && ownedBy(k.cat, k.offset + m.index, k.all, k.seg)) total -= n;
        continue;
      }
    }
    if (SOME_OF.test(head) && SOME_OF_AFTER.test(tail)) continue;
    // 不是六张 是九张: the count denied is not counted.
    if (DENIED_BEFORE.test(head) && DENIED_AFTER.test(tail)) continue;
    // A stated total (一共撕了十张, 10 in total) is the count, not one more lot.
    const after = m.index + (m[1] ?? "").length;
    const isTotal = TOTAL_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index)) || TOTAL_AFTER.test(text.slice(after, after + 24));
    // 三四张 不对 是四张, 十一张 哦 十二张, we count 8 but … so 7 only: a count corrected replaces the one before
    // (not the lots a total sums: 6 on the doors and 4 in the lift, so 10 in total).
    if (corrected !== undefined && seen.end >= 0 && !isTotal && CORRECTION.test(between)) {
      total -= corrected;
      if (stated === corrected) stated = undefined;
    }
    if (n !== undefined && !echo && ownedBy(k.cat, k.offset + m.index, k.all, k.seg)) {
      // 电梯里贴了三张 我撕了两张: how many were posted gives way to how many of them were taken down, told
      // next at the same place (a new place is a lot of its own: 3栋贴了7张,5栋1张).
      const isPosted = !first && POSTED_BEFORE.test(head);
      if (posted !== undefined) {
        if (isPosted || n > posted || NEW_PLACE.test(between)) total += posted;
        posted = undefined;
      }
      if (isPosted) {
        posted = n;
        corrected = undefined;
        continue;
      }
      if (first) {
        re.lastIndex = 0;
        return n;
      }
      corrected = n;
      if (FINAL_BEFORE.test(head)) final = n;
      if (isTotal) stated = Math.max(stated ?? 0, n);
      total += n;
      if (echoes) {
        echoes.sum = (echoes.sum ?? 0) + n;
        echoes.lots = (echoes.lots ?? 0) + 1;
      }
    }
    if (m[0] === "") re.lastIndex++;
  }
  re.lastIndex = 0;
  if (first) return undefined;
  if (final !== undefined) return final;
  if (posted !== undefined) total += posted;
  return stated !== undefined && stated * 2 <= total ? stated : total;
}

/** The last count seen, carried across the stretches of one deed (9 of them. … Yes, 9 stickers). */
interface Echoes { text: string; n: number | undefined; end: number; sum?: number; lots?: number }

/** A count of one whose counter is said again at once (一张张, 一张一张, 一张撕一张), after or before it. */
function oneByOne(text: string, index: number, match: string): boolean {
  const counter = match[match.length - 1] ?? "";
  if (!/[\u3400-\u9fff]/.test(counter)) return false;
  const end = index + match.length;
  const after = text.slice(end, end + 4);
  if (after[0] === counter || (/^[\u3400-\u9fff]{0,2}一/.test(after) && after.slice(after.indexOf("一") + 1, after.indexOf("一") + 2) === counter)) return true;
  const before = text.slice(Math.max(0, index - 4), index);
  const i = before.lastIndexOf("一" + counter);
  return i >= 0 && /^[\u3400-\u9fff]{0,2}$/.test(before.slice(i + 2));
}

/** A count of some of those counted: one of them. */
const PART_OF = /\bof (?:them|those|these)\b/;
const PART_OF_BEFORE = /其中(?:有)?$/;
/** More than those counted: one more, another. */
const MORE_BEFORE = /还有|另外|more|another/;
const SENTENCE_END = /[。.!?\n]/;
const CLAUSE_END = /[。.!?\n,,;;()]/;
/** Before a count: the rest (还有一张, 另外还有, one more). */
const REST_BEFORE = /还有|还剩|另外|剩下|one more|another$|\bbut\s*$/;
/** After it: not done (冇铲脱, 够不到, too high, couldn't). */
const REST_FAILED = /[冇没]|不[动到着下掉了脱]|不\s*(?:xia|diao|dong|dao|tuo)\b|够不|太高|太牢|\b(?:can'?t|cannot|couldn'?t|wouldn'?t|won'?t|(?:would|could|did) not|didn'?t|too high|out of reach)\b/;
/** 有两张还是叠着贴的, 其中三张: some of the items already counted. */
const SOME_OF = /其中$|(?<![还另])有$/;
const SOME_OF_AFTER = /^(?:还是|是|都是|也是|都|还)/;
/** Right before a count: how many someone posted (贴了三张, 贴着五张, 贴哒两张), not how many were taken down. */
const POSTED_BEFORE = /贴(?:了|着|哒|有|满了)?\s?$/;
/** Right before a count: the teller's settled figure (实际是, 其实是). */
const FINAL_BEFORE = /(?:实际|其实|实际上)(?:是|有|撕了|清了)?\s?$/;
/** Right before a count: it is denied (不是六张 是九张). */
const DENIED_BEFORE = /不是\s?$/;
const DENIED_AFTER = /^\s*[,,]?\s*(?:是|而是|应该是)/;
/** A correction between two counts: 不对, 不是, 哦, 说错了, I mean, so … only. */
const CORRECTION = /不对|不是|说错|数错|哦|噢|我是说|应该是|实际|其实|\b(?:no wait|sorry|i mean|actually|so)\b/;

/** A new place between two equal counts makes them two lots: 一单元撕了两张,二单元撕了两张. */
const NEW_PLACE = /[\d一二三四五六七八九十]\s?(?:单元|栋|号楼|楼|层|幢|号)|\b(?:unit|building|block|floor|lift|gate)\b/;
/** Words that affirm the count just said: 对, 就是, yes. */
const AFFIRM = /对|就是|没错|真的|足足|整整|\b(?:yes|yeah|yep|really|that'?s right)\b/;
/** A total stated: 一共, 总共, 合计, in total, altogether. */
const TOTAL_BEFORE = /(?:一共|总共|共|合计|总计|累计|加起来|算下来|a total of |\btotal (?:is |was |of )?|altogether |in all )[^\d一二两三四五六七八九十]{0,3}$/;
const TOTAL_AFTER = /^[^,,。.!?;]{0,16}?\b(?:in total|altogether|in all|all told)\b/;

/** Tells another lot between two equal counts: 又, 再, 还, 另, 和, another, more, again. */
const ANOTHER = /[又再还另和跟]|\b(?:another|more|again|also|plus|and)\b/;

const sumOf = (re: RegExp, text: string, k: Counting): number => counted(re, text, k, false) as number;

function itemsIn(unitCount: RegExp, text: string, k: Counting, echoes?: Echoes): number {
  const items = counted(unitCount, text, k, false, echoes) as number;
  if (items) return items + sumOf(MORE_ITEMS, text, k) + moreLots(text, k);
  return sumOf(TIMES, text, k) || lots(text, k);
}

/** After a count with its counter, lots with the counter left out: block 2 had 3; unit 3 (2). */
const HAD_BARE = new RegExp(`\\b(?:had|has|have) (${NUMBER_SOURCE})(?=\\s*(?:[,.;:!)]|$|(?:but|and)\\b))`, "gi");
/** A lot in brackets after its place (unit 3 (2)), not a list's number ((2) my daughter's school). */
const BRACKETED = /(?<=[a-z0-9\u3400-\u9fff] ?)\((\d+)(?:\)|$)/g;

function moreLots(text: string, k: Counting): number {
  let n = 0;
  if (text.includes("(")) n += sumOf(BRACKETED, text, k);
  if (/ ha[sdv]/.test(text)) n += sumOf(HAD_BARE, text, k);
  return n;
}

/**
 * Counts by place with the counter left out: "6 in the east one and 2 in the west one" (two or more);
 * a place told by any word of where (2 around the meter box, 3 by the lift) is a lot as much as "in the".
 */
const LOTS = new RegExp(`\\b(${NUMBER_SOURCE}) (?:in|from|on|off|at|around|near|by|beside|behind|under|inside|outside|next to) (?:the|each|total)\\b`, "gi");
/** Cheap first test: a word of place LOTS or HAD_LOTS needs. */
const MAY_BE_LOTS = / (?:in|from|on|off|at|had|around|near|by|beside|behind|under|inside|outside|next to) /;

/** "building 1 had 3, building 2 had 5". */
const HAD_LOTS = new RegExp(`\\bhad (${NUMBER_SOURCE})\\b(?! (?:of|hours?|minutes?|times?)\\b)`, "gi");

function lots(text: string, k: Counting): number {
  if (!MAY_BE_LOTS.test(text)) return 0;
  let n = 0;
  for (const re of [LOTS, HAD_LOTS]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) n++;
    re.lastIndex = 0;
  }
  return n >= 2 ? sumOf(LOTS, text, k) + sumOf(HAD_LOTS, text, k) : 0;
}

function hoursIn(text: string, k: Counting): number {
  // Every clock range the deed owns adds up: 礼拜二八点到十点 礼拜五九点到十点 → 3.
  let ranges = 0;
  let lastEnd = -1;
  let rangeCount = 0;
  let firstRange = 0;
  for (let pos = 0; pos < text.length;) {
    const rest = pos === 0 ? text : text.slice(pos);
    const range = findHourRange(rest);
    if (!range) break;
    if (ownedBy(k.cat, k.offset + pos + range.index, k.all, k.seg)) {
      ranges += range.hours;
      lastEnd = pos + range.end;
      if (rangeCount++ === 0) firstRange = pos + range.index;
    }
    pos += range.end;
  }
  const lots = MAY_BE_DURATION.test(text) ? hourLots(text, k) : undefined;
  // A total stated (一共4个小时, 加起来四个钟头) is the count, whatever ranges and lots it sums.
  if (lots?.stated !== undefined) return Math.max(1, Math.floor(lots.stated));
  if (ranges > 0) {
    // One range told for several days or nights (两天早上7点到9点; 三个晚上,每次八点到十点): hours are per day.
    const days = rangeCount === 1 ? daysBefore(text, firstRange) ?? eachOf(text) : undefined;
    return ranges * (days ?? 1) + moreHours(text.slice(lastEnd), k, lastEnd);
  }
  if (lots === undefined) return 0;
  if (lots.lots > 1) return Math.max(1, Math.floor(lots.sum));
  return Math.max(1, Math.floor(lots.sum)) * (eachOf(text) ?? 1);
}

/** Days counted right before a clock range: 两天早上7点到9点, 三个晚上都是. */
const DAYS_RIGHT_BEFORE = new RegExp(`(?<![第这那每前后])(${NUMBER_SOURCE})\\s?(?:个)?(?:天|晚上|晚|早上)(?:都是|都|各|每天|每晚)?(?:早上|上午|下午|晚上)?\\s?$`);

/** The days a range at `at` is told for, when their count stands right before it (2 to 14). */
function daysBefore(text: string, at: number): number | undefined {
  const m = DAYS_RIGHT_BEFORE.exec(text.slice(Math.max(0, at - 10), at));
  const n = m ? parseNumber(m[1] ?? "") : undefined;
  return n !== undefined && n >= 2 && n <= 14 ? Math.floor(n) : undefined;
}

/** A day or a time of day, as a lot of hours is told by it: 礼拜四, 昨天, 上午, 今天晚上. */
const DAY_OR_TIME = "(?:昨|今|前)(?:天|晚)|[上下]午|中午|晚上|早上|傍晚|夜里|(?:礼拜|星期)[一二三四五六天日]?|周[一二三四五六日末]|第[一二三四五六七八九十]天|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|this (?:morning|afternoon|evening)";
/** A clause holding only a day and its hours (昨天两个钟头 | 今天一个钟头): a lot of its own. */
const DAY_LOT = new RegExp(`(?:^|[\\s,,;;])(?:(?:上|这|on |last )?(?:${DAY_OR_TIME})\\s?){1,2}(?:是|也是|又|and )?\\s?$`);
/** Before the next hours: told again (又巡了两小时, 再搞了, another 2 hours, again). */
const AGAIN_LOT = /又|再(?!见)|另外|\b(?:another|again|also|plus)\b/;

/**
 * The hours owned by the deed in `text`, as lots: a later duration adds when told as another lot
 * (礼拜四又寻了两个钟头; 昨天两个钟头 今天一个钟头), replaces a corrected one (三个小时 不对 两个小时),
 * and is said again otherwise (搞了两个钟头 站了两个钟头啊). A stated total (一共四个小时) is kept apart.
 */
function hourLots(text: string, k: Counting): { sum: number; lots: number; stated?: number } | undefined {
  let sum = 0;
  let lots = 0;
  let last = 0;
  let lastEnd = -1;
  let stated: number | undefined;
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(text); m !== null; m = DURATION.exec(text)) {
    const n = parseNumber(m[1] ?? "");
    if (n === undefined || !ownedBy(k.cat, k.offset + m.index, k.all, k.seg)) continue;
    const after = m.index + (m[1] ?? "").length;
    if (TOTAL_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index)) || TOTAL_AFTER.test(text.slice(after, after + 24))) {
      stated = Math.max(stated ?? 0, n);
      continue;
    }
    if (lots === 0) {
      sum = n;
      lots = 1;
    } else {
      const between = text.slice(lastEnd, m.index);
      if (AGAIN_LOT.test(between) || DAY_LOT.test(between)) {
        sum += n;
        lots++;
      } else if (CORRECTION.test(between)) sum += n - last;
    }
    last = n;
    lastEnd = m.index + m[0].length;
  }
  DURATION.lastIndex = 0;
  return lots === 0 && stated === undefined ? undefined : { sum, lots, stated };
}

/** Hours told as another lot after a clock range: 九点到十二点 下午又搞了两个钟头 → +2. */
function moreHours(text: string, k: Counting, offset: number): number {
  if (!AGAIN.test(text) || !MAY_BE_DURATION.test(text)) return 0;
  let more = 0;
  for (const m of allMatches(DURATION, text)) {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const n = parseNumber(m[1] ?? "");
    if (n !== undefined && AGAIN.test(before) && ownedBy(k.cat, k.offset + offset + m.index, k.all, k.seg)) more += Math.floor(n);
  }
  return more;
}

/** Hours told per night and the nights counted: 连着三个晚上…每晚两个钟头, three nights, two hours each → 3. */
const PER_EACH = /每(?:晚|天|次|回|个晚上|夜)|各|(?<![第这那])一(?:次|回)(?:都)?(?:是)?\s?[一二两三四五六七八九十\d]\s?(?:个)?(?:多|半)?(?:个)?(?:小时|钟头|个钟)|\b(?:each|every|per|a) (?:night|evening|day|time)\b|\beach\b/;
const NIGHTS = new RegExp(`(?<![周拜期第])(${NUMBER_SOURCE})\\s?(?:个)?(?:晚上|夜晚|夜里|天|次|回|nights|evenings|days|times)(?![a-z])`, "gi");
/** A day of the week named: 周二, 礼拜四, 星期天, Tuesday. */
const WEEKDAY = /(?:周|礼拜|星期)[一二三四五六日天]|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/g;

/** The days or nights the hours were told for: 三个晚上, or the weekdays named (周二周四晚上各站了两个钟头 → 2). */
function eachOf(text: string): number | undefined {
  if (!PER_EACH.test(text)) return undefined;
  for (const m of allMatches(NIGHTS, text)) {
    const n = parseNumber(m[1] ?? "");
    if (n !== undefined && n >= 2 && n <= 14) return Math.floor(n);
  }
  let days = 0;
  for (const m of allMatches(WEEKDAY, text)) if (!text.startsWith("每", m.index - 1)) days++;
  return days >= 2 && days <= 7 ? days : undefined;
}

function occasionsIn(text: string, k: Counting): number | undefined {
  if (!/[次回起顿趟共整x×*连]|twice|times|\b(?:in a row|running|straight|in total|in all)\b/.test(text)) return undefined;
  const times = sumOf(TIMES, text, k);
  if (times) return times;
  for (const m of allMatches(OCCASIONS, text)) {
    const n = m[2] ? (m[2].toLowerCase() === "twice" ? 2 : parseNumber(m[3] ?? "")) : parseNumber(m[1] ?? "");
    if (n !== undefined && n >= 1 && ownedBy(k.cat, k.offset + m.index, k.all, k.seg)) return Math.floor(n);
  }
  // 连续送了三天午饭, three days in a row; 每天都去…一共五天: a day each.
  for (const re of [DAYS_RUNNING, DAYS_TOTAL]) {
    for (const m of allMatches(re, text)) {
      const n = parseNumber(m[1] ?? m[2] ?? "");
      if (n !== undefined && n >= 2 && n <= 31 && ownedBy(k.cat, k.offset + m.index, k.all, k.seg)) return Math.floor(n);
    }
  }
  // 去了两趟独居的黄婆婆家: trips there are visits; trips while at it (搬了四趟, 跑了三趟) are one deed's work.
  if (text.includes("趟") && !UNCOUNTED.test(text)) {
    const m = VISITS.exec(text);
    const n = m ? parseNumber(m[1] ?? m[2] ?? "") : undefined;
    if (m && n !== undefined && n >= 2 && n <= 10 && ownedBy(k.cat, k.offset + m.index, k.all, k.seg)) return Math.floor(n);
  }
  return undefined;
}

/** Days totalled: 一共五天, 总共三个晚上, 5 days in total. */
const DAYS_TOTAL = new RegExp(`(?:一共|总共|共|整整)(${NUMBER_SOURCE})\\s?(?:个)?(?:天|晚上|早上)|\\b(${NUMBER_SOURCE}) (?:days|nights|evenings|mornings) (?:in total|in all)\\b`, "gi");
/** Going there N times: 去了两趟, 克了汪婆婆屋里两趟, 两趟都是我送的. */
const VISITS = new RegExp(`(?:去|克|来|过去)(?:了|过|哒)?[^\\s,,。;;!?\\d]{0,10}?(${NUMBER_SOURCE})\\s?趟|(${NUMBER_SOURCE})\\s?趟都是`);
/** Days in a row: 连续送了三天, 连着两个晚上, 3 days in a row. */
const DAYS_RUNNING = new RegExp(`(?:连续|连着|一连)[^\\s,,。;\\d]{0,4}?(${NUMBER_SOURCE})\\s?(?:个)?(?:天|晚上|晚|早上)|\\b(${NUMBER_SOURCE}) (?:days|nights|evenings|mornings) (?:in a row|running|straight)\\b`, "gi");

/** Told as another occasion: 又, 再, again. */
const AGAIN = /又|再(?!见)|\bagain\b|\bonce more\b|\bdid the same\b/;

function occasionCount(own: readonly DeedHit[], all: readonly DeedHit[], seg: Segments, lower: string): number {
  const parts = MAY_LIST_PARTS.test(lower) ? partsTold(own, all, seg, lower) : undefined;
  if (parts !== undefined) return parts;
  const again = MAY_BE_AGAIN.test(lower.slice(seg.clauses[(own[0] as DeedHit).clause]?.end ?? 0)) ? toldAgain(own, all, seg, lower) : NONE_AGAIN;
  const own2 = again.hits.length > 0 ? mergeHits(own, again.hits) : own;
  const all2 = again.hits.length > 0 ? mergeHits(all, again.hits) : all;
  // Told day by day, the days are the count (or a total summing them up: 反正三回).
  const days = MAY_NAME_DAY.test(lower) ? daysTold(own2, all2, seg, lower) : undefined;
  if (days !== undefined) return Math.max(days, laterTotal(own2, all2, seg, lower) ?? 0);
  if (again.hits.length > 0) {
    // Each telling again at a later time is one more occasion, however the tellings are counted.
    return Math.max(toldOneByOne(own2, all2, seg, lower) + listedAfter(own2, all2, seg, lower), 1 + again.later);
  }
  const n = toldOneByOne(own, all, seg, lower) + listedAfter(own, all, seg, lower);
  if (n > 1) return n;
  // 我克了汪婆婆屋里两趟 一趟帮她买药…: the visits counted just before the deed's words.
  const first = own[0] as DeedHit;
  const before = first.clause > 0 ? visitsBefore(first, all, seg, lower) : undefined;
  if (before !== undefined && before >= 2) return before;
  // Helped two grannies, one in the morning … and one after lunch: each one helped apart is an occasion.
  return ONE_APART.test(lower) ? Math.max(1, helpedApart(own[own.length - 1] as DeedHit, seg, lower)) : 1;
}

/** One of those helped, told apart by where or when: 一个在菜场门口, one in the morning, the other after lunch. */
const ONE_APART = /(?<![第这那每])(?:另)?一个(?:是)?在|\b(?:one|the other) (?:in|at|on|after|before|by|near|outside)\b/;
const ONE_APART_ALL = new RegExp(ONE_APART.source, "g");
/** The number of those helped: 两个老人, 俩伢, two grannies, three different people (2 to 4). */
const HELPED_COUNT = /(?:两|俩|三|四)(?:个|位)|\b(?:two|three|four) (?:different |separate )?[a-z]+/;

/** How many the deed's sentence tells as helped apart, when it counts them first and then tells each (else 1). */
function helpedApart(h: DeedHit, seg: Segments, lower: string): number {
  const c = seg.clauses[h.clause];
  const s = c ? seg.sentences[c.sentence] : undefined;
  if (!c || !s) return 1;
  const head = lower.slice(s.start, c.end);
  const m = HELPED_COUNT.exec(head);
  if (!m) return 1;
  const n = parseNumber(/^[a-z]+/.test(m[0]) ? m[0].split(" ")[0] ?? "" : m[0].charAt(0));
  let parts = 0;
  for (const _ of allMatches(ONE_APART_ALL, lower.slice(c.end, s.end))) parts++;
  return n !== undefined && parts === n ? n : 1;
}

/**
 * A day named: 周二, 礼拜四, 星期天, Tuesday, and today closing a week's list (礼拜一…礼拜三…今天又…). Not 昨天 or
 * 前天: "found it 前天, gave it back 昨天" tells the steps of one deed by the day each was done.
 */
const DAY_SOURCE = "(?:周|礼拜|星期)[一二三四五六日天]|今天|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\btoday\\b";
/** A cheap first test: some weekday is named (today and yesterday join a list of weekdays, never make one). */
const MAY_NAME_DAY = /周[一二三四五六日天]|礼拜[一二三四五六日天]|星期[一二三四五六日天]|(?:mon|tues|wednes|thurs|fri|satur|sun)day/;
/** A day opening its clause (周二下午去…, 上周四中午…, 我周一…, On Monday I…): the day that clause's deed was done. */
const DAY_OPENS = new RegExp(`^\\s*(?:(?:我们?|他|她|本|这个?|上个?|就|又|也|and |then |last |on |and on |then on )\\s?){0,2}(${DAY_SOURCE})`);
/** Yesterday or the day before opening a clause, once weekdays are listed (礼拜四…;昨天帮他理了个发,又一回). */
const DAY_BEFORE_OPENS = /^\s*(?:(?:我们?|他|她|and |then )\s?)?(昨天|前天|昨晚|yesterday)/;
/** Days listed and then done each (周一、周三、周五各去了一家; 礼拜一和礼拜四都克了; Monday and Friday both). */
const DAY_LIST = new RegExp(`(?<![每下从])(?:${DAY_SOURCE})(?:\\s?(?:、|,|,|和|跟|与|及|and|&)\\s?(?:${DAY_SOURCE}))+\\s?(?:我们?|他们?|她们?)?(?:两天|三天|四天)?(?:都|各|each\\b|both\\b)`, "g");
/** Days named in a range (从周一到周五): no day of its own. */
const DAY_RANGE_AFTER = /^\s?(?:到|至|-|~|—|to\b|through\b|till\b)/;

/**
 * Occasions told day by day: the deed's tellings stand under two days or more, each named at the head of its
 * clause (周一帮刘奶奶换了灯泡,周二帮陈爹爹取了药,周四…; 周二去看望…;周五上午又去了一次,给她送了饺子), or the days are
 * listed and done each (周一、周三、周五各去了一家). An occasion deed is counted by its occasions, and a day is one,
 * unless its own clauses count more (周一扫了两回 周三又扫了一回 → 3). A total told before the days (这周去了两趟…)
 * stays the count when the days only break it down. Undefined when fewer than two days are told.
 */
function daysTold(own: readonly DeedHit[], all: readonly DeedHit[], seg: Segments, lower: string): number | undefined {
  const first = seg.clauses[(own[0] as DeedHit).clause];
  const lastHit = seg.clauses[(own[own.length - 1] as DeedHit).clause];
  if (!first || !lastHit) return undefined;
  // Days listed and done each, in the deed's sentences.
  const from = seg.sentences[first.sentence]?.start ?? first.start;
  const to = seg.sentences[lastHit.sentence]?.end ?? lastHit.end;
  const span = lower.slice(from, to);
  DAY_LIST.lastIndex = 0;
  for (let m = DAY_LIST.exec(span); m !== null; m = DAY_LIST.exec(span)) {
    const n = distinctDays(m[0]);
    if (n >= 2 && ownedBy((own[0] as DeedHit).cat, from + m.index, all, seg)) {
      DAY_LIST.lastIndex = 0;
      return n;
    }
  }
  DAY_LIST.lastIndex = 0;
  // Clause by clause through the deed's sentences: a day opening a clause holds till its sentence ends; under it,
  // the deed's tellings and counts (我上去劝了两回, 礼拜三一回) are that day's occasions.
  const cat = (own[0] as DeedHit).cat;
  const keys: string[] = [];
  const counts: number[] = [];
  let total: number | undefined;
  let own1 = 0;
  let day: string | undefined;
  let sentence = -1;
  for (let i = own[0]?.clause ?? 0; i < seg.clauses.length; i++) {
    const c = seg.clauses[i] as { start: number; end: number; sentence: number };
    if (c.sentence > lastHit.sentence) break;
    if (c.sentence !== sentence) {
      sentence = c.sentence;
      day = undefined;
    }
    const text = lower.slice(c.start, c.end);
    const m = DAY_OPENS.exec(text) ?? (keys.length > 0 ? DAY_BEFORE_OPENS.exec(text) : null);
    if (m && !DAY_RANGE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) day = dayKey(m[1] ?? "");
    if (foreign(all, cat, i)) {
      day = undefined;
      continue;
    }
    const told = hasHit(own, i);
    const n = occasionsIn(text, { cat, all, offset: c.start, seg });
    if (day === undefined || SUMS_UP.test(text)) {
      // A telling under no day: a total the days break down (这周去了两趟…; 一个礼拜劝了三回架; 反正三回),
      // or one occasion of its own before them (指挥了一回交通 礼拜四一回 礼拜六又一回).
      if (n === 1 && told && keys.length === 0) own1 = 1;
      else if (told || SUMS_UP.test(text)) total = Math.max(total ?? 0, n ?? 0, keys.length === 0 ? visitsBefore(own[0] as DeedHit, all, seg, lower) ?? 0 : 0);
      continue;
    }
    // Under a day, a count told without the deed's words is its occasions only as a bare list item (礼拜三一回):
    // "accepted after refusing three times" counts something else.
    if (!told && (n === undefined || !enumeratedIn(text))) continue;
    const k = keys.indexOf(day);
    if (k < 0) {
      keys.push(day);
      counts.push(n ?? 1);
    } else counts[k] = Math.max(counts[k] as number, n ?? 1);
  }
  if (keys.length < 2) return undefined;
  let sum = 0;
  for (const n of counts) sum += n;
  return total !== undefined && total >= 2 && total >= keys.length ? Math.max(total, sum === keys.length ? 0 : sum) : sum + own1;
}

/** The same day however named: 周二, 礼拜二, 星期二 → 二; 周日, 礼拜天 → 日. */
function dayKey(day: string): string {
  const d = day.replace(/^(?:周|礼拜|星期)/, "");
  return d === "天" ? "日" : d.slice(0, 3);
}

function distinctDays(list: string): number {
  const keys: string[] = [];
  for (const m of allMatches(DAY_ANY, list)) {
    const key = dayKey(m[0]);
    if (!keys.includes(key)) keys.push(key);
  }
  return keys.length;
}
const DAY_ANY = new RegExp(DAY_SOURCE, "g");

/** A count of visits in a clause before the hit's, in its sentence and naming no deed (这周去了两趟独居的黄婆婆家,周一帮她…). */
function visitsBefore(h: DeedHit, all: readonly DeedHit[], seg: Segments, lower: string): number | undefined {
  const c = seg.clauses[h.clause];
  for (let i = h.clause - 1; i >= 0 && i >= h.clause - 2 && c; i--) {
    const d = seg.clauses[i] as { start: number; end: number; sentence: number };
    if (d.sentence !== c.sentence || hasHit(all, i)) break;
    const n = occasionsIn(lower.slice(d.start, d.end), { cat: h.cat, all, offset: d.start, seg });
    if (n !== undefined) return n;
  }
  return undefined;
}

/** A clause opening one of the parts of a count: 一回是…, 另一回是…, 两起是…, 一处是…. */
const PART_OPENS = new RegExp(`^\\s*(?:另|还有)?(${NUMBER_SOURCE})\\s?(?:回|次|起|处|趟)是`);
const MAY_LIST_PARTS = /[一两二三四][回次起处趟]是/;
/** A count of occasions in a clause: 捡到过两回东西, 报了两起隐患; or a vague one, 好几回. */
const PARTS_TOTAL = new RegExp(`(?<![第一每])(${NUMBER_SOURCE}|好几|几)\\s?(?:回|次|起|处|趟)(?!是)`);

/**
 * Occasions counted and then told part by part (捡了两回东西:一回是…;另一回是…; 发现两处隐患 一处是… 一处是…;
 * 当了好几回和事佬 两起是… 一起是… 一起是…): the count told, or with none, the parts summed. The count stands in the
 * first hit's sentence or the one before, the parts after it, with no other deed told between.
 */
function partsTold(own: readonly DeedHit[], all: readonly DeedHit[], seg: Segments, lower: string): number | undefined {
  const first = own[0] as DeedHit;
  const firstSentence = seg.clauses[first.clause]?.sentence ?? 0;
  for (let i = 0; i < seg.clauses.length - 1; i++) {
    const c = seg.clauses[i] as { start: number; end: number; sentence: number };
    if (c.sentence < firstSentence - 1) continue;
    if (c.sentence > firstSentence || i > first.clause) return undefined;
    const m = PARTS_TOTAL.exec(lower.slice(c.start, c.end));
    if (!m) continue;
    const next = seg.clauses[i + 1] as { start: number; end: number; sentence: number };
    if (!PART_OPENS.test(lower.slice(next.start, next.end))) continue;
    // The parts: clauses opening with one, up to another deed or two sentences on.
    let parts = 0;
    let told = 0;
    for (let j = i + 1; j < seg.clauses.length; j++) {
      const p = seg.clauses[j] as { start: number; end: number; sentence: number };
      if (p.sentence > next.sentence + 1 || foreign(all, first.cat, j)) break;
      const n = PART_OPENS.exec(lower.slice(p.start, p.end));
      const v = n ? parseNumber(n[1] ?? "") : undefined;
      if (v !== undefined) {
        parts += v;
        told++;
      }
    }
    if (foreign(all, first.cat, i)) return undefined;
    const total = parseNumber(m[1] ?? "");
    if (total !== undefined && total >= 2 && parts <= total) return Math.floor(total);
    return told >= 2 && parts >= 2 ? parts : undefined;
  }
  return undefined;
}

/** What every telling again holds (又, 再, a count of occasions, again): a cheap test first. */
const MAY_BE_AGAIN = /[又再回次趟起]|again|did the same/;
const NONE_AGAIN: { hits: DeedHit[]; later: number } = { hits: [], later: 0 };

/** A later clause may tell the deed by its verb alone: 又送了一回, 又克指挥了一回, 劝了三回架; did the same. */
const MAY_TELL_AGAIN = /[又再了过]|did the same|again/;
/** After the verb, a count of occasions: 了三回, 过两次. */
const VERB_COUNT = new RegExp(`^(?:了|过)?\\s?(${NUMBER_SOURCE})\\s?(?:次|回|趟|起)`);
/** Before the verb, 又 or 再, with a verb of going between (又克指挥, 再去送). */
const AGAIN_BEFORE = /(?:又|再)(?:[克去来跑]|过去)?$/;
/** After the verb, a count of two or more (劝了三回): the occasions summed up (one is just another telling). */
function countedAgain(after: string): boolean {
  const m = VERB_COUNT.exec(after);
  const n = m ? parseNumber(m[1] ?? "") : undefined;
  return n !== undefined && n >= 2;
}
const DID_SAME = /\bdid (?:the same|it again)\b|\b(?:stood|stand|got|get) up again\b/;
const LATIN_WORD = /[a-z]/;

/** Where the English verb at `anchor` stands again in `text` with again or 又 told with it, or -1. */
function latinAgain(text: string, start: number, lower: string, anchor: number): number {
  const w = /^[a-z]+/.exec(lower.slice(anchor, anchor + 16))?.[0];
  if (!w || w.length < 3) return -1;
  const j = text.search(new RegExp(`\\b${w}\\b`));
  return j >= 0 && (/又[\s,,]*$/.test(lower.slice(Math.max(0, start + j - 4), start + j)) || /\bagain\b/.test(text.slice(j))) ? j : -1;
}

/**
 * Clauses after the deed's, in its sentence or the next, that name no deed but tell this one again by its
 * verb (晚上又送了一回面条 after 早上送了一回稀饭; 一个礼拜劝了三回架 after 劝开了; and on the way home did
 * the same): each is one more telling, read as a hit of the deed there.
 */
function toldAgain(own: readonly DeedHit[], all: readonly DeedHit[], seg: Segments, lower: string): { hits: DeedHit[]; later: number } {
  const first = own[0] as DeedHit;
  const last = own[own.length - 1] as DeedHit;
  const lastSentence = (seg.clauses[last.clause]?.sentence ?? 0) + 1;
  const out: DeedHit[] = [];
  let laterTold = 0;
  // Clauses listing occasions right after a telling (昨天扫了一回 今天又扫了一回) are listedAfter's to count.
  let listing = false;
  let later = false;
  for (let i = first.clause + 1; i < seg.clauses.length; i++) {
    const c = seg.clauses[i] as { start: number; end: number; sentence: number };
    // Told again with 又 in the sentence after at most; with its count (劝了三回架) until another deed is told.
    const near = c.sentence <= lastSentence;
    if (foreign(all, first.cat, i)) break;
    const text = lower.slice(c.start, c.end);
    if (hasHit(own, i)) {
      listing = true;
      later = false;
      continue;
    }
    if (listing && enumeratedIn(text)) continue;
    listing = false;
    // 又 tells another occasion at a later time, in this clause or the one before (下午又坏了 我又克指挥了一回).
    // With the break before it: 后来又 gave it to.
    const told = lower.slice((seg.clauses[i - 1] as { end: number }).end, c.end);
    const atLater = LATER_IN_DAY.test(told) || ANOTHER_DAY.test(told);
    const again = near && (atLater || later);
    later = atLater;
    if (!(again || MAY_TELL_AGAIN.test(text)) || hasHit(all, i) || idle(seg, lower, i)) continue;
    let at = -1;
    let byAgain = false;
    for (const h of own) {
      const verb = lower.charAt(h.anchor);
      if (verb.charCodeAt(0) < 0x3400) {
        // An English verb told again: 后来又 gave it to …, gave her my seat again.
        if (again && LATIN_WORD.test(verb)) at = latinAgain(text, c.start, lower, h.anchor);
        byAgain = at >= 0;
        if (at >= 0) break;
        continue;
      }
      for (let j = text.indexOf(verb); j >= 0 && at < 0; j = text.indexOf(verb, j + 1)) {
        if (again && AGAIN_BEFORE.test(text.slice(Math.max(0, j - 3), j))) {
          at = j;
          byAgain = true;
        } else if (countedAgain(text.slice(j + 1, j + 12))) at = j;
      }
      if (at >= 0) break;
    }
    if (at < 0 && again) {
      const m = DID_SAME.exec(text);
      if (m) {
        at = m.index;
        byAgain = true;
      }
    }
    // 扫了三回,头一回…,昨天又扫了一回: after a total told first, a later telling is one of its parts.
    if (at >= 0 && out.length === 0 && totalFirst(own, all, seg, lower)) return { hits: out, later: 0 };
    if (at >= 0) {
      out.push({ cat: first.cat, anchor: c.start + at, end: c.start + at + 1, start: undefined, clause: i, bareCount: undefined, bare: undefined, ing: undefined });
      if (byAgain) laterTold++;
    }
  }
  return { hits: out, later: laterTold };
}

/** The deed's first clause states two occasions or more. */
function totalFirst(own: readonly DeedHit[], all: readonly DeedHit[], seg: Segments, lower: string): boolean {
  const h = own[0] as DeedHit;
  const c = seg.clauses[h.clause];
  return c !== undefined && (occasionsIn(lower.slice(c.start, c.end), { cat: h.cat, all, offset: c.start, seg }) ?? 1) >= 2;
}

function hasHit(hits: readonly DeedHit[], clause: number): boolean {
  for (const h of hits) if (h.clause === clause) return true;
  return false;
}

/** Two lists of hits in anchor order. */
function mergeHits(a: readonly DeedHit[], b: readonly DeedHit[]): DeedHit[] {
  const out = a.slice();
  for (const h of b) {
    let j = out.length;
    while (j > 0 && (out[j - 1] as DeedHit).anchor > h.anchor) j--;
    out.splice(j, 0, h);
  }
  return out;
}

/** Every telling starts with the same verb (扫了两回 … 扫了一回 … 又扫了一回): parts of one count, not more deeds. */
function sameVerb(own: readonly DeedHit[], lower: string): boolean {
  const verb = lower.charAt((own[0] as DeedHit).anchor);
  for (const h of own) if (lower.charAt(h.anchor) !== verb) return false;
  return true;
}

/** A later time of day between two tellings of a deed: 上午…下午又…. */
const LATER_IN_DAY = /(?<!一)(?:上午|下午|中午|晚上|早上)|傍晚|夜里|(?<![送带陪扶接][他她]?)回(?:来|家)|后来|\b(?:later|in the (?:afternoon|evening)|on the way (?:home|back)|coming back|going home)\b/;
/** A meal: 中饭 … 又送了晚饭. */
const MEAL = /[早中午晚夜]饭|[早午晚]餐|\b(?:breakfast|lunch|dinner|supper)\b/;


/** One listed occasion: 中午一回, 礼拜五又一回, 下午一趟 (read one after another, sticky). */
const OCCASION_ITEM = new RegExp(`[^\\s,]{0,6}?(?:又|再|也|还)?(?<![第拜期周])(${NUMBER_SOURCE})\\s?(?:次|回|趟|顿)\\s*`, "y");

/** A clause made only of listed occasions (礼拜三一回, 中午一回晚上一回): their sum and how many, else undefined. */
function enumeratedIn(text: string): { sum: number; items: number } | undefined {
  const t = text.trim();
  if (!ENUMERATED_ANY.test(t)) return undefined;
  let at = 0;
  let sum = 0;
  let items = 0;
  while (at < t.length) {
    OCCASION_ITEM.lastIndex = at;
    const m = OCCASION_ITEM.exec(t);
    const n = m ? parseNumber(m[1] ?? "") : undefined;
    if (n === undefined || n > 10) return undefined;
    sum += Math.floor(n);
    items++;
    at = OCCASION_ITEM.lastIndex;
  }
  return items ? { sum, items } : undefined;
}
/** Cheap first test: a clause of listed occasions ends in one. */
const ENUMERATED_ANY = /[次回趟顿]$/;

/** A clause that is a count alone: 两回. */
const BARE_COUNT = new RegExp(`^\\s*(?:${NUMBER_SOURCE})\\s?(?:次|回|趟)\\s*$`);

/** Each: 各送了一回 tells the count of each listed occasion, not a total. */
const EACH = /各/;

/**
 * Occasions listed in clauses of their own around the deed's: 礼拜一疏导了一回,礼拜三一回,礼拜五又一回 → +2;
 * 中午一回晚上一回 各送了一回饭 and 送饭 中午一趟 晚上一趟 → 2.
 */
function listedAfter(own: readonly DeedHit[], all: readonly DeedHit[], seg: Segments, lower: string): number {
  const last = own[own.length - 1] as DeedHit;
  const own0 = seg.clauses[last.clause];
  // Only a deed clause with a count of its own starts a list (疏导了一回); else a bare count is its total (让座 两次).
  if (!own0) return 0;
  const ownText = lower.slice(own0.start, own0.end);
  let stated = EACH.test(ownText) ? undefined : occasionsIn(ownText, { cat: last.cat, all, offset: own0.start, seg });
  const sentence = own0.sentence;
  let more = 0;
  let listed = 0;
  for (let i = last.clause + 1; i < seg.clauses.length; i++) {
    const c = seg.clauses[i] as { start: number; end: number; sentence: number };
    if (c.sentence !== sentence || foreign(all, last.cat, i)) break;
    const text = lower.slice(c.start, c.end);
    if (SUMS_UP.test(text)) return 0;
    const e = enumeratedIn(text);
    if (!e) break;
    // 指挥车子 两回 早上一回 中午又一回: a bare count first is the total the listed ones break down.
    if (listed === 0 && stated === undefined && e.sum >= 2 && BARE_COUNT.test(text)) {
      stated = e.sum;
      continue;
    }
    more += e.sum;
    listed += e.items;
  }
  // Listed before the deed, with no count of its own (礼拜三一回 礼拜五一回 都克送了饭).
  if (listed === 0 && stated === undefined) {
    const first = seg.clauses[(own[0] as DeedHit).clause];
    for (let i = (own[0] as DeedHit).clause - 1; i >= 0 && first; i--) {
      const c = seg.clauses[i] as { start: number; end: number; sentence: number };
      if (c.sentence !== first.sentence || foreign(all, last.cat, i)) break;
      const e = enumeratedIn(lower.slice(c.start, c.end));
      if (!e) break;
      more += e.sum;
      listed += e.items;
    }
  }
  // 送饭 中午一趟 晚上一趟: with no count of its own, two listed occasions or more are the count.
  if (stated === undefined) return listed >= 2 ? more - 1 : 0;
  // A total told first and then broken down (洗了两回 礼拜二一回 礼拜五一回) stays the total.
  return stated >= 2 && more <= stated ? 0 : more;
}

function toldOneByOne(own: readonly DeedHit[], all: readonly DeedHit[], seg: Segments, lower: string): number {
  // Occasions told one by one in separate clauses (推了两回车 … 又提了一回菜) add up.
  // Clauses in first-seen order with their counts (parallel arrays, not a Map and spreads: this runs for most reports).
  if (spansClauses(own)) {
    const clauses: number[] = [];
    const stated: Array<number | undefined> = [];
    let statedCount = 0;
    for (const h of own) {
      const c = seg.clauses[h.clause];
      if (!c || clauses.includes(h.clause)) continue;
      const n = occasionsIn(lower.slice(c.start, c.end), { cat: h.cat, all, offset: c.start, seg });
      clauses.push(h.clause);
      stated.push(n);
      if (n !== undefined) statedCount++;
    }
    if (statedCount >= 1 && clauses.length >= 2) {
      let again = false;
      // 又 in the first telling (今天又当了一回老娘舅) is about days before; only a later telling's 又 adds one.
      for (const i of clauses.slice(1)) {
        const c = seg.clauses[i];
        if (c !== undefined && AGAIN.test(lower.slice(c.start, c.end))) {
          again = true;
          break;
        }
      }
      if (statedCount >= 2 || again) {
        let total = 0;
        for (const n of stated) total += n ?? 1;
        // 捡了两回东西:一回是…;一回是…: a total told first, then broken down, stays the total.
        const first = stated[0];
        // With 又 too, when the parts add up to it exactly (扫了两回 礼拜一一回 礼拜四又一回).
        if (first !== undefined && first >= 2 && ((total - first === first && sameVerb(own, lower)) || (total - first <= first && !againLater(clauses, seg, lower, false)))) return first;
        return Math.max(total, laterTotal(own, all, seg, lower) ?? 0);
      }
    }
    // 去的时候给…让了座,回来的时候又给…让了座: the deed told again in a later clause with 又 is one more occasion.
    if (statedCount === 0 && clauses.length >= 2 && againLater(clauses, seg, lower, true) && !habitual(own, seg, lower)) return clauses.length;
  }
  let best = 1;
  for (const h of own) {
    const c = seg.clauses[h.clause];
    if (!c) continue;
    best = Math.max(best, occasionsIn(lower.slice(c.start, c.end), { cat: h.cat, all, offset: c.start, seg }) ?? 1);
    // The clause after, past a remark in brackets: visited Grandpa Zhou (the one living alone …) twice.
    let next = seg.clauses[h.clause + 1];
    if (next && ((lower.charAt(next.start - 1) === "(" && lower.charAt(next.end) === ")") || RELATIVE_CLAUSE.test(lower.slice(next.start, next.end)))) {
      next = seg.clauses[h.clause + 2];
    }
    if (next && next.sentence === c.sentence && TOTAL.test(lower.slice(next.start, next.end))) {
      best = Math.max(best, occasionsIn(lower.slice(next.start, next.end), { cat: h.cat, all, offset: next.start, seg }) ?? 1);
    }
  }
  // One run-on clause telling the deed again (上午在绿化带捡垃圾下午又把单元门口扫了一遍): one occasion each.
  if (best === 1 && own.length >= 2) {
    let told = 1;
    for (let i = 1; i < own.length; i++) {
      const a = own[i - 1] as DeedHit;
      const b = own[i] as DeedHit;
      // Between the two: from the first's end to the second's words, or its verb when both share the object (蒋婆婆送了中饭又送了晚饭).
      const to = (b.start ?? b.anchor) > a.end ? b.start ?? b.anchor : lower.charAt(a.anchor) === lower.charAt(b.anchor) ? b.anchor : a.end;
      const between = lower.slice(a.end, Math.max(a.end, to));
      // 送了中饭又送了晚饭: two meals are two times of day.
      if (b.clause === a.clause && AGAIN.test(between) && (LATER_IN_DAY.test(between) ||
        (MEAL.test(lower.slice(a.anchor, b.anchor)) && MEAL.test(lower.slice(b.anchor, b.end + 4))))) told++;
    }
    best = told;
  }
  if (best === 1 && !habitual(own, seg, lower)) best += wentAgain(own, all, seg, lower);
  return Math.max(best, laterTotal(own, all, seg, lower) ?? 1);
}

/**
 * Some clause after the first of `clauses` holds 又 or again; with `atAnotherTime`, also a later time
 * (回来的时候又…, 下午又…, 周四又…): 又 alone often joins steps of one visit (洗了晒了,又陪她说了会话).
 */
function againLater(clauses: readonly number[], seg: Segments, lower: string, atAnotherTime: boolean): boolean {
  for (let k = 1; k < clauses.length; k++) {
    const c = seg.clauses[clauses[k] as number];
    if (!c) continue;
    const text = lower.slice(c.start, c.end);
    if (AGAIN.test(text) && (!atAnotherTime || LATER_IN_DAY.test(text) || ANOTHER_DAY.test(text))) return true;
  }
  return false;
}

/** Another day named: 昨天, 第二天, 周四, 礼拜三. */
const ANOTHER_DAY = /昨天|前天|今天|第二天|次日|[周]|礼拜|星期|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|next day|the day after)\b/;
/** A habit (每个礼拜, 天天): 又 tells one more of its days, not a second deed. */
const HABIT = /每|天天|经常|常常|总是|\bevery\b|\busually\b/;

function habitual(own: readonly DeedHit[], seg: Segments, lower: string): boolean {
  const c = seg.clauses[(own[0] as DeedHit).clause];
  return c !== undefined && HABIT.test(lower.slice(c.start, c.end));
}

/** A clause that goes again without the deed's words: 下午又去了一趟, went back again. */
const WENT_AGAIN = /^[^,。!?]{0,6}(?:又|再)(?:去|克|跑|来|过去)了?(?:一趟|一回|一次)|\bwent back again\b/;

/** Clauses after the deed that go again (上午我跑了一趟帮他…,下午又去了一趟): one more occasion each. */
function wentAgain(own: readonly DeedHit[], all: readonly DeedHit[], seg: Segments, lower: string): number {
  const last = own[own.length - 1] as DeedHit;
  let more = 0;
  for (let i = last.clause + 1; i < seg.clauses.length && i <= last.clause + 4; i++) {
    if (foreign(all, last.cat, i)) break;
    const c = seg.clauses[i] as { start: number; end: number };
    if (WENT_AGAIN.test(lower.slice(c.start, c.end))) more++;
  }
  return more;
}

/** A clause break that sums up: ". So ". */
const SUMMING_BREAK = /\bso\b|反正|总之/;

/** Sums up after the deeds: 反正三回, 一共四次, all in all three times. */
const SUMS_UP = /^\s*(?:反正|总之|算下来|加起来|一共|总共|all in all|in total|so)/;

/** A later clause that sums the occasions up (…又扫了一回 反正三回), in the last deed's sentence or the next (So two times today!). */
function laterTotal(own: readonly DeedHit[], all: readonly DeedHit[], seg: Segments, lower: string): number | undefined {
  const last = own[own.length - 1] as DeedHit;
  const sentence = seg.clauses[last.clause]?.sentence ?? 0;
  for (let i = last.clause + 1; i < seg.clauses.length; i++) {
    const c = seg.clauses[i] as { start: number; end: number; sentence: number };
    if (c.sentence > sentence + 1 || foreign(all, last.cat, i)) break;
    const text = lower.slice(c.start, c.end);
    // The summing word may have split the clause off (So | two times today).
    const before = lower.slice(Math.max(0, (seg.clauses[i - 1]?.end ?? c.start)), c.start);
    if (SUMS_UP.test(text) || SUMMING_BREAK.test(before)) return occasionsIn(text, { cat: last.cat, all, offset: c.start, seg });
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
    const last = spans.length > 0 ? spans[spans.length - 1] : undefined; // index -1: a slow lookup of a property "-1"
    if (last && s[0] < last[1]) last[1] = Math.max(last[1], s[1]);
    else spans.push(s);
  }
  let total = 0;
  for (const h of own) total += h.bareCount ?? 0;
  const echoes: Echoes = { text: "", n: undefined, end: -1 };
  for (const [start, end] of spans) {
    const text = lower.slice(start, end);
    const k = { cat: catIndex, all, offset: start, seg, src: lower };
    if (cat.unit === "item" && cat.unitCount) {
      const before = echoes.lots ?? 0;
      const n = itemsIn(cat.unitCount, text, k, echoes);
      // 门上4张,旁边墙上3张 … 胖嫂铲牛皮癣7张: a later sentence giving the sum of the lots before restates them.
      if (!(before >= 2 && n === total && echoes.lots === before + 1 && !AGAIN_LOT.test(text))) total += n;
    } else if (cat.unit === "hour") total += hoursIn(text, k);
  }
  // No count beside the deed: the count may follow in a sentence of its own that tells no other deed
  // (Joined the patrol last night. We walked from 7 to 10 pm.).
  if (total === 0) total = laterSentenceCount(cat, catIndex, own, all, seg, lower);
  // Hours totalled in a later sentence (两天都是7点到9点。一共4个小时,麻烦登记) are the count.
  else if (cat.unit === "hour" && MAY_TOTAL.test(lower)) total = laterHoursTotal(catIndex, own, all, seg, lower) ?? total;
  // Items totalled in a later sentence (1号楼3张;2号楼4张。合计7张) are the count, as the teller summed them.
  else if (cat.unit === "item" && cat.unitCount && MAY_TOTAL.test(lower)) total = laterItemsTotal(cat.unitCount, catIndex, spans, all, seg, lower) ?? total;
  return Math.max(1, total);
}

/** A word that states a total: a cheap test first. */
const MAY_TOTAL = /共|总计|合计|累计|加起来|算下来|total|altogether|in all/;

/** A total of hours stated in a sentence after the deed's that tells no other deed: 两个晚上加起来4个小时. */
function laterHoursTotal(catIndex: number, own: readonly DeedHit[], all: readonly DeedHit[], seg: Segments, lower: string): number | undefined {
  const lastClause = seg.clauses[(own[own.length - 1] as DeedHit).clause];
  if (!lastClause) return undefined;
  let start = -1;
  let end = -1;
  for (let i = 0; i < seg.clauses.length; i++) {
    const c = seg.clauses[i] as { start: number; end: number; sentence: number };
    if (c.sentence <= lastClause.sentence) continue;
    if (c.sentence > lastClause.sentence + LATER_SENTENCES || foreign(all, catIndex, i)) break;
    if (start < 0) start = c.start;
    end = c.end;
  }
  if (start < 0) return undefined;
  const text = lower.slice(start, end);
  const stated = MAY_BE_DURATION.test(text) ? hourLots(text, { cat: catIndex, all, offset: start, seg, src: lower })?.stated : undefined;
  return stated === undefined ? undefined : Math.max(1, Math.floor(stated));
}

/** The stretch of up to LATER_SENTENCES sentences after the one `pos` ends, up to a clause telling another deed. */
function laterStretch(catIndex: number, pos: number, all: readonly DeedHit[], seg: Segments): [number, number] | undefined {
  const sentence = sentenceAt(seg, pos);
  if (sentence < 0) return undefined;
  let start = -1;
  let end = -1;
  for (let i = 0; i < seg.clauses.length; i++) {
    const c = seg.clauses[i] as { start: number; end: number; sentence: number };
    if (c.sentence <= sentence) continue;
    if (c.sentence > sentence + LATER_SENTENCES || foreign(all, catIndex, i)) break;
    if (start < 0) start = c.start;
    end = c.end;
  }
  return start < 0 ? undefined : [start, end];
}

/** A total of items stated after the deed's sentence, in one that tells no other deed: 合计10张, 10 in total. */
function laterItemsTotal(unitCount: RegExp, catIndex: number, spans: ReadonlyArray<[number, number]>, all: readonly DeedHit[], seg: Segments, lower: string): number | undefined {
  // After the last lot counted (its list may run on past semicolons).
  const at = laterStretch(catIndex, ((spans[spans.length - 1] as [number, number])[1]) - 1, all, seg);
  if (!at) return undefined;
  const text = lower.slice(at[0], at[1]);
  let stated: number | undefined;
  unitCount.lastIndex = 0;
  for (let m = unitCount.exec(text); m !== null; m = unitCount.exec(text)) {
    const n = parseNumber(m[1] ?? "");
    const after = m.index + (m[1] ?? "").length;
    if (n === undefined || !(TOTAL_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index)) || TOTAL_AFTER.test(text.slice(after, after + 24)))) continue;
    if (ownedBy(catIndex, at[0] + m.index, all, seg)) {
      stated = Math.floor(n);
      break;
    }
  }
  unitCount.lastIndex = 0;
  return stated !== undefined && stated >= 1 ? stated : undefined;
}

/** Where a clause's future words (will, 明天) start, when they are what makes it idle; else -1. */
function futureFrom(clause: string): number {
  const m = UNCOUNTED.exec(clause);
  return m !== null && FUTURE.test(m[0]) ? m.index : -1;
}
const FUTURE = /^(?:以后|今后|往后|明天|下次|下回|回头|will|tomorrow|next time)$/;

/** How many sentences after the deed's a count may stand in. */
const LATER_SENTENCES = 2;

function laterSentenceCount(
  cat: CompiledCategory, catIndex: number, own: readonly DeedHit[], all: readonly DeedHit[], seg: Segments, lower: string,
): number {
  const lastClause = seg.clauses[(own[own.length - 1] as DeedHit).clause];
  if (!lastClause) return 0;
  const k = { cat: catIndex, all, offset: 0, seg, src: lower };
  for (let s = lastClause.sentence + 1; s <= lastClause.sentence + LATER_SENTENCES; s++) {
    let start = -1;
    let end = -1;
    for (let i = 0; i < seg.clauses.length; i++) {
      const c = seg.clauses[i] as { start: number; end: number; sentence: number };
      if (c.sentence !== s) continue;
      if (foreign(all, catIndex, i)) return 0;
      if (idle(seg, lower, i)) {
        // Peeled off 12 of them before my coffee, my nails will never recover: the count stands before the future words.
        const cut = futureFrom(lower.slice(c.start, c.end));
        if (cut <= 0) return 0;
        if (start < 0) start = c.start;
        end = c.start + cut;
        break;
      }
      if (start < 0) start = c.start;
      end = c.end;
    }
    if (start < 0) return 0;
    const text = lower.slice(start, end);
    k.offset = start;
    const n = cat.unit === "item" && cat.unitCount ? itemsIn(cat.unitCount, text, k) : cat.unit === "hour" ? hoursIn(text, k) : 0;
    if (n > 0) return n;
  }
  return 0;
}
