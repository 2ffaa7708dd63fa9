// Where a message names a deed: a keyword alone (献血), or an action with a nearby object
// (撕 … 小广告). An action takes its nearest object, so in "扫了楼道,把小广告也清了" 清 goes
// with 小广告, not 楼道. Then the catalog's conflict rules settle overlapping categories.
import type { CompiledCatalog } from "./compile-catalog.ts";
import type { Token } from "./lexicon.ts";
import { COMPLETED, INDOORS } from "./cues.ts";
import { NUMBER_SOURCE, parseNumber } from "./numerals.ts";
import { OFFICIAL } from "./person-patterns.ts";
import type { Clause, Segments } from "./split-clauses.ts";
import { hoursFromRange } from "./hour-range.ts";
import { codeUnit } from "./char-set.ts";

export interface DeedHit {
  cat: number;
  /** Where the deed's verb (or keyword) starts: the subject stands before it. */
  anchor: number;
  /** Where the deed's words end. */
  end: number;
  /** Where the deed's words start, when its object stands before the verb (两张小广告也撕了). */
  start?: number;
  clause: number;
  /** A bare count after the verb with no counter word (撕了仨): the items it stands for. */
  bareCount?: number;
  /** Read from an English base form (join): a deed only with a past time word in its sentence. */
  bare?: boolean;
  /** Read from an English -ing form (scraping): a deed in a story frame (spent … -ing, saw him -ing) or with a past time word. */
  ing?: boolean;
}

/** Whether `text` starts with a count that the category's counter words follow (9 of them, 9 stickers). */
function countedWithUnit(unitCount: RegExp | undefined, text: string): boolean {
  if (!unitCount) return false;
  unitCount.lastIndex = 0;
  const m = unitCount.exec(text);
  unitCount.lastIndex = 0;
  return m?.index === 0;
}

/**
 * A time word that puts a tenseless English verb in the past: "I join the party yesterday"; for a
 * pinyin phrase also the pinyin past words as read-pinyin.ts writes them (le → 了, zuotian → 昨天).
 */
const PAST_TIME_EN = /了|昨天|昨晚|今天|刚才|刚刚|已经|上周|\b(?:yesterday|today|le|zuo ?tian|zuo ?wan|jin ?tian|gang ?cai|yi ?jing|shang ?(?:zhou|ge yue)|this (?:morning|afternoon)|earlier|just now|last (?:night|week|weekend|month|sunday|monday|tuesday|wednesday|thursday|friday|saturday)|\w+ ago)\b/;

/**
 * An -ing form told as a deed done: after spent (spent my lunch break scraping), a verb of seeing
 * with its object (saw you sweeping, caught him pulling), was or were (were busy scraping), went (went scraping).
 */
const ING_FRAME = /\b(?:spent|spend)\b[^.!?;]{0,50}$|\b(?:saw|seen|watched|caught|spotted|noticed)\b(?! (?:a|the|this|that|some) (?:video|clip|reel|post|photo|picture)\b)[^.!?;]{0,50}$|\b(?:was|were)\s(?:[a-z]+\s){0,2}$|\bwent\s$/;
/** A present progressive (is sweeping, I'm cleaning): now or planned, not told done. */
const PRESENT_AUX = /(?:\b(?:am|is|are)|'m|'re|'s)\s(?:[a-z]+\s)?$/;

/** A base form after "to" is an infinitive, a purpose or a plan (came down to sweep up the leaves); after "help to" it is the help given. */
const INFINITIVE = /(?<!\bhelp(?:s|ed|ing)?\s)\bto\s$/;
/** A base form after help, let or make and their object is that verb's complement (help an old man take his bag), not a tense of its own. */
const COMPLEMENT = /\b(?:help|helps|helped|helping|let|lets|make|makes|made)\s(?!to\s)(?:[a-z]+\s){1,3}$/;

/** "Already" right before a base form tells it done, as learners write it (already give back to the owner). */
const ALREADY = /\balready\s$/;

/** A made-up form told as done: a base or -s form with a past time word in its sentence; an -ing form also in a story frame. */
function toldDone(seg: Segments, lower: string, h: DeedHit): boolean {
  const s = seg.sentences[seg.clauses[h.clause]?.sentence ?? -1];
  if (!s) return false;
  const before = lower.slice(s.start, h.anchor);
  if (h.ing) {
    if (PRESENT_AUX.test(before)) return false;
    if (ING_FRAME.test(before)) return true;
  } else if (COMPLEMENT.test(before) || INFINITIVE.test(before)) return false;
  else if (ALREADY.test(before)) return true;
  // A story told after its time word: "Today I smell gas in the corridor. I call the gas company …".
  return PAST_TIME_EN.test(lower.slice(0, s.end));
}

/** A verb spelled in Latin letters (English, or pinyin). */
const LATIN_VERB = /[a-z]/;
const PUNCT = /[,.;!?，。；！？]/;
const CJK_WINDOW = 18;
const LATIN_WINDOW = 40;
const CLAUSE_PENALTY = 4;
/** English puts the object after the verb: a noun before it ("Uncle Zhou cleaned up the playground") is mostly its subject, so one after it ranks first. */
const LATIN_BEFORE_PENALTY = 16;
/** How near a named winner must be to make a category yield (当治安志愿者巡逻 → patrol). */
const YIELD_REACH = 8;
/** Hours within a few characters: 帮忙(搬了)两个小时, helped out for 2 hours. */
const HOURS_AFTER = new RegExp(`^[^,。!?\\d]{0,6}?(?:for )?(?:${NUMBER_SOURCE})\\s?(?:个)?(?:多|半)?\\s?(?:个)?(?:小时|钟头|个钟|hours?\\b|hrs?\\b)`);

/** Hours anywhere in a text (帮忙打饭 … 三个钟头); a clock range is read by hoursFromRange. */
const HOURS_ANY = new RegExp(`(?:${NUMBER_SOURCE})\\s?(?:个)?(?:多|半)?\\s?(?:个)?(?:小时|钟头|个钟|hours?\\b|hrs?\\b)`);

/**
 * A verb of helping told with the hours it took elsewhere in its sentence: a clock range before it
 * in its clause or the one before (9点到12点在那边帮忙), or hours or a range in the clause after it (帮忙打饭 从十点半搞到一点半).
 */
function servedHours(seg: Segments, index: number, lower: string, t: Token): boolean {
  const clause = seg.clauses[index] as Clause;
  const next = seg.clauses[index + 1];
  const end = next && next.sentence === clause.sentence ? next.end : clause.end;
  // English words are longer: helping residents sort their rubbish, 8 to 12.
  const after = lower.slice(t.end, Math.min(end, t.end + (lower.charCodeAt(t.start) < 128 ? 45 : 30)));
  // Or a range in the clause before, in the same sentence (Spent Saturday morning, 9 to 12, … helping).
  const prev = index > 0 ? seg.clauses[index - 1] : undefined; // index -1 would be a slow lookup of a property "-1"
  const from = prev && prev.sentence === clause.sentence ? prev.start : clause.start;
  return hoursFromRange(lower.slice(from, t.start)) !== undefined || hoursFromRange(after) !== undefined || HOURS_ANY.test(after);
}

/** 帮她, 给他, helped her: the pronoun stands for a person named earlier in the sentence. */
const RESUMPTIVE = /(?:[他她](?!们)|\s(?:him|her)\b)/y;

function clauseIndexes(tokens: readonly Token[], seg: Segments): number[] {
  const out: number[] = [];
  let c = 0;
  for (const t of tokens) {
    while (c < seg.clauses.length - 1 && (seg.clauses[c]?.end ?? 0) <= t.start) c++;
    out.push(c);
  }
  return out;
}

/** Every hit is made here, with all its fields, so hits share one object shape (the later stages read them in hot loops). */
const newHit = (cat: number, anchor: number, end: number, start: number | undefined, clause: number, bareCount: number | undefined, bare: boolean | undefined, ing?: boolean): DeedHit =>
  ({ cat, anchor, end, start, clause, bareCount, bare, ing: ing || undefined });

/** Some of `cats` counts its items right after a verb ending at `end` (撕了俩, 撕了两张). */
function countFollows(compiled: CompiledCatalog, cats: readonly number[], lower: string, end: number): boolean {
  let after: string | undefined;
  for (const cat of cats) {
    const countAfter = compiled.categories[cat]?.countAfter;
    if (!countAfter) continue;
    after ??= lower.slice(end, end + 12);
    if (countAfter.test(after)) return true;
  }
  return false;
}

function pairHits(tokens: readonly Token[], clauseOf: number[], seg: Segments, lower: string, compiled: CompiledCatalog, hits: DeedHit[]): void {
  // Plain loops and locals instead of forEach closures and a `best` object per candidate: this runs for every token pair.
  for (let ai = 0; ai < tokens.length; ai++) {
    const act = tokens[ai] as Token;
    const cats = act.groups.actionCats;
    if (!cats.length) continue;
    // 从八点搞到十点: a verb joining a clock range's ends tells hours, so only an hour deed (从8点干到12点 志愿者) pairs with it.
    const hoursOnly = insideClockRange(lower, act);
    const actClause = clauseOf[ai] ?? 0;
    const sentence = seg.clauses[actClause]?.sentence;
    // Read only for an object before the verb (most objects follow it): -1 until then.
    let resumptive = -1;
    // "@网格员 消防栓漏水": the mention tells an official, so its object is what is told, not another office.
    const told = codeUnit(lower, act.start) === AT_SIGN;
    let bestCats: number[] | undefined;
    let bestScore = 0;
    let bestEnd = 0;
    let bestStart = 0;
    for (let oi = 0; oi < tokens.length; oi++) {
      const obj = tokens[oi] as Token;
      if (obj.groups.objects.length === 0) continue;
      const objClause = clauseOf[oi] ?? 0;
      if (oi === ai || seg.clauses[objClause]?.sentence !== sentence) continue;
      const after = obj.start >= act.end;
      const gap = after ? obj.start - act.end : act.start - obj.end;
      if (gap < 0 || (told && OFFICIAL.test(lower.slice(obj.start, obj.end)))) continue;
      // 我跟他两个一趟一趟往楼下搬: a 他 or 她 after 跟 before the verb is a companion, not the one acted on.
      if (!after && obj.end - obj.start === 1 && companion(lower, obj.start)) continue;
      // codeUnit (char-set.ts): this runs for every pair of tokens.
      const latin = codeUnit(lower, act.start) < 128 && codeUnit(lower, obj.start) < 128;
      if (!after && resumptive < 0) {
        RESUMPTIVE.lastIndex = act.end;
        resumptive = RESUMPTIVE.test(lower) ? 1 : 0;
      }
      const near = resumptive === 1 && !after ? CLAUSE_PENALTY : gap;
      const reach = near + (objClause !== actClause ? CLAUSE_PENALTY : 0) + (after ? 0 : 0.5);
      if (reach > (latin ? LATIN_WINDOW : CJK_WINDOW)) continue;
      const score = reach + (latin && !after ? LATIN_BEFORE_PENALTY : 0);
      for (const e of obj.groups.objects) {
        if (!cats.includes(e.cat) || (hoursOnly && compiled.categories[e.cat]?.unit !== "hour")) continue;
        if (!bestCats || score < bestScore) {
          bestCats = [e.cat];
          bestScore = score;
          bestEnd = Math.max(act.end, obj.end);
          bestStart = Math.min(act.start, obj.start);
        } else if (score === bestScore && !bestCats.includes(e.cat)) bestCats.push(e.cat);
      }
    }
    // 一单元撕了四张小广告 二单元撕了俩: a verb with its own count after it tells a lot of its own, not the object told before.
    if (bestCats && bestStart < act.start && countFollows(compiled, bestCats, lower, act.end)) bestCats = undefined;
    if (bestCats) {
      for (const cat of bestCats) {
        const k = cats.indexOf(cat);
        hits.push(newHit(cat, act.start, bestEnd, bestStart, actClause, undefined, act.groups.actionBare[k] || undefined, act.groups.actionIng[k]));
      }
      continue;
    }
    // 四栋撕了两张: a count with the deed's own counter word stands for the object.
    let after: string | undefined;
    for (let k = 0; k < cats.length; k++) {
      const cat = cats[k] as number;
      const countAfter = compiled.categories[cat]?.countAfter;
      if (!countAfter) continue;
      after ??= lower.slice(act.end, act.end + 12);
      const m = countAfter.exec(after);
      if (!m) continue;
      // A bare number that a counter follows after all (off 9 of them) is counted with its counter, not twice.
      const bareCount = m[2] !== undefined && !countedWithUnit(compiled.categories[cat]?.unitCount, after.slice(m[0].length - m[2].length))
        ? parseNumber(m[2]) : undefined;
      hits.push(newHit(cat, act.start, act.end + m[0].length, undefined, actClause, bareCount, act.groups.actionBare[k] || undefined, act.groups.actionIng[k]));
    }
  }
}

const AT_SIGN = 0x40;
const TA_HE = 0x4ed6; // 他
const TA_SHE = 0x5979; // 她
/** Characters that make the 他 or 她 after them a companion: 跟, 和, 同, 与. */
const WITH = new Set([0x8ddf, 0x548c, 0x540c, 0x4e0e]);
/** 跟他, 和她 at `at`: a companion (char codes: this runs for every pair of tokens). */
function companion(lower: string, at: number): boolean {
  const c = lower.charCodeAt(at);
  return (c === TA_HE || c === TA_SHE) && at > 0 && WITH.has(lower.charCodeAt(at - 1));
}

/** A clock just before a verb: 八点(钟), 8:30. */
const CLOCK_BEFORE = /(?:[点时]钟?|:\d\d)$/;

/** A verb that joins the two ends of a clock range (从八点搞到十点, 七点站到九点) tells the hours, not a deed of its own. */
function insideClockRange(lower: string, act: Token): boolean {
  const next = lower.charCodeAt(act.end);
  return (next === 0x5230 || next === 0x81f3) && CLOCK_BEFORE.test(lower.slice(Math.max(0, act.start - 3), act.start));
}

const sentenceOf = (seg: Segments, h: DeedHit): number | undefined => seg.clauses[h.clause]?.sentence;
/** A clause that tells nothing done: no completed verb, and no 又 of one more occasion (下车又扶一个婆婆过马路). */
const untold = (seg: Segments, lower: string, i: number): boolean => {
  const c = seg.clauses[i];
  if (!c) return true;
  const text = lower.slice(c.start, c.end);
  return !COMPLETED.test(text) && !text.includes("又");
};

/**
 * A hit of hours served whose clause tells nothing done and no hours of its own, in it or the clause after
 * (值守 两点到五点 帮到看有冇陌生人进来): a detail of a named winner a clause or two before, not a deed of its own.
 */
function bareAside(seg: Segments, lower: string, h: DeedHit): boolean {
  if (!untold(seg, lower, h.clause)) return false;
  const c = seg.clauses[h.clause] as Clause;
  const n = seg.clauses[h.clause + 1];
  const text = lower.slice(c.start, n && n.sentence === c.sentence ? n.end : c.end);
  return !HOURS_ANY.test(text) && hoursFromRange(text) === undefined;
}

/** A clause told as one more occasion (回来又给社区打了电话): its deed is not the one next to it. */
const oneMore = (seg: Segments, lower: string, i: number): boolean => {
  const c = seg.clauses[i];
  return c !== undefined && lower.slice(c.start, c.end).includes("又");
};

/**
 * A chore done to a room of a home (还把厨房拖了一遍, 把屋里拖了一遍): part of the care given there, a
 * clause or two away; not the room's state told (他屋里也打扫得干干净净的).
 */
const indoors = (seg: Segments, lower: string, h: DeedHit): boolean => {
  const c = seg.clauses[h.clause];
  if (c === undefined) return false;
  const text = lower.slice(c.start, c.end);
  return text.includes("把") && INDOORS.test(text);
};

/** Whether a named winner or a catch-all's rule makes `h` give way to another hit of `routed`. */
function yields(h: DeedHit, routed: readonly DeedHit[], compiled: CompiledCatalog, seg: Segments, lower: string): boolean {
  const cats = compiled.categories;
  const c = cats[h.cat];
  if (!c) return true;
  for (const o of routed) {
    if (o.cat === h.cat) continue;
    if (c.yieldsTo.has(o.cat) && sentenceOf(seg, o) === sentenceOf(seg, h) &&
      (Math.abs(o.anchor - h.anchor) <= YIELD_REACH || (Math.abs(o.clause - h.clause) <= 2 &&
        ((c.unit === "hour" && bareAside(seg, lower, h)) || indoors(seg, lower, h))))) return true;
    // Hours served in the clause next to it (参加消防演练 去之前还帮忙摆椅子 搞了一个钟头) are a deed of their own beside the event.
    if (c.yieldsToAll && !cats[o.cat]?.yieldsToAll && (o.clause === h.clause ||
      (Math.abs(o.clause - h.clause) === 1 && sentenceOf(seg, o) === sentenceOf(seg, h) && untold(seg, lower, h.clause) && cats[o.cat]?.unit !== "hour" &&
        !oneMore(seg, lower, o.clause)))) return true;
  }
  return false;
}

export function findDeedHits(
  tokens: readonly Token[], seg: Segments, compiled: CompiledCatalog, lower: string,
): DeedHit[] {
  const clauseOf = clauseIndexes(tokens, seg);
  let hits: DeedHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    for (const e of t.groups.keywords) {
      hits.push(newHit(e.cat, t.start, t.end, undefined, clauseOf[i] ?? 0, undefined, e.bare, e.ing));
    }
  }
  // 帮忙搬了两个小时: a verb of helping with hours right after it is hours served.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    for (const e of t.groups.timed) {
      const clause = seg.clauses[clauseOf[i] ?? 0];
      const m = HOURS_AFTER.exec(lower.slice(t.end, Math.min(clause?.end ?? t.end, t.end + 16)));
      if (m) hits.push(newHit(e.cat, t.start, t.end + m.index + m[0].length, undefined, clauseOf[i] ?? 0, undefined, undefined));
      else if (clause && servedHours(seg, clauseOf[i] ?? 0, lower, t)) hits.push(newHit(e.cat, t.start, t.end, undefined, clauseOf[i] ?? 0, undefined, undefined));
    }
  }
  // 捐了 … 血: the verb with its object (blood) outranks the same word as a keyword (donation).
  const own = hits.length;
  pairHits(tokens, clauseOf, seg, lower, compiled, hits);
  if (hits.length > own) {
    const kept: DeedHit[] = [];
    for (let i = 0; i < own; i++) {
      const h = hits[i] as DeedHit;
      // The category of the last pair at the same verb, as a Map from anchor to category would keep.
      let cat: number | undefined;
      for (let k = own; k < hits.length; k++) if ((hits[k] as DeedHit).anchor === h.anchor) cat = (hits[k] as DeedHit).cat;
      if (cat === undefined || cat === h.cat) kept.push(h);
    }
    for (let k = own; k < hits.length; k++) kept.push(hits[k] as DeedHit);
    hits = kept; // not emptied and refilled: setting an array's length is a call into the runtime
  }
  const cats = compiled.categories;
  const routed: DeedHit[] = [];
  for (const h of hits) {
    if (h.bare && !toldDone(seg, lower, h)) continue;
    // A tenseless English verb whose "object" stands before it across a stop ("…food, bring some snacks") has none there.
    if (h.bare && h.start !== undefined && h.start < h.anchor && LATIN_VERB.test(lower.charAt(h.anchor)) && PUNCT.test(lower.slice(h.start, h.anchor))) continue;
    const c = cats[h.cat];
    if (c?.cancelledBy?.test(lower)) continue;
    if (!c?.requires || heldUnnegated(c.requires, lower)) routed.push(promoted(h, compiled, lower));
    else if (c.otherwise !== undefined) routed.push(newHit(c.otherwise, h.anchor, h.end, h.start, h.clause, h.bareCount, h.bare, h.ing));
  }
  // A named winner beats a category close by in the same sentence. A catch-all ("*") yields in
  // its clause, and to the clause next to it when its own tells nothing done: in "搞了两个钟头的
  // 义工 在社区帮老人理发" the 帮老人 describes the volunteering.
  const out: DeedHit[] = [];
  for (const h of routed) if (!yields(h, routed, compiled, seg, lower)) out.push(h);
  return sortByAnchor(out);
}

/** Around a hit, where the one it is done for stands: 帮她把…, 给独居的马爹爹. */
const ABOUT_REACH = 8;
/** A pronoun for the one helped. */
const HELPED_PRONOUN = /她|他|\b(?:her|him)\b/;

/**
 * A catch-all hit (helping others) about the object of a category that falls back to it, where that
 * category's cue holds in the message, is that category's: 一个人住的贺婆婆 … 我帮她把被子烘干了 is elder care.
 */
function promoted(h: DeedHit, compiled: CompiledCatalog, lower: string): DeedHit {
  const c = compiled.categories[h.cat];
  if (!c || c.promotesTo.length === 0) return h;
  const around = lower.slice(Math.max(0, (h.start ?? h.anchor) - ABOUT_REACH), Math.min(lower.length, h.end + ABOUT_REACH));
  for (const to of c.promotesTo) {
    const t = compiled.categories[to];
    if (!t?.requires || !heldUnnegated(t.requires, lower)) continue;
    if (t.objectsRe?.test(around) || HELPED_PRONOUN.test(around)) return newHit(to, h.anchor, h.end, h.start, h.clause, h.bareCount, h.bare, h.ing);
  }
  return h;
}

/** Negation right before a cue: he is not live alone, 不是一个人住. */
const NEGATED_CUE = /(?:不是|不|没有|没|冇|\bnot|\bisn'?t|\bdoesn'?t|n't)\s*$/;

/** Some match of `cue` in the message that no negation stands right before. */
function heldUnnegated(cue: RegExp, lower: string): boolean {
  const first = cue.exec(lower);
  if (!first) return false;
  if (!MAY_NEGATE_CUE.test(lower) || !NEGATED_CUE.test(lower.slice(Math.max(0, first.index - 8), first.index))) return true;
  let all = GLOBAL.get(cue);
  if (!all) GLOBAL.set(cue, (all = new RegExp(cue.source, cue.flags + "g")));
  for (const m of lower.matchAll(all)) if (!NEGATED_CUE.test(lower.slice(Math.max(0, m.index - 8), m.index))) return true;
  return false;
}
/** Characters every negation holds: a cheap test first. */
const MAY_NEGATE_CUE = /[不没冇]|n'?t\b|\bnot\b/;
/** Each cue's global twin, made once. */
const GLOBAL = new WeakMap<RegExp, RegExp>();

/** A stable insertion sort by anchor: a message has a handful of hits, where Array.prototype.sort costs more than the sorting. */
function sortByAnchor(hits: DeedHit[]): DeedHit[] {
  for (let i = 1; i < hits.length; i++) {
    const h = hits[i] as DeedHit;
    let j = i - 1;
    while (j >= 0 && (hits[j] as DeedHit).anchor > h.anchor) {
      hits[j + 1] = hits[j] as DeedHit;
      j--;
    }
    hits[j + 1] = h;
  }
  return hits;
}
