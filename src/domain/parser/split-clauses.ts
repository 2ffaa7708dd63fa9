// Sentences and clauses. A sentence ends at 。!?; or a line break, or in unpunctuated voice-to-text at
// a final particle (么样报积分啊我昨天扫了楼道); a clause also ends at a
// comma, a colon, a space between Chinese words (voice-to-text leaves spaces instead of commas)
// or a linking word (然后, 结果, but, and then). Cues such as 没 or 明天 act within a clause.

export interface Clause {
  start: number;
  end: number;
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Ends with a question mark. */
  question: boolean;
}

export interface Segments {
  clauses: Clause[];
  sentences: Sentence[];
}

export const BREAK =
  /(?<=[\u3400-\u9fff])(?:[啊呀吧]+|哈{2,})(?=[\u3400-\u9fff])|(?<=晓得|知道)不(?=[\u3400-\u9fff])|[。!?;\n]+|\.(?=\s|$)|…+|[,、()【】「」"/|~]+|(?<!\d):+|:(?!\d)|\s+-\s+|\s+|然后|后来|接着|结果|但是|可是|不过|所以|(?<![a-z])(?:and then|then|but|so|because|after that)(?![a-z])|(?<![a-z])and(?= (?:\w+ed|gave|took|went|found|swept|made|ran|tore|spent|brought|caught|kept|got|did|stayed|stood|held|drove|bought|paid|put|dropped)\b)/gi;
const STRONG = /[。!?;\n.…啊呀吧哈不]/;
const CJK = /[\u3400-\u9fff]/;
const ABBREV = /(?:^|\s)(?:mr|mrs|ms|dr|no|st|rd)$/i;

// BREAK, hand-compiled: one pass over the text with a table of the characters a break may
// start with, instead of trying some twenty alternatives (several with look-behinds) at every
// position. `nextBreak` finds exactly the matches `BREAK` finds (leftmost, first alternative
// that matches, as a regex does; tests/domain/parser/split-clauses-scan.test.ts compares them).
const code = (s: string): number => s.charCodeAt(0);
const [A, YA, BA, HA, BU, XIAO, DE, ZHI, DAO, DOT, ELLIPSIS, COLON, DASH] =
  ["啊", "呀", "吧", "哈", "不", "晓", "得", "知", "道", ".", "…", ":", "-"].map(code) as number[] as [
    number, number, number, number, number, number, number, number, number, number, number, number, number];
const SENTENCE_ENDS = new Uint8Array(65536);
for (const ch of "。!?;\n") SENTENCE_ENDS[code(ch)] = 1;
const MARKS = new Uint8Array(65536);
for (const ch of ',、()【】「」"/|~') MARKS[code(ch)] = 1;
const LINKS = ["然后", "后来", "接着", "结果", "但是", "可是", "不过", "所以"];
const LINKS_EN = ["and then", "then", "but", "so", "because", "after that"];
const PAST_VERBS = ["gave", "took", "went", "found", "swept", "made", "ran", "tore", "spent", "brought", "caught", "kept", "got", "did", "stayed", "stood", "held", "drove", "bought", "paid", "put", "dropped"];

const isCjk = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** [a-z] under the i flag (without u, no other character folds to these). */
const isLatin = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isWord = (c: number): boolean => isLatin(c) || isDigit(c) || c === 95;
/** The characters of \s. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const isAyb = (c: number): boolean => c === A || c === YA || c === BA;

/** `word` (lower-case ASCII) at `at`, ASCII letters in any case. */
function wordAt(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const w = word.charCodeAt(k);
    const c = text.charCodeAt(at + k);
    if (c !== w && !(w >= 97 && w <= 122 && c === w - 32)) return false;
  }
  return true;
}

/** Characters a break may start with: a cheap first test at each position. */
const FIRSTS = new Uint8Array(65536);
for (const ch of "啊呀吧哈不。!?;\n.…:" + ',、()【】「」"/|~' + "然后接结但可所" + "atbsATBS") FIRSTS[code(ch)] = 1;
for (let c = 0; c < 65536; c++) if (isSpace(c)) FIRSTS[c] = 1;

function runOf(text: string, at: number, test: (c: number) => boolean): number {
  let n = 0;
  while (test(text.charCodeAt(at + n))) n++;
  return n;
}
const isSentenceEnd = (c: number): boolean => SENTENCE_ENDS[c] === 1;
const isMark = (c: number): boolean => MARKS[c] === 1;
const isEllipsis = (c: number): boolean => c === ELLIPSIS;
const isColon = (c: number): boolean => c === COLON;
const isHa = (c: number): boolean => c === HA;

/** The length of the break starting exactly at `i`, or 0. */
function breakAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const prev = text.charCodeAt(i - 1);
  const next = text.charCodeAt(i + 1);
  // (?<=CJK)(?:[啊呀吧]+|哈{2,})(?=CJK)
  if (isCjk(prev)) {
    if (isAyb(c)) {
      const n = runOf(text, i, isAyb);
      if (isCjk(text.charCodeAt(i + n))) return n;
      if (n >= 2) return n - 1;
    } else if (c === HA) {
      const n = runOf(text, i, isHa);
      if (n >= 2 && isCjk(text.charCodeAt(i + n))) return n;
      if (n >= 3) return n - 1;
    }
  }
  // (?<=晓得|知道)不(?=CJK)
  if (c === BU && isCjk(next) && ((text.charCodeAt(i - 2) === XIAO && prev === DE) || (text.charCodeAt(i - 2) === ZHI && prev === DAO))) return 1;
  if (isSentenceEnd(c)) return runOf(text, i, isSentenceEnd);
  if (c === DOT && (isSpace(next) || i + 1 === text.length)) return 1;
  if (c === ELLIPSIS) return runOf(text, i, isEllipsis);
  if (isMark(c)) return runOf(text, i, isMark);
  if (c === COLON) return isDigit(prev) ? (isDigit(next) ? 0 : 1) : runOf(text, i, isColon);
  if (isSpace(c)) {
    const n = runOf(text, i, isSpace);
    if (text.charCodeAt(i + n) === DASH && isSpace(text.charCodeAt(i + n + 1))) return n + 1 + runOf(text, i + n + 1, isSpace);
    return n;
  }
  for (const w of LINKS) if (text.startsWith(w, i)) return 2;
  if (isLatin(prev)) return 0;
  for (const w of LINKS_EN) if (wordAt(text, i, w) && !isLatin(text.charCodeAt(i + w.length))) return w.length;
  // and(?= (?:\w+ed|gave|…)\b)
  if (wordAt(text, i, "and") && text.charCodeAt(i + 3) === 32) {
    const from = i + 4;
    const n = runOf(text, from, isWord);
    if (n >= 3 && wordAt(text, from + n - 2, "ed")) return 3;
    for (const v of PAST_VERBS) if (wordAt(text, from, v) && !isWord(text.charCodeAt(from + v.length))) return 3;
  }
  return 0;
}

/** Where the next break at or after `from` starts and how long it is, as [at, length]; undefined if none. */
export function nextBreak(text: string, from: number): [number, number] | undefined {
  for (let i = from; i < text.length; i++) {
    if (FIRSTS[text.charCodeAt(i)] !== 1) continue;
    const n = breakAt(text, i);
    if (n > 0) return [i, n];
  }
  return undefined;
}

function close(clauses: Clause[], sentences: Sentence[], clauseStart: number, sentenceStart: number, end: number, strong: boolean, question: boolean): void {
  if (end > clauseStart) clauses.push({ start: clauseStart, end, sentence: sentences.length });
  if (strong && end > sentenceStart) sentences.push({ start: sentenceStart, end, question });
}

export function splitClauses(text: string): Segments {
  const clauses: Clause[] = [];
  const sentences: Sentence[] = [];
  let clauseStart = 0;
  let sentenceStart = 0;
  for (let b = nextBreak(text, 0); b !== undefined; b = nextBreak(text, b[0] + b[1])) {
    const at = b[0];
    const sep = text.slice(at, at + b[1]);
    if (/^\s+$/.test(sep)) {
      const before = text[at - 1] ?? "";
      const after = text[at + sep.length] ?? "";
      if (!CJK.test(before) && !CJK.test(after)) continue; // English words
    }
    if (sep === "." && ABBREV.test(text.slice(Math.max(0, at - 4), at))) continue;
    const strong = STRONG.test(sep);
    close(clauses, sentences, clauseStart, sentenceStart, at, strong, sep.includes("?"));
    clauseStart = at + sep.length;
    if (strong) sentenceStart = clauseStart;
  }
  close(clauses, sentences, clauseStart, sentenceStart, text.length, true, false);
  return { clauses, sentences };
}
