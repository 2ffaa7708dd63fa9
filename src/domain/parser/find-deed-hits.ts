// Where a message names a deed: a keyword alone (献血), or an action with a nearby object
// (撕 … 小广告). An action takes its nearest object, so in "扫了楼道,把小广告也清了" 清 goes
// with 小广告, not 楼道. Then the catalog's conflict rules settle overlapping categories.
import type { CompiledCatalog } from "./compile-catalog.ts";
import type { Token } from "./lexicon.ts";
import { COMPLETED } from "./cues.ts";
import { NUMBER_SOURCE, parseNumber } from "./numerals.ts";
import { OFFICIAL } from "./person-patterns.ts";
import type { Segments } from "./split-clauses.ts";

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
}

/** A time word that puts a tenseless English verb in the past: "I join the party yesterday". */
const PAST_TIME_EN = /\b(?:yesterday|today|this (?:morning|afternoon)|earlier|just now|last (?:night|week|weekend|month|sunday|monday|tuesday|wednesday|thursday|friday|saturday)|\w+ ago)\b/;

const CJK_WINDOW = 18;
const LATIN_WINDOW = 40;
const CLAUSE_PENALTY = 4;
/** English puts the object after the verb: a noun before it ("Uncle Zhou cleaned up the playground") is mostly its subject, so one after it ranks first. */
const LATIN_BEFORE_PENALTY = 16;
/** How near a named winner must be to make a category yield (当治安志愿者巡逻 → patrol). */
const YIELD_REACH = 8;
/** Hours within a few characters: 帮忙(搬了)两个小时, helped out for 2 hours. */
const HOURS_AFTER = new RegExp(`^[^,。!?\\d]{0,6}?(?:for )?(?:${NUMBER_SOURCE})\\s?(?:个)?(?:多|半)?\\s?(?:个)?(?:小时|钟头|个钟|hours?\\b|hrs?\\b)`);

/** 帮她, 给他, helped her: the pronoun stands for a person named earlier in the sentence. */
const RESUMPTIVE = /^(?:[他她](?!们)|\s(?:him|her)\b)/;

function clauseIndexes(tokens: readonly Token[], seg: Segments): number[] {
  const out: number[] = [];
  let c = 0;
  for (const t of tokens) {
    while (c < seg.clauses.length - 1 && (seg.clauses[c]?.end ?? 0) <= t.start) c++;
    out.push(c);
  }
  return out;
}

function pairHits(tokens: readonly Token[], clauseOf: number[], seg: Segments, lower: string, compiled: CompiledCatalog): DeedHit[] {
  const hits: DeedHit[] = [];
  tokens.forEach((act, ai) => {
    // The token's action categories, each once in entry order (a small array beats a Set here).
    const cats: number[] = [];
    let allBare = true;
    for (const e of act.entries) {
      if (e.role !== "action") continue;
      if (!cats.includes(e.cat)) cats.push(e.cat);
      if (e.bare !== true) allBare = false;
    }
    const bare = allBare || undefined;
    if (!cats.length) return;
    const sentence = seg.clauses[clauseOf[ai] ?? 0]?.sentence;
    const resumptive = RESUMPTIVE.test(lower.slice(act.end, act.end + 5));
    // "@网格员 消防栓漏水": the mention tells an official, so its object is what is told, not another office.
    const told = lower[act.start] === "@";
    let best: { cats: number[]; score: number; end: number; start: number } | undefined;
    tokens.forEach((obj, oi) => {
      if (oi === ai || seg.clauses[clauseOf[oi] ?? 0]?.sentence !== sentence) return;
      const after = obj.start >= act.end;
      const gap = after ? obj.start - act.end : act.start - obj.end;
      if (gap < 0 || (told && OFFICIAL.test(lower.slice(obj.start, obj.end)))) return;
      const latin = lower.charCodeAt(act.start) < 128 && lower.charCodeAt(obj.start) < 128;
      const near = resumptive && !after ? CLAUSE_PENALTY : gap;
      const reach = near + (clauseOf[oi] !== clauseOf[ai] ? CLAUSE_PENALTY : 0) + (after ? 0 : 0.5);
      if (reach > (latin ? LATIN_WINDOW : CJK_WINDOW)) return;
      const score = reach + (latin && !after ? LATIN_BEFORE_PENALTY : 0);
      for (const e of obj.entries) {
        if (e.role !== "object" || !cats.includes(e.cat)) continue;
        if (!best || score < best.score) best = { cats: [e.cat], score, end: Math.max(act.end, obj.end), start: Math.min(act.start, obj.start) };
        else if (score === best.score && !best.cats.includes(e.cat)) best.cats.push(e.cat);
      }
    });
    for (const cat of best?.cats ?? []) hits.push({ cat, anchor: act.start, end: best?.end ?? act.end, start: best?.start, clause: clauseOf[ai] ?? 0, bare });
    if (best) return;
    // 四栋撕了两张: a count with the deed's own counter word stands for the object.
    const after = lower.slice(act.end, act.end + 12);
    for (const cat of cats) {
      const m = compiled.categories[cat]?.countAfter?.exec(after);
      if (!m) continue;
      const bareCount = m[2] !== undefined ? parseNumber(m[2]) : undefined;
      hits.push({ cat, anchor: act.start, end: act.end + m[0].length, clause: clauseOf[ai] ?? 0, bareCount, bare });
    }
  });
  return hits;
}

const sentenceText = (seg: Segments, lower: string, h: DeedHit): string => {
  const s = seg.sentences[seg.clauses[h.clause]?.sentence ?? -1];
  return s ? lower.slice(s.start, s.end) : "";
};
const sentenceOf = (seg: Segments, h: DeedHit): number | undefined => seg.clauses[h.clause]?.sentence;
const untold = (seg: Segments, lower: string, i: number): boolean => {
  const c = seg.clauses[i];
  return !c || !COMPLETED.test(lower.slice(c.start, c.end));
};

export function findDeedHits(
  tokens: readonly Token[], seg: Segments, compiled: CompiledCatalog, lower: string,
): DeedHit[] {
  const clauseOf = clauseIndexes(tokens, seg);
  const hits: DeedHit[] = [];
  tokens.forEach((t, i) => {
    for (const e of t.entries) {
      if (e.role === "keyword") hits.push({ cat: e.cat, anchor: t.start, end: t.end, clause: clauseOf[i] ?? 0, bare: e.bare });
    }
  });
  // 帮忙搬了两个小时: a verb of helping with hours right after it is hours served.
  tokens.forEach((t, i) => {
    for (const e of t.entries) {
      if (e.role !== "timed") continue;
      const clause = seg.clauses[clauseOf[i] ?? 0];
      const m = HOURS_AFTER.exec(lower.slice(t.end, Math.min(clause?.end ?? t.end, t.end + 16)));
      if (m) hits.push({ cat: e.cat, anchor: t.start, end: t.end + m.index + m[0].length, clause: clauseOf[i] ?? 0 });
    }
  });
  // 捐了 … 血: the verb with its object (blood) outranks the same word as a keyword (donation).
  const pairs = pairHits(tokens, clauseOf, seg, lower, compiled);
  const paired = new Map(pairs.map((p) => [p.anchor, p.cat]));
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i];
    const cat = h && paired.get(h.anchor);
    if (h && cat !== undefined && cat !== h.cat) hits.splice(i, 1);
  }
  hits.push(...pairs);
  const cats = compiled.categories;
  const routed = hits.filter((h) => !h.bare || PAST_TIME_EN.test(sentenceText(seg, lower, h))).flatMap((h): DeedHit[] => {
    const c = cats[h.cat];
    if (c?.cancelledBy?.test(lower)) return [];
    if (!c?.requires || c.requires.test(lower)) return [h];
    return c.otherwise !== undefined ? [{ ...h, cat: c.otherwise }] : [];
  });
  // A named winner beats a category close by in the same sentence. A catch-all ("*") yields in
  // its clause, and to the clause next to it when its own tells nothing done: in "搞了两个钟头的
  // 义工 在社区帮老人理发" the 帮老人 describes the volunteering.
  return routed.filter((h) => {
    const c = cats[h.cat];
    if (!c) return false;
    return !routed.some((o) => o.cat !== h.cat && (
      (c.yieldsTo.has(o.cat) && sentenceOf(seg, o) === sentenceOf(seg, h) && Math.abs(o.anchor - h.anchor) <= YIELD_REACH) ||
      (c.yieldsToAll && !cats[o.cat]?.yieldsToAll && (o.clause === h.clause ||
        (Math.abs(o.clause - h.clause) === 1 && sentenceOf(seg, o) === sentenceOf(seg, h) && untold(seg, lower, h.clause))))));
  }).sort((a, b) => a.anchor - b.anchor);
}
