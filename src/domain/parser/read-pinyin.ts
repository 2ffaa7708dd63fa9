// The grammar of a message typed in toneless pinyin ("wo zuotian xunluo le 2 ge xiaoshi"): the
// catalog's phrases are already read in pinyin (compile-catalog), but the cues around them (了, 没,
// 明天, 我, 两张, 8点到10点) are Chinese patterns. Here a closed set of pinyin function words is
// written over in Chinese characters, each word or run of words padded with spaces to its own
// length, so every position in the message still points at the same place and the cue, count and
// doer rules read "我昨天 xunluo 了2个小时" as they read Chinese. Only in a message holding two or
// more of these words, and never inside a catalog phrase: a single "le" or "ta" may be English.
import type { Token } from "./lexicon.ts";

/**
 * Pinyin words and phrases that always read as these characters, spaced and joined. Left out on
 * purpose: he (English; 和 only after a pronoun, below), you (有/又), ye (爷爷), jiu (救/就/九), da jia (打架/大家), ji (几 asks),
 * and the numerals, which read only before a counter (si le is 撕了, wu fan 午饭, ba ta 把他).
 */
const WORDS: Record<string, string> = {
  le: "了", "yi jing": "已经", wo: "我", "wo men": "我们", ta: "他", "ta men": "他们", ni: "你", "ni men": "你们",
  // Time words: the past ones put a bare verb in the past, the future ones make a plan.
  "zuo tian": "昨天", "zuo wan": "昨晚", "qian tian": "前天", "jin tian": "今天", "jin wan": "今晚", "jin zao": "今早",
  "gang cai": "刚才", "gang gang": "刚刚", "shang zhou": "上周", "zao shang": "早上", "shang wu": "上午", "zhong wu": "中午",
  "xia wu": "下午", "wan shang": "晚上", "ming tian": "明天", "ming wan": "明晚", "hou tian": "后天", "xia zhou": "下周",
  "xia ci": "下次", "yi hou": "以后", "gai tian": "改天",
  // Negation, plans, conditions, habits.
  mei: "没", "mei you": "没有", "mei neng": "没能", "mei shi": "没事", bu: "不", "bu shi": "不是", bie: "别",
  "da suan": "打算", "zhun bei": "准备", "xi wang": "希望", "ben lai": "本来", "yuan ben": "原本",
  "ru guo": "如果", "yi qian": "以前", "chang chang": "常常", "jing chang": "经常", "tian tian": "天天",
  "mei tian": "每天", "mei ci": "每次", "mei zhou": "每周", "mei ge": "每个", "xian zai": "现在", "hou lai": "后来", "qu xiao": "取消",
  // Verbs of motion and the little words that tie a deed to its object, place and time.
  qu: "去", lai: "来", zai: "在", cong: "从", dao: "到", gei: "给", bang: "帮", bei: "被", "bei ren": "被人",
  gen: "跟", "yi qi": "一起", dou: "都", hai: "还", "hai you": "还有", shi: "是", de: "的", "zhe ge": "这个", "na ge": "那个",
  // Questions.
  "shen me": "什么", "zen me": "怎么", shei: "谁", "qing wen": "请问", "you mei you": "有没有", "suan bu suan": "算不算", "ji fen": "积分", "dian zan": "点赞", "biao yang": "表扬", "wei shen me": "为什么",
  // Two syllables that the rules read together: a turn (不过), a condition (的话), 的时候 (no attribute).
  "bu guo": "不过", "de hua": "的话", "shi hou": "时候",
  // Places whose syllables read otherwise: 北门 is no 被 men, 社区 no English "she" with a 去.
  "xiao qu": "小区", "she qu": "社区", "bei men": "北门", "dong men": "东门", "xi men": "西门", "nan men": "南门",
  // Words that hold one of the above but mean something else, kept as typed ("" reads nothing):
  // 孩子 is no 还 zi, 老师 no lao 是.
  "hai zi": "", "lou dao": "", "jie dao": "", "zhi dao": "", "lao shi": "", "hu shi": "",
  "shi jian": "", "ma ma": "", "bu men": "", "zai jian": "", "dou fu": "",
};
/** 和, not English "he", only right after a pronoun read as one (wo he Lao Liu, I and Lao Liu) or before "yiqi" (he Xiao Li yiqi xunluo). */
const AND = "和";
const PRONOUNS: ReadonlySet<string> = new Set(["我", "你", "他", "我们", "你们", "他们"]);

/** Numerals, read only with a counter after them. */
const NUMERALS: Record<string, string> = {
  ling: "零", yi: "一", er: "二", liang: "两", san: "三", si: "四", wu: "五", liu: "六", qi: "七", ba: "八", jiu: "九", shi: "十",
};
/** Counters after a number (digits or numerals): 两张, 3个小时, 8点, 5栋. */
const COUNTERS: Record<string, string> = {
  ge: "个", zhang: "张", ci: "次", tang: "趟", hui: "回", bian: "遍", quan: "圈", dai: "袋", kuai: "块", jin: "斤", zhi: "只",
  jian: "件", ping: "瓶", jia: "家", dong: "栋", lou: "楼", tian: "天", dian: "点", "dian ban": "点半",
  "xiao shi": "小时", "ge xiao shi": "个小时", "ge xiaoshi": "个小时", "zhong tou": "钟头", "ge zhong tou": "个钟头",
  "ge zhongtou": "个钟头", "fen zhong": "分钟",
};
/**
 * Wishes, read only before a verb: a catalog phrase or one read above (xiang qu xunluo, yao bang).
 * Elsewhere xiang is as often 香 (tai xiang le) or 象 (Xiangshan), yao 药.
 */
const WISHES: Record<string, string> = { xiang: "想", yao: "要" };
const VERBS: ReadonlySet<string> = new Set(["去", "来", "帮", "给", "把", "在"]);
/** Final particles, read only at the end of a clause (ma mid-sentence is 妈 or 马). */
const FINALS: Record<string, string> = { ma: "吗", ne: "呢", ba: "吧" };
/** Not final: 把 before what it takes (ba ta fu qi lai). */
const BA = "把";

/** The longest phrase of WORDS or COUNTERS, in syllables. */
const MAX_SYLLABLES = 3;

/** Each phrase also joined (zuotian, meiyou, xiaoshi): pinyin is typed both ways. */
function withJoined(table: Record<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(table)) {
    out.set(k, v);
    if (k.includes(" ")) out.set(k.replace(/ /g, ""), v);
  }
  return out;
}
const WORD_MAP = withJoined(WORDS);
const COUNTER_MAP = withJoined(COUNTERS);

/** The Latin words and numbers of a message, each with where it starts and ends. */
const WORD = /[a-z]+|\d+/g;
const HAS_LETTER = /[a-z]/;
/** A message reads as pinyin with at least this many function words in it. */
const MIN_WORDS = 2;

interface Word { start: number; end: number; w: string }
/** Characters written over one stretch of the message. */
interface Reading { start: number; end: number; zh: string }

const isDigits = (w: string): boolean => w.charCodeAt(0) < 0x3a;

/** Words i..j-1 stand one space apart (spaces only: a comma or a Chinese character ends a phrase). */
function spaced(lower: string, words: readonly Word[], i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) {
    const gap = lower.slice((words[k - 1] as Word).end, (words[k] as Word).start);
    if (!/^ +$/.test(gap)) return false;
  }
  return true;
}

/** The longest phrase of `map` starting at word i: its characters and how many words it takes. */
function phraseAt(map: Map<string, string>, lower: string, words: readonly Word[], i: number): [string, number] | undefined {
  for (let n = Math.min(MAX_SYLLABLES, words.length - i); n >= 1; n--) {
    if (!spaced(lower, words, i, i + n)) continue;
    let key = (words[i] as Word).w;
    for (let k = i + 1; k < i + n; k++) key += ` ${(words[k] as Word).w}`;
    const zh = map.get(key);
    if (zh !== undefined) return [zh, n];
  }
  return undefined;
}

/** A number and its counter at word i (3 ge xiaoshi, liang zhang, er shi ge): its characters and its length in words. */
function countAt(lower: string, words: readonly Word[], i: number): [string, number] | undefined {
  let zh = "";
  let k = i;
  while (k < words.length && (k === i || spaced(lower, words, k - 1, k + 1))) {
    const w = (words[k] as Word).w;
    const numeral = isDigits(w) ? (k === i ? w : undefined) : NUMERALS[w];
    if (numeral === undefined) break;
    zh += numeral;
    k++;
  }
  // 半个小时: half only before 个.
  if (k === i && words[i]?.w === "ban" && words[i + 1]?.w === "ge") {
    zh = "半";
    k++;
  }
  if (k === i || k >= words.length || !spaced(lower, words, k - 1, k + 1)) return undefined;
  const counter = phraseAt(COUNTER_MAP, lower, words, k);
  return counter ? [zh + counter[0], k - i + counter[1]] : undefined;
}

/** The word ends a clause: nothing but spaces between it and the end, a mark or a Chinese character. */
function endsClause(lower: string, end: number): boolean {
  for (let i = end; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 32) continue;
    return !((c >= 97 && c <= 122) || (c >= 48 && c <= 57));
  }
  return true;
}

/** The word is capitalised in the typed text but not at a sentence start: a name (Mei, Li, Zhang), not a function word. */
/** How many words after "he" a "yiqi" (together) may stand: he lao wan yiqi. */
const TOGETHER_REACH = 4;

/** "yiqi" or "yi qi" stands within TOGETHER_REACH words after word i: "he" there is 和 (with). */
function togetherAhead(words: readonly Word[], i: number): boolean {
  for (let k = i + 1; k <= i + TOGETHER_REACH && k < words.length; k++) {
    const w = (words[k] as Word).w;
    if (w === "yiqi" || (w === "yi" && words[k + 1]?.w === "qi")) return true;
  }
  return false;
}

function capitalisedName(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 65 || c > 90) return false;
  const before = text.slice(0, at).trimEnd();
  return before.length > 0 && !/[.!?。!?\n]$/.test(before);
}

/** Whether [start, end) overlaps a catalog phrase: "bang mang" stays the catalog's 帮忙. */
function inToken(tokens: readonly Token[], start: number, end: number): boolean {
  for (const t of tokens) if (t.start < end && t.end > start) return true;
  return false;
}

/** Word i starts a catalog phrase or a verb read above (qu, bang, gei), one space after the word before it. */
function beforeVerb(lower: string, words: readonly Word[], i: number, tokens: readonly Token[]): boolean {
  const w = words[i];
  if (w === undefined || !spaced(lower, words, i - 1, i + 1)) return false;
  if (tokens.some((t) => t.start === w.start)) return true;
  const zh = phraseAt(WORD_MAP, lower, words, i)?.[0];
  return zh !== undefined && VERBS.has(zh.charAt(0));
}

/**
 * Every word a reading may start with, as whole words: a message with fewer than MIN_WORDS of them
 * (most English ones have none) is let go after one regex scan, before its words are listed.
 */
const STARTS = new RegExp(`\\b(?:${[...new Set([...WORD_MAP.keys(), ...Object.keys(NUMERALS), ...Object.keys(FINALS), ...Object.keys(WISHES), "ban", "he"]
  .map((k) => k.split(" ")[0] as string))].sort((a, b) => b.length - a.length).join("|")})\\b`, "g");

function mayBePinyin(lower: string): boolean {
  STARTS.lastIndex = 0;
  let n = 0;
  while (STARTS.exec(lower) !== null) if (++n >= MIN_WORDS) return true;
  return false;
}

/** The readings of a message's pinyin function words, or none when it holds fewer than MIN_WORDS of them. */
function readings(text: string, lower: string, tokens: readonly Token[]): Reading[] {
  const words: Word[] = [];
  for (const m of lower.matchAll(WORD)) words.push({ start: m.index, end: m.index + m[0].length, w: m[0] });
  const out: Reading[] = [];
  for (let i = 0; i < words.length;) {
    const word = words[i] as Word;
    const prev = out.at(-1);
    const afterPronoun = prev !== undefined && PRONOUNS.has(prev.zh) && /^ +$/.test(lower.slice(prev.end, word.start));
    const found = countAt(lower, words, i) ?? phraseAt(WORD_MAP, lower, words, i) ??
      (FINALS[word.w] !== undefined && i > 0 && endsClause(lower, word.end) ? [FINALS[word.w] as string, 1] as [string, number]
        : word.w === "ba" ? [BA, 1] as [string, number] : word.w === "he" && (afterPronoun || togetherAhead(words, i)) ? [AND, 1] as [string, number]
        : WISHES[word.w] !== undefined && beforeVerb(lower, words, i + 1, tokens) ? [WISHES[word.w] as string, 1] as [string, number] : undefined);
    const n = found?.[1] ?? 1;
    const last = words[i + n - 1] as Word;
    if (found && found[0] !== "" && !capitalisedName(text, word.start) && !inToken(tokens, word.start, last.end)) {
      out.push({ start: word.start, end: last.end, zh: found[0] });
    }
    i += n;
  }
  // A count of digits alone (5 dong) is read, but does not make a message pinyin.
  let pinyin = 0;
  for (const r of out) if (!isDigits(lower.charAt(r.start))) pinyin++;
  return pinyin >= MIN_WORDS ? out : [];
}

/**
 * Writes readings over `s`: readings one space apart run together (mei you qu → 没有去, 8 dian dao
 * 10 dian → 8点到10点), each run's characters first and spaces after, to the run's own length.
 */
function writeOver(s: string, rs: readonly Reading[]): string {
  let out = "";
  let at = 0;
  for (let i = 0; i < rs.length;) {
    const first = rs[i] as Reading;
    let zh = first.zh;
    let j = i + 1;
    while (j < rs.length && /^ +$/.test(s.slice((rs[j - 1] as Reading).end, (rs[j] as Reading).start))) zh += (rs[j++] as Reading).zh;
    const end = (rs[j - 1] as Reading).end;
    out += s.slice(at, first.start) + zh + " ".repeat(end - first.start - zh.length);
    at = end;
    i = j;
  }
  return out + s.slice(at);
}

/**
 * The message with its pinyin function words read as Chinese characters, in the typed text and
 * its lower-cased copy alike (same lengths, same positions); unchanged when it is not pinyin.
 */
export function readPinyin(text: string, lower: string, tokens: readonly Token[]): { text: string; lower: string } {
  if (!HAS_LETTER.test(lower) || !mayBePinyin(lower)) return { text, lower };
  const rs = readings(text, lower, tokens);
  return rs.length === 0 ? { text, lower } : { text: writeOver(text, rs), lower: writeOver(lower, rs) };
}
