// How sure a reading is, and the lane it goes to. A reading starts sure and loses confidence
// for each sign that the message may be talk about a deed rather than a report of one: a joke
// or a question, words told of someone else (他说, he claims) or doubted, no completed verb, a
// long story, a reward of heroic size. A laugh, a question or 他说 counts only in the sentences
// that tell the deeds; a question about points counts anywhere. The start and the cut-offs are set from the
// public dev corpus and the tuning batches, where sure readings were reports 95-100% of the time
// (never from the frozen held-out set, which only measures them).
import { anyOf } from "./any-of.ts";
import { ENDED_HABIT, RELAYED } from "./cues.ts";
import type { ParseLane } from "./types.ts";

export interface ConfidenceCues {
  tagged: boolean;
  /** Normalised, ASCII-lower-cased text. */
  lower: string;
  /**
   * The sentences that tell the deeds (from the first one's start to the next one's start) and
   * where the last deed ends in the text: a laugh, a question or 他说 in another sentence of a
   * long message ("My arm is so tired now haha", "anyone know why?") is about something else.
   */
  window: { start: number; end: number; lastDeedEnd: number };
  /** Every deed clause has a completed verb (了, 过, -ed …). */
  completed: boolean;
  /** The doer was found as the subject (a name, I, 我), not only by default or from praise. */
  subjectStated: boolean;
  /** Highest catalog points of one deed. */
  topPoints: number;
  /** The message praises the one spoken to: its tag question (是你扫的吧) asks nothing. */
  praised?: boolean;
}

/** A joke owned up to (just kidding, 开玩笑的): about the whole message wherever it stands. */
const JOKE_OWNED = /just kidding|only kidding|开玩笑的|开个玩笑|逗你们的|\bjk\b/;

/**
 * A laugh in the deed's sentences: the deed may be a joke, but most often it is only a friendly
 * report (献了四百毫升 嘿嘿, my zongzi looked terrible haha). Alone it costs a little; with talk of
 * points beside it (能加几分 哈哈, 300 points please 😂) it is a joke about the scheme.
 */
const LAUGH = /哈哈|呵呵|嘿嘿|笑死|😂|🤣|😆|😜|\blol\b|\blmao\b|\bhaha/;
/** Sarcasm or a joke said to be one (Sure, …; yeah right; 开玩笑): the deed is not told as done. */
const SARCASM = /开玩笑|\bjk\b|\bkidding\b|\bjoking\b|\bsure,|yeah right/;
/** Talk of points or of what counts, or of someone's claim (胖嫂说她…): with a laugh, the deed is a joke. */
const POINTS_TALK = /(?<!我)[说讲港](?:他|她)(?![们的家老爸妈儿女孙])|加分|加[一二两三四五六七八九十百\d几]+分|[一二两三四五六七八九十百\d几]+分给我|给我[一二两三四五六七八九十百\d几]+分|积分|算不算|不算吧|这个算|也算|算[^。!?]{0,6}[不吗冇]|\bpoints?\b|\bcounts?\b/;
/** A question anywhere in the message, above all about points: the deed may be asked about, not told. */
const ASKS_POINTS = /算不算|还是不算|能不能算|能算|可以算|还是算|是不是也算|怎么申报|怎么报|how do i (?:claim|report|apply)|请问|申请[^。!?]{0,12}分|worth \d+ points|points per|(?<!十)几分(?!钟)|多少分|加几分|能加分|does (?:that|it|this) count|how many points|points for (?:this|that|it|doing)\b|get points\?|earn points\?/;
const ASKS = /[??]|吗|[的了]吧(?=[\s,。!]|$)/;
/** A deed renounced (再也不撕了, never again): an anecdote or a grievance more than a report. */
const RENOUNCED = /再也不|再不[\u4e00-\u9fff]了|以后不[\u4e00-\u9fff]了|never again/;
/** Somebody else's claim, told on: 他说他…, he claims, apparently; not a wish of the one helped (她说她要去二医院). */
const HEARSAY = /你(?:昨天|前天|上回|今天)?[说讲港]你(?![冇没不莫])|(?<![我])[说讲港]自己|说(?:他|她)一个人|群里有人说|听群里说|群里说的|听人说|听别人说|(?:^|[,。!\s])[他她](?:说|讲|港)(?![他她]?(?:要|想))|又在群里(?:说|讲|港|吹|报)|据说|\b(?:claims?|claimed|apparently|supposedly|allegedly|reckons?)\b/;
/** The teller doubts the claim (我是不信的, 吹牛, according to him), or someone else did it first (beat me to it, 已经有人). */
const DISBELIEF = /beaten me to it|beat me to it|不信|不相信|(?<![莫别不]说(?:他|她)?)吹牛|莫吹|别吹|你就吹|谁信|还差不多|才怪|鬼信|according to him|according to her|beat me|was already swept|were already|already been|已经有人|已经被人|i don'?t believe|don'?t buy it/;

/** Beyond this many characters a message is a story: more places for a rule to misread it. */
const LONG = 140;
/** Above this many points a wrong card costs too much to post without a second look. */
const BIG_POINTS = 100;

/** Words every ENDED_HABIT match holds: a cheap test first. */
const MAY_END_HABIT = /现在|这几年|后来|以后|\bover\b|no longer|any ?more|no time|stopped/;

/** One scan for the five signs above: most reports show none, and then none is tried alone. */
const ANY_SIGN = anyOf(LAUGH, SARCASM, ASKS_POINTS, ASKS, HEARSAY, DISBELIEF, JOKE_OWNED);

export const SURE = 0.79;
export const DOUBTFUL = 0.47;

export function rateConfidence(c: ConfidenceCues): number {
  if (c.tagged) return 0.98;
  let p = 0.97;
  if (ANY_SIGN.test(c.lower)) {
    const { start, end, lastDeedEnd } = c.window;
    const told = start === 0 && end >= c.lower.length ? c.lower : c.lower.slice(start, end);
    if (JOKE_OWNED.test(c.lower)) p -= 0.2;
    else if (SARCASM.test(told)) p -= 0.2;
    else if (LAUGH.test(told)) p -= POINTS_TALK.test(c.lower) ? 0.3 : 0.1;
    // A question about points is about the deed wherever it stands.
    if (ASKS_POINTS.test(c.lower)) p -= 0.3;
    else if (!c.praised && ASKS.test(told)) p -= 0.2;
    // Somebody's claim covers the deeds told after it: 他说他… before the deed, not 他说他儿子在等他 after it.
    // A deed relayed for someone (代报) is told on their word by design: hearsay there doubts nothing.
    if ((HEARSAY.test(c.lower.slice(start, Math.max(start, lastDeedEnd))) && !RELAYED.test(c.lower)) || DISBELIEF.test(told)) p -= 0.3;
  }
  // RENOUNCED needs a 不 or "never", ENDED_HABIT a word of MAY_END_HABIT: most reports hold neither.
  if ((c.lower.includes("不") || c.lower.includes("never")) && RENOUNCED.test(c.lower)) p -= 0.3;
  if (!c.completed) p -= 0.1;
  if (!c.subjectStated) p -= 0.05;
  if (c.lower.length > LONG) p -= 0.1;
  if (c.topPoints > BIG_POINTS) p -= 0.05;
  // A habit told as ended (天天去 现在去不成了): a story of the past more than a report.
  if (MAY_END_HABIT.test(c.lower) && ENDED_HABIT.test(c.lower)) p -= 0.3;
  return Math.max(0, Math.min(1, p));
}

/**
 * The score above ranks readings and picks their lane; this turns it into the chance that the
 * reading is a report, as measured on the tuning corpora (own corpus, fresh batches 13-38):
 * sure readings were reports 99.9% of the time, doubtful ones one time in five. Sure scores map to
 * 0.95-0.99, doubtful ones to 0.05-0.40, so a doubtful reading no longer claims 0.6-0.77.
 */
const band = (score: number, lo: number, hi: number, from: number, to: number): number =>
  from + ((Math.min(hi, Math.max(lo, score)) - lo) / (hi - lo)) * (to - from);

export function calibrate(score: number): number {
  const p = score >= SURE ? band(score, SURE, 1, 0.95, 0.99) : score >= DOUBTFUL ? band(score, DOUBTFUL, SURE, 0.05, 0.4) : band(score, 0, DOUBTFUL, 0, 0.05);
  return Math.round(p * 1000) / 1000;
}

export function laneOf(confidence: number): ParseLane {
  return confidence >= SURE ? "sure" : confidence >= DOUBTFUL ? "doubtful" : "no";
}
