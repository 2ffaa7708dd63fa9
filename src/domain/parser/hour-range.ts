// Whole hours stated as a clock range: 8点到11点 → 3, 下午2点到5点 → 3, 9:00-11:30 → 2,
// from 10 till midnight → 2, 巡逻到十一点从八点开始 → 3. A period word (下午, 晚上, pm) shifts to the 24-hour clock.
import { NUMBER_SOURCE, parseNumber } from "./numerals.ts";

const N = `(${NUMBER_SOURCE}|midnight|noon)`;
const PERIOD = "(上午|早上|早晨|中午|下午|傍晚|晚上|夜里|凌晨|早|晚|夜)?";
const ZH_RANGE = new RegExp(
  `${PERIOD}(?<![拜期周])${N}\\s?(?:点|时|:(\\d\\d))(半)?(?:钟)?[^,,。!?\\d]{0,4}?(?:到|至|-|~|—|–|\\bto\\b|\\btill\\b|\\buntil\\b)${PERIOD}\\s?${N}\\s?(?:点|时|:(\\d\\d))?(半)?`, "i");
/** A start told with 开始 or 起 and its end a clause or two later: 从下午3点开始搭舞台…一直忙到晚上10点. */
const ZH_FROM_UNTIL = new RegExp(
  `从${PERIOD}${N}(?:点|时)(半)?(?:钟)?(?:开始|起)[^。!?\\n]{0,30}?(?:到|至)${PERIOD}${N}(?:点|时)(半)?`, "i");
/** A start, then the end after 一直 a clause or two later: 下午一点就过去帮忙…一直搞到四点. */
const ZH_UNTIL = new RegExp(
  `${PERIOD}(?<![拜期周\\d])${N}(?:点|时)(半)?[^。!?\\n\\d]{0,30}?一直[^。!?\\n\\d]{0,4}?(?:到|至)${PERIOD}${N}(?:点|时)(半)?`, "i");
/** A start told with 就 (there by then), the end a clause later: 早上七点就克帮忙摆凳子 摆到九点. */
const ZH_BY_THEN = new RegExp(
  `${PERIOD}(?<![拜期周\\d])${N}(?:点|时)(半)?(?:钟)?就[^。!?\\n\\d]{0,24}?(?:到|至)${PERIOD}${N}(?:点|时)(半)?`, "i");
/** The end told first, the start after it: 巡逻到十一点从八点开始的. */
const ZH_END_FIRST = new RegExp(
  `(?:到|至)${PERIOD}${N}(?:点|时)(半)?[^,,。!?\\d]{0,6}?从${PERIOD}${N}(?:点|时)(半)?(?:钟)?(?:开始|起)`, "i");
const EN_RANGE = new RegExp(
  `(?:from |between |从\\s?)?\\b${N}(?::(\\d\\d))?\\s?(am|pm)?(?: dian| o'?clock)?\\s?(?:to|till|until|-|–|and|到|至|dao)\\s?${N}(?::(\\d\\d))?\\s?(am|pm)?(?: o'?clock\\b)?`, "gi");

const LATE = /下午|傍晚|晚|夜|pm/;

function clock(num: string | undefined, minutes: string | undefined, half: boolean): number | undefined {
  if (!num) return undefined;
  const v = num === "midnight" ? 24 : num === "noon" ? 12 : parseNumber(num);
  if (v === undefined || v > 24) return undefined;
  return v * 60 + (minutes ? Number(minutes) : half ? 30 : 0);
}

function span(start: number, end: number, startLate: boolean, endLate: boolean): number | undefined {
  let s = start;
  let e = end;
  if (startLate && s < 12 * 60) s += 12 * 60;
  if ((endLate || startLate) && e < 12 * 60 && e + 12 * 60 > s) e += 12 * 60;
  if (e <= s) e += 12 * 60;
  if (e <= s) e += 12 * 60; // 10pm to 1am
  if (e - s > 12 * 60 && s < 12 * 60) s += 12 * 60;
  const hours = Math.floor((e - s) / 60);
  return hours >= 1 && hours <= 16 ? hours : undefined;
}

/** Hours of the first clock range in `text`, or undefined. */
export function hoursFromRange(text: string): number | undefined {
  return findHourRange(text)?.hours;
}

/** The first clock range in `text`: its whole hours and where it starts. */
/**
 * Characters each range needs, tested first (most texts have no range): ZH_RANGE a clock word
 * and a joining word, ZH_END_FIRST 从, EN_RANGE a Latin letter or a dash in its joining word.
 */
const ZH_CLOCK = /[点时:]/;
const ZH_JOIN = /[到至\-~—–]|to|till|until/;
const EN_JOIN = /[a-z\-–]/i;

interface HourRange { hours: number; index: number; end: number }

/** The range of a match whose groups hold an end's period, hour and 半: the start's from `from`, the end's from `to`. */
function zhRange(m: RegExpExecArray | null, from: number, to: number): HourRange | undefined {
  if (!m) return undefined;
  const s = clock(m[from + 1], undefined, Boolean(m[from + 2]));
  const e = clock(m[to + 1], undefined, Boolean(m[to + 2]));
  const hours = s !== undefined && e !== undefined ? span(s, e, LATE.test(m[from] ?? ""), LATE.test(m[to] ?? "")) : undefined;
  return hours === undefined ? undefined : { hours, index: m.index, end: m.index + m[0].length };
}

export function findHourRange(text: string): HourRange | undefined {
  const zh = ZH_CLOCK.test(text) && ZH_JOIN.test(text) ? ZH_RANGE.exec(text) : null;
  if (zh) {
    const s = clock(zh[2], zh[3], Boolean(zh[4]));
    const e = clock(zh[6], zh[7], Boolean(zh[8]));
    const hours = s !== undefined && e !== undefined ? span(s, e, LATE.test(zh[1] ?? ""), LATE.test(zh[5] ?? "")) : undefined;
    if (hours !== undefined) return { hours, index: zh.index, end: zh.index + zh[0].length };
  }
  const told = (text.includes("从") ? zhRange(ZH_FROM_UNTIL.exec(text), 1, 4) : undefined) ??
    (text.includes("一直") ? zhRange(ZH_UNTIL.exec(text), 1, 4) : undefined) ??
    (text.includes("就") ? zhRange(ZH_BY_THEN.exec(text), 1, 4) : undefined) ??
    (text.includes("从") ? zhRange(ZH_END_FIRST.exec(text), 4, 1) : undefined);
  if (told) return told;
  if (!EN_JOIN.test(text)) return undefined;
  // Each candidate in turn: blocks 1 to 8 from 7 to 10pm is no range at "1 to 8".
  EN_RANGE.lastIndex = 0;
  for (let en = EN_RANGE.exec(text); en !== null; en = EN_RANGE.exec(text)) {
    const bare = /^\s*(?:$|[,.!;]|(?:am|pm|dian|o'clock|tonight|this|last|yesterday|with|at|in|on|around|near|along|by|and|shifts?|slots?)\b)/i
      .test(text.slice(en.index + en[0].length));
    // A range alone in brackets: (10-1).
    const bracketed = text.charAt(en.index - 1) === "(" && text.charAt(en.index + en[0].length) === ")";
    if (!(bare || bracketed || en[3] || en[6] || en[2] || en[5] || /from|between|till|until|o'?clock/i.test(en[0]) || /midnight|noon/.test(en[0]))) continue;
    const s = clock(en[1], en[2], false);
    const e = clock(en[4], en[5], false);
    const hours = s !== undefined && e !== undefined ? span(s, e, en[3] === "pm", en[6] === "pm") : undefined;
    if (hours !== undefined) {
      EN_RANGE.lastIndex = 0;
      return { hours, index: en.index, end: en.index + en[0].length };
    }
  }
  EN_RANGE.lastIndex = 0;
  return undefined;
}

