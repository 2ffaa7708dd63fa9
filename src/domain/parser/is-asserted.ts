// Whether one deed mention states a deed that was done: not negated, planned, asked about
// or imagined. Cues count only in the mention's own clause (or sentence, for conditionals),
// so "巡逻了两个钟头冇发现么事" stays a report while "没去成" undoes "想去献血".
import {
  ADDRESSED, ATTRIBUTIVE, COMPLETED, CONCESSIVE, EMBEDDED_QUESTION, FUTURE_EN, GENERIC, HYPOTHETICAL, NEGATED_INDEFINITE, NEGATION_AFTER, NEGATION_BARRIER, PERFECTIVE,
  NEGATION_BEFORE, PAST_HABIT, PAST_TIME, UNDONE_NEXT, PLAN_BEFORE_ZH, PLAN_EN, TOGETHER_ZH, UNDONE_AGAIN, QUESTION_EN, QUESTION_ZH, TOPIC,
} from "./cues.ts";
import type { DeedHit } from "./find-deed-hits.ts";
import type { Clause, Segments } from "./split-clauses.ts";
import { allMatches } from "./all-matches.ts";
import { codeUnit } from "./char-set.ts";

/** Characters or words every PAST_HABIT phrase contains: a cheap test first. */
const MAY_BE_HABIT = /[以从过原那年]|used|back|old/;

/** The deed's own verb with a failed result: 撕不动, 铲不掉, 够不到. */
const FAILED_RESULT = /^[\u4e00-\u9fff]不(?:动|掉|下来?|到|着)/;

/** The rest of the items, told apart: 还有两张, 剩下的, the other one. */
const PARTIAL = /^\s*(?:还有|剩下|另外|其余|其他|the rest|the other|one more|another)/;

/** How far before the verb a 没 or didn't still negates it. */
const NEGATION_REACH = 8;
const isCjk = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;

/** Some character of `s` from `from` to `to` is Chinese: a loop over char codes, not a regex on a slice. */
function hasCjk(s: string, from: number, to: number): boolean {
  const end = Math.min(to, s.length);
  for (let i = from; i < end; i++) if (isCjk(codeUnit(s, i))) return true;
  return false;
}

/** Characters or words every negation contains: a cheap test before NEGATION_BEFORE. */
const MAY_NEGATE = /[没冇未不别懒]|n'?t\b|\bnot\b|never|\bno\b|nobody|failed|cannot/;

/** Nobody at all as the subject (冇得一个人给…让座, 没人扶): negates the verb however far it stands, unless the teller then acts (没人管 我就…). */
const NOBODY_ZH = /(?:冇得|没有|冇|没)(?:一个)?人(?![家员])(?![^,。!?]*(?:我|就))/;

/** The deed named as the yardstick of talk: 那才叫巡逻 (that was patrolling). */
const TOPIC_OF_TALK = /才叫$/;
/** A 不 that ends a word of its own before the verb: 要不, 得不, 对不. */
const NOT_NEGATING_BU = /[要得对了差]不$/;

function negatedBefore(before: string, latin: boolean): boolean {
  if (!MAY_NEGATE.test(before)) return false;
  if (!latin && NOBODY_ZH.test(before)) return true;
  // 不 right before the verb (都不让座, 从不巡逻), not inside a word (要不, 对不起).
  if (!latin && before.length > 0 && before.charCodeAt(before.length - 1) === BU && !NOT_NEGATING_BU.test(before)) return true;
  let last = -1;
  for (const m of allMatches(NEGATION_BEFORE, before)) last = m.index + m[0].length;
  if (last < 0) return false;
  return latin || (before.length - last <= NEGATION_REACH && !NEGATION_BARRIER.test(before.slice(last)));
}

/** Characters every NEGATED_INDEFINITE or EMBEDDED_QUESTION match contains: without them there is nothing to remove. */
const MAY_BE_UNASKED = /[么啥什几多哪谁]|有冇|有没有|是不是/;
const unasked = (s: string): string => (MAY_BE_UNASKED.test(s) ? s.replace(NEGATED_INDEFINITE, "").replace(EMBEDDED_QUESTION, "") : s);

/** Deeds listed as examples: 这些好人好事, 之类的, and so on. */
const EXAMPLES = /^[^,。!?]{0,10}?(?:这些|之类|等等|这样的事|这种事|and so on|and things like that)/;

/** A turn in the story between two clauses: what follows may undo the deed. */
const TURN = /结果|但是|可是|不过|\bbut\b/;

/** Clauses in one sentence beyond which it is a run-on (voice-to-text without full stops). */
const RUN_ON = 4;

/** The clause's sentence holds more than RUN_ON clauses. */
function runOn(seg: Segments, index: number): boolean {
  const sentence = seg.clauses[index]?.sentence;
  let n = 0;
  for (const c of seg.clauses) if (c.sentence === sentence) n++;
  return n > RUN_ON;
}

/** The clause is the last of its sentence. */
function lastOfSentence(seg: Segments, clause: Clause): boolean {
  let last: Clause | undefined;
  for (const c of seg.clauses) if (c.sentence === clause.sentence) last = c;
  return last === clause;
}

/** A 是…的 cleft that names who did it (是胖伢一把把他拽回来的, 就是你讲好的): told as done; not a purpose (是来申报…的). */
const CLEFT_DONE = /是(?!来|去|要|想|准备|打算)[^,。!?\s报]{1,14}的$/;

/** A verb of taking someone somewhere with its goal reached (一直送到住院部, 带到门口): told as done, whatever plan the one helped had (说是要去医院). */
const REACHED = /(?<![要想会能去])(?:送|带|扶|陪|背|领)到(?!时)/;

/** The deed's doer named after it in a cleft: 的是你, 是你. */
const CLEFT_YOU = /^的?(?:就|都)?是(?:你|您)/;

/** An opening quote shortly before, a closing one shortly after. */
const OPEN_QUOTE = /['"][^'"\n]{0,12}$/;
const CLOSE_QUOTE = /^[^'"\n]{0,12}['"]/;

function inScareQuotes(lower: string, hit: DeedHit): boolean {
  const at = hit.start ?? hit.anchor;
  const before = lower.slice(Math.max(0, at - 13), at);
  if (!before.includes("'") && !before.includes('"')) return false;
  // An apostrophe inside a word (didn't, Mr. Xiong's) opens nothing.
  const open = OPEN_QUOTE.exec(before);
  if (!open || /\w/.test(before.charAt(open.index - 1))) return false;
  return CLOSE_QUOTE.test(lower.slice(hit.end, hit.end + 13));
}

/** A passive whose doer is nobody known: 被人, 被别人, 被谁. */
const PASSIVE_UNKNOWN = /被(?:人|别人|人家|谁|哪个)(?:给)?$/;

/** A former time before the deed (以前, 过去, back when), and now set against it after. */
const FORMERLY = /以前|以往|从前|那些年(?!轻|纪)|那时候|那年(?!轻|纪)|去年|前几年|本科的时候|上大学的时候|读书的时候|上学的时候|小时候|\bback when\b|^\s*before,? i\b|\bin the past\b|\bwhen i was (?:young|a student|at university)\b/;
const NOWADAYS = /现在|如今|这几年|今年|读研以后|工作以后|毕业以后|那时候|那会儿|回国之后|回国以后|回来以后|\bnow\b|\bthese days\b|\bnowadays\b/;
const LATIN_START = /[a-z]/;
const SPACE_ONLY = /^\s+$/;

/** Right before the verb: the deed was already done when the teller came (结果保洁已经, 的时候已经). */
const OTHERS_FIRST = /(?:结果|的时候)[^,。!?\s]{0,8}已经[^,。!?\s]{0,3}$|\b(?!i\b)[a-z]+ (?:had|have|has) already\s*$|\bby the time (?:i|we) (?:got|came|arrived|went)\b[^.!?]{0,40}\balready\s*$/;

/** Told as an earlier report: 报的那个, 申报的那次. */
const REPORTED_BEFORE = /(?:报|申报|发)的(?:那个|那条|那次|那件)?\s*$/;

/** The first character of the deed's verb said again, negated, later in the message: 冇巡成, 都冇献, 没撕成. */
function undoneLater(lower: string, hit: DeedHit): boolean {
  if (hit.anchor >= lower.length || !isCjk(lower.charCodeAt(hit.anchor))) return false;
  if (lower.indexOf("没", hit.end) < 0 && lower.indexOf("冇", hit.end) < 0) return false;
  const verb = lower.charAt(hit.anchor);
  const rest = lower.slice(hit.end);
  for (let i = rest.indexOf(verb); i >= 0; i = rest.indexOf(verb, i + 1)) {
    const before = rest.slice(Math.max(0, i - 3), i);
    if ((rest.charAt(i + 1) === "成" && NEGATED_BEFORE_VERB.test(before)) || NONE_AT_ALL.test(before)) return true;
  }
  return false;
}
/** Right before the verb: 没, 冇, 没有, 冇得, 没能 (…成). */
const NEGATED_BEFORE_VERB = /(?:[没冇]有?|[没冇]得|[没冇]能)$/;
/** Right before the verb: 都没, 也冇 (not at all). */
const NONE_AT_ALL = /[都也][没冇]有?$/;

const DE = 0x7684; // 的
const BEI = 0x88ab; // 被
/** After the deed: a turn, then going did not happen (结果…冇克成, but I couldn't make it). */
const WENT_NOWHERE = /(?:结果|但是|可是|不过|\bbut\b)[^。!?]{0,20}?(?:冇克成|冇去成|没去成|没克成|去不成|克不成|没能去|冇能去|取消了|活动取消|\b(?:was|got) cancell?ed\b|\bcalled off\b|\bcouldn'?t (?:go|make it)\b|\bdidn'?t (?:go|make it)\b)/;
const BU = 0x4e0d; // 不
const BI = 0x6bd4; // 比

/**
 * `praised`: the message praises the one spoken to (莫谦虚, 我都看到了), so a tag question there asks nothing.
 * `typed`: the lower-cased message before its pinyin was read as Chinese (read-pinyin.ts): a clause
 * typed in Latin letters keeps the English rules (want to, tomorrow) and negation's whole-clause reach.
 */
export function isAsserted(hit: DeedHit, seg: Segments, lower: string, praised = false, typed = lower): boolean {
  const clause = seg.clauses[hit.clause];
  if (!clause) return false;
  const sentence = seg.sentences[clause.sentence];
  const sStart = sentence?.start ?? clause.start;
  const sEnd = sentence?.end ?? clause.end;
  const clauseText = lower.slice(clause.start, clause.end);
  // A clause in Latin letters after a space beside a Chinese word (没人 give up seat) goes on the same clause: the space split it.
  // Index -1 is read as a property named "-1", a slow lookup: guarded (as every read of the clause before).
  const prev = hit.clause > 0 ? seg.clauses[hit.clause - 1] : undefined;
  const from = prev && prev.sentence === clause.sentence && LATIN_START.test(lower.charAt(clause.start)) && SPACE_ONLY.test(lower.slice(prev.end, clause.start)) ? prev.start : clause.start;
  const before = lower.slice(from, hit.anchor);
  const latin = !hasCjk(typed, clause.start, clause.end);
  const perfective = PERFECTIVE.test(clauseText);
  // COMPLETED holds 了 and 过 among its characters: a perfective clause needs no second scan.
  const done = perfective || COMPLETED.test(clauseText) || (clauseText.endsWith("的") && CLEFT_DONE.test(clauseText)) || REACHED.test(clauseText);
  // Each pattern below that needs a certain character is tried only where that character stands
  // (ATTRIBUTIVE a leading 的, UNDONE_AGAIN and UNDONE_NEXT a 又, FAILED_RESULT a 不 after the verb's first character).

  const next = lower.slice(hit.end, hit.end + 8);
  // 撕小广告的照片 modifies a noun; 救了一个落水的小伙子 (with 了) and 扫得干干净净的 (a degree
  // complement, its 的 closing the sentence) tell a deed.
  // …指挥交通的是你吧 in praise of the one spoken to: a cleft that names the doer, not a topic.
  const cleft = praised && CLEFT_YOU.test(next);
  if (!cleft && next.length > 0 && next.charCodeAt(0) === DE && ATTRIBUTIVE.test(next) && !/[了过得]/.test(lower.slice(hit.anchor, hit.end))) return false;
  if ((!cleft && TOPIC.test(next)) || (next.includes("又") && UNDONE_AGAIN.test(next))) return false;
  // 让座、扶老人过马路这些好人好事: deeds named as examples of a kind, not as done.
  if (EXAMPLES.test(lower.slice(hit.end, hit.end + 16))) return false;
  // An undoing after the verb counts in its own clause and the next (…,结果没去成).
  const following = seg.clauses[hit.clause + 1];
  const followingText = following ? lower.slice(following.start, following.end) : "";
  // A next clause about the rest (还有两张撕不下来, one more wouldn't come off) is a partial failure, not an undoing.
  const partial = following && PARTIAL.test(followingText);
  let undoEnd = following && following.sentence === clause.sentence && !partial ? following.end : clause.end;
  // …结果单位临时加班 冇克成: after 结果, 但是 or but, the undoing may come a clause later.
  const after2 = seg.clauses[hit.clause + 2];
  if (following && !partial && after2 && after2.sentence === clause.sentence && TURN.test(lower.slice(clause.end, following.start))) undoEnd = after2.end;
  // 那才叫寻逻: the deed named as the yardstick of talk, not as done.
  if (!latin && TOPIC_OF_TALK.test(before)) return false;
  if (negatedBefore(before, latin) || NEGATION_AFTER.test(lower.slice(hit.anchor, undoEnd))) return false;
  // The deed's own verb undone later in the message: 今天去巡逻 走到一半下大雨 … 冇巡成; 一回都冇献.
  if (undoneLater(lower, hit)) return false;
  // 被督导员说了一顿: the deed's word names who acted on the teller.
  if (before.length > 0 && before.charCodeAt(before.length - 1) === BEI) return false;
  // 我报了名的 结果那天孙伢发烧 冇克成: going at all fell through after a turn in the story.
  if (WENT_NOWHERE.test(lower.slice(hit.end))) return false;
  // …结果保洁已经扫完了, 我跑过去的时候已经扶起来了: somebody else had done it before the teller came.
  // (结果 opens the clause, so it stands just before the clause's own text.)
  // Every OTHERS_FIRST match holds 已经 or already (a cheap test first, as for the two below: 被, 的).
  const justBefore = lower.slice(Math.max(0, clause.start - 3), hit.anchor);
  if ((justBefore.includes("已经") || justBefore.includes("already")) && OTHERS_FIRST.test(justBefore)) return false;
  // 垃圾被人捡干净了: done by somebody unknown, not the teller.
  if (before.includes("被") && PASSIVE_UNKNOWN.test(before)) return false;
  // A deed reported before, asked about now: 我上礼拜报的那个撕小广告 加了分冇.
  if (before.includes("的") && REPORTED_BEFORE.test(before)) return false;
  // A deed word in scare quotes is irony: the 'volunteers' 'cleaning' the boards, 说自己"捐了一万".
  if (inScareQuotes(lower, hit)) return false;
  // 比献血还心疼: the deed is a standard of comparison, not something done.
  if (before.length > 0 && before.charCodeAt(before.length - 1) === BI) return false;
  if (hit.anchor + 1 < lower.length && lower.charCodeAt(hit.anchor + 1) === BU && FAILED_RESULT.test(lower.slice(hit.anchor, hit.anchor + 4))) return false;
  if (following && following.sentence === clause.sentence && followingText.includes("又") && UNDONE_NEXT.test(followingText)) return false;
  // 跟大家一起 invites, unless a clearly past time word before it tells it as done (今天上午…跟大家一起包粽子).
  // With the verb's first character: 要 plans only before a verb (讲要巡逻), and the verb is the deed's own.
  if (PLAN_BEFORE_ZH.test(before + lower.charAt(hit.anchor)) || (!done && (PLAN_BEFORE_ZH.test(lower.slice(sStart, clause.start)) ||
    (TOGETHER_ZH.test(before) && !PAST_TIME.test(lower.slice(sStart, hit.anchor)))))) return false;
  if (!perfective && ADDRESSED.test(before)) return false;
  if (latin && (PLAN_EN.test(before) || FUTURE_EN.test(clauseText))) return false;
  const lead = lower.slice(sStart, hit.anchor);
  if (HYPOTHETICAL.test(lead) || (MAY_BE_HABIT.test(lead) && PAST_HABIT.test(lead))) return false;
  // 以前…当过调解员 … 现在老了, 以前 in university … now: a former time set against now is a habit that ended.
  if (FORMERLY.test(lead) && NOWADAYS.test(lower.slice(hit.end))) return false;
  if (!perfective && GENERIC.test(clauseText)) return false;
  if (clauseText.includes("再") && CONCESSIVE.test(clauseText)) return false; // every CONCESSIVE match holds 再
  if (praised) return true;
  if (QUESTION_ZH.test(unasked(clauseText))) return false;
  if (latin && QUESTION_EN.test(lower.slice(sStart, sEnd).trim())) return false;
  // 扶老奶奶过马路 要是被讹了么样搞: an untold deed that a condition follows is asked about.
  if (!done && following && following.sentence === clause.sentence && HYPOTHETICAL.test(followingText)) return false;
  if (!done) {
    // In unpunctuated speech a "sentence" may be the whole message: a question counts only near the deed there
    // (督导 七点到九点 教他们厨余垃圾放哪个桶 asks nothing).
    const [qStart, qEnd] = runOn(seg, hit.clause) ? [(hit.clause > 0 ? seg.clauses[hit.clause - 1]?.start : undefined) ?? clause.start, following && following.sentence === clause.sentence ? following.end : clause.end] : [sStart, sEnd];
    if (QUESTION_ZH.test(unasked(lower.slice(Math.max(qStart, sStart), qEnd)))) return false;
  }
  if (sentence?.question) {
    if (!done || lastOfSentence(seg, clause)) return false;
  }
  return true;
}
