// One canonical form of a chat message before any rule looks at it: half-width punctuation,
// no emoji or WeChat sticker codes ([强], [抱拳]), a few voice-to-text slips of common words
// fixed. Latin letters keep their case here (names); rules read the lower-cased copy beside it.
import { charSetWhere, inSet } from "./char-set.ts";
import { blankQuotes, MAY_QUOTE } from "./strip-quotes.ts";

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const STICKER = /\[[\u4e00-\u9fffA-Za-z]{1,6}\]/g;
const EMOJI = /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D|\u20E3/gu;
const SPACES = /[ \t\u00A0\u3000]+/g;

// Slips of frequent function words (content words' variants live in the catalog).
const SLIPS: Record<string, string> = {
  以经: "已经", 已近: "已经", 己经: "已经", 作天: "昨天", 昨夫: "昨天", 今夫: "今天",
  各小时: "个小时", 小实: "小时", 钟投: "钟头",
"“": '"', "”": '"', "‘": "'", "’": "'",
};
/**
 * 港 is how Jingmen speech writes 讲 (to say): 跟物业港了, 港和, 二话冇港, 莫港你冇帮忙. Not in a place or
 * a word of its own: 香港, 港口, 港澳, 海港.
 */
const GANG = /(?<![香海军商渔空河码])港(?![口湾澳台币区城务])/g;
/**
 * 滴 is how Hubei speech writes the particle 的: 抱伢滴, 墙上滴小广告, 独居滴孙爹爹. Not a drop or a drip:
 * 一滴, 点滴, 滴水, 滴答, 滴滴 (the taxi app).
 */
const DI = /(?<=[\u4e00-\u9fff])(?<![一点几半水雨眼药吊滴])滴(?![水答滴血管灌眼落下了着])/g;
/**
 * 哒 is how Hubei speech writes the aspect particle 了: 撕哒两张, 送到她屋里克哒, 两个人都不吵哒. Not the
 * sound of 么么哒 or 哒哒哒 (hooves, a motor).
 */
const DA = /(?<=[\u4e00-\u9fff])(?<![么哒])哒(?!哒)/g;
const SLIP = new RegExp(Object.keys(SLIPS).join("|"), "g");
/**
 * A phone number said digit by digit, as speech-to-text writes it: 打了一二三四五 → 12345, 幺幺零 → 110
 * (幺 is the spoken 1). Only after a dialling word or holding 幺, so 一二三单元 stays units.
 */
const SPOKEN_NUMBER = /(?<=(?:打了?|拨了?|电话(?:是|号)?))[零〇幺一二三四五六七八九]{3,}|[零〇一二三四五六七八九幺]*幺[零〇一二三四五六七八九幺]*/g;
const SPOKEN_DIGIT: Record<string, string> = { 零: "0", 〇: "0", 幺: "1", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };
const digitsOf = (spoken: string): string => (spoken.length >= 3 ? [...spoken].map((c) => SPOKEN_DIGIT[c] ?? c).join("") : spoken);
/** Cheap tests before each pass: most messages need none of them (今, 小 alone are no slip). */
const MAY_BE_WIDE = /[\uFF01-\uFF5E]/;
const MAY_BE_PICTURE = /\[|[\uD800-\uDBFF\u2000-\u2BFF\u00A9\u00AE\u3030\u303D\u3297\u3299]|\uFE0F|\u200D|\u20E3/;

/** Lower-cases ASCII letters only, so every index still points at the same character. */
const UPPER = /[A-Z]/;
function lowerAscii(s: string): string {
  if (!UPPER.test(s)) return s;
  // All ASCII (most English messages): toLowerCase is exactly that. Otherwise one call per run of capitals, not per letter.
  return NON_ASCII.test(s) ? s.replace(UPPER_RUNS, (w) => w.toLowerCase()) : s.toLowerCase();
}
const NON_ASCII = /[^\0-\x7f]/;
const UPPER_RUNS = /[A-Z]+/g;

/**
 * A message as the rules read it: normalised, quotes blanked, and its ASCII-lower-cased form.
 * One pass over the characters (classify) tells which of the steps can change anything; most
 * messages need none, and the pass replaces some seven regex tests of the whole text.
 */
export function normalizeMessage(raw: string): { text: string; lower: string } {
  const normal = normalize(raw, classify(raw));
  let text = normal.text;
  if (normal.classes & QUOTE) text = blankQuotes(text);
  return { text, lower: normal.classes & UPPER_CASE ? lowerAscii(text) : text };
}

/*
 * Character classes, one bit each, in a table by UTF-16 code unit. Each table is filled from the
 * very regex of its cheap test (every one of them matches single code units), so a class bit is
 * set exactly where that test would match.
 */
const WIDE = 1;
const PICTURE = 2;
const SLIP_START = 4;
const OTHER_SPACE = 8;
const QUOTE = 16;
const UPPER_CASE = 32;
const SPACE = 64;
/** Found by classify beyond single characters: a slip word, two spaces in a row, a space at either end. */
const SLIP_FOUND = 128;
const SPACE_RUN = 256;
/** What the picture step's two patterns need: STICKER a "[", EMOJI one of its own characters or a surrogate (astral). */
const BRACKET = 512;
const EMOJI_UNIT = 1024;
/** A character a spoken phone number stands after or holds (打, 拨, 话, 幺). */
const SPOKEN_DIGITS = 2048;

/**
 * The class table, from the character ranges of the cheap tests' regexes (written out: deriving
 * it by running those regexes over all 65,536 code units took ~100 ms at every start). A test
 * checks every code unit against the regexes themselves.
 */
const CLASSES = new Uint16Array(65536);
{
  const mark = (bit: number, ...units: Array<number | readonly [number, number]>): void => {
    for (const u of units) {
      const [from, to] = typeof u === "number" ? [u, u] : u;
      for (let c = from; c <= to; c++) CLASSES[c] = (CLASSES[c] as number) | bit;
    }
  };
  const code = (ch: string): number => ch.charCodeAt(0);
  mark(WIDE, [0xff01, 0xff5e]);
  const pictures = [code("["), [0xd800, 0xdbff], [0x2000, 0x2bff], 0xa9, 0xae, 0x3030, 0x303d, 0x3297, 0x3299, 0xfe0f, 0x200d, 0x20e3] as const;
  mark(PICTURE, ...pictures);
  // \s but the space: tab to carriage return, no-break space, Ogham space, the en quad to hair spaces, line and paragraph separators, narrow no-break, medium mathematical and ideographic spaces, BOM.
  mark(OTHER_SPACE, [0x09, 0x0d], 0xa0, 0x1680, [0x2000, 0x200a], 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff);
  mark(QUOTE, ...[..."「>-引回\""].map(code));
  mark(UPPER_CASE, [0x41, 0x5a]);
  mark(SPACE, 0x20);
  mark(BRACKET, code("["));
  // EMOJI's characters all lie in PICTURE's ranges (BMP pictographs, the joiners, a surrogate for the rest).
  mark(EMOJI_UNIT, ...pictures.slice(1));
  for (const slip of Object.keys(SLIPS)) mark(SLIP_START, code(slip));
  mark(SPOKEN_DIGITS, ...[..."打拨话幺"].map(code));
}

/** The class bits of one UTF-16 code unit (for the test that checks the table against the regexes). */
export const classesOf = (code: number): number => CLASSES[code] ?? 0;
export const CLASS_BITS = { WIDE, PICTURE, OTHER_SPACE, QUOTE, UPPER_CASE, SPACE, BRACKET, EMOJI_UNIT, SPOKEN_DIGITS } as const;
export const CHEAP_TESTS = { MAY_BE_WIDE, MAY_BE_PICTURE, MAY_QUOTE, UPPER, EMOJI } as const;

/** The code units with some class. */
const CLASSED = charSetWhere((c) => CLASSES[c] !== 0);
/** The slip words by their first code unit. */
const SLIP_WORDS: string[][] = [];
for (const slip of Object.keys(SLIPS)) (SLIP_WORDS[slip.charCodeAt(0)] ??= []).push(slip);

function slipAt(s: string, i: number): boolean {
  for (const w of SLIP_WORDS[s.charCodeAt(i)] ?? []) if (s.startsWith(w, i)) return true;
  return false;
}

/** The class bits of every character of `s`, with SLIP_FOUND and SPACE_RUN where MAY_SPACE_OUT's longer cases hold. */
function classify(s: string): number {
  let found = 0;
  let spaceBefore = false;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    // Most characters (Chinese ones) have no class: the bit set answers that from a few cache lines.
    const k = inSet(CLASSED, c) ? (CLASSES[c] as number) : 0;
    if (k === 0) {
      spaceBefore = false;
      continue;
    }
    found |= k;
    if (k & SPACE) {
      if (spaceBefore) found |= SPACE_RUN;
      spaceBefore = true;
    } else spaceBefore = false;
    if (k & SLIP_START && !(found & SLIP_FOUND) && slipAt(s, i)) found |= SLIP_FOUND;
  }
  if (n > 0 && (s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32)) found |= SPACE_RUN;
  return found;
}

/** Cheap first test: some space stands between two Chinese characters. */
const MAY_BE_WORD_SPACED = /[\u4e00-\u9fff] [\u4e00-\u9fff]/;
/** A space between two Chinese characters. */
const CJK_GAP = /(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g;
/** Chinese characters per gap below which spaces part words, not clauses (clauses run six characters or more). */
const WORD_SPACED = 3.2;

/** Most Chinese characters are one or two from a space that stands between Chinese characters. */
function wordSpaced(s: string): boolean {
  let cjk = 0;
  let gaps = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if (c === 32 && i > 0 && i + 1 < n) {
      const a = s.charCodeAt(i - 1);
      const b = s.charCodeAt(i + 1);
      if (a >= 0x4e00 && a <= 0x9fff && b >= 0x4e00 && b <= 0x9fff) gaps++;
    }
  }
  return gaps >= 4 && cjk < gaps * WORD_SPACED;
}

/**
 * normalizeText's steps, each run only when its cheap test holds (the tests of the original
 * version, read from `classes`). A step run when not needed changes nothing (each only replaces
 * what its pattern finds, and space-out only rewrites runs, line-break spaces and ends that are not
 * there), so the class bits need only be a superset: after a step they gain what it may bring in
 * (a space, a straight quote) instead of classifying the text again.
 */
function normalize(raw: string, classes: number): { text: string; classes: number } {
  let s = raw;
  let k = classes;
  if (k & SPACE && MAY_BE_WORD_SPACED.test(s) && wordSpaced(s)) {
    // 我 妹妹 在 杭州 献血: Chinese typed a word at a time (an input habit, or a machine's segmenting);
    // the spaces are not the pauses voice-to-text writes between clauses, so they go.
    s = s.replace(CJK_GAP, "");
    k = classify(s);
  }
  if (k & WIDE) {
    // Full-width forms turn into any ASCII character (rare: read the result afresh).
    s = s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    k = classify(s);
  }
  if (k & PICTURE) {
    // Either replace finds nothing without the characters it needs ("…" alone sets PICTURE).
    if (k & BRACKET) s = s.replace(STICKER, " ");
    if (k & EMOJI_UNIT) s = s.replace(EMOJI, " ");
    k |= SPACE_RUN;
  }
  if (s.includes("港")) s = s.replace(GANG, "讲");
  if (s.includes("滴")) s = s.replace(DI, "的");
  if (s.includes("哒")) s = s.replace(DA, "了");
  if (k & SLIP_FOUND) {
    s = s.replace(SLIP, (w) => SLIPS[w] ?? w);
    k |= QUOTE;
  }
  if (k & SPOKEN_DIGITS) s = s.replace(SPOKEN_NUMBER, digitsOf);
  if (k & (OTHER_SPACE | SPACE_RUN)) s = s.replace(SPACES, " ").replace(/ ?\n ?/g, "\n").trim();
  return { text: s, classes: k };
}
