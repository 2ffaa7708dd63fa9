// Sentences and clauses. A sentence ends at 。!?; or a line break, or in unpunctuated voice-to-text at
// a final particle (么样报积分啊我昨天扫了楼道); a clause also ends at a
// comma, a colon, a space between Chinese words (voice-to-text leaves spaces instead of commas)
// or a linking word (然后, 结果, but, and then). Cues such as 没 or 明天 act within a clause.

import { charSet, inSet, type CharSet } from "./char-set.ts";

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

/*
 * Whitespace matches only beside a Chinese character or when it holds a line break (the loop
 * below skips any other run, as it did when BREAKS matched every run): spaces between English
 * words, most of an English message's separators, are not matched one by one only to be skipped.
 */
export const BREAKS =
  /(?<=[\u3400-\u9fff])(?:[啊呀吧]+|哈{2,})(?=[\u3400-\u9fff])|(?<=晓得|知道)不(?=[\u3400-\u9fff])|[。!?;\n]+|\.(?=\s|$)|…+|[,、()【】「」"/|~]+|(?<!\d):+|:(?!\d)|\s+-\s+|(?<=[\u3400-\u9fff])\s+|\s+(?=[\u3400-\u9fff])|\s+(?<=\n\s*)|然后|后来|接着|结果|但是|可是|不过|所以|(?<![a-z])(?:and then|then|but|so|because|after that)(?![a-z])|(?<![a-z])and(?= (?:\w+ed|gave|took|went|found|swept|made|ran|tore|spent|brought|caught|kept|got|did|stayed|stood|held|drove|bought|paid|put|dropped)\b)/;
/**
 * Every code unit a BREAK match can start with (a separator's first character; for a Latin word
 * its first letter, either case under the i flag). BREAK is BREAKS behind a lookahead on that
 * class: V8 cannot pre-filter start positions through the look-behinds that open several
 * alternatives, so without it every alternative was tried at every position (~25% of its cost).
 */
const BREAK_FIRST = "啊呀吧哈不。!?;\\n.…,、()【】「」\"/|~:\\s然后接结但可所atbs";
export const BREAK = new RegExp(`(?=[${BREAK_FIRST}])(?:${BREAKS.source})`, "gi");
/** The characters that end a sentence, not only a clause. */
const STRONG = charSet("。!?;\n.…啊呀吧哈不");
const isCJK = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;
const ABBREV = /(?:^|\s)(?:mr|mrs|ms|dr|no|st|rd)$/i;

function close(clauses: Clause[], sentences: Sentence[], clauseStart: number, sentenceStart: number, end: number, strong: boolean, question: boolean): void {
  if (end > clauseStart) clauses.push({ start: clauseStart, end, sentence: sentences.length });
  if (strong && end > sentenceStart) sentences.push({ start: sentenceStart, end, question });
}

/** The code units of \s (white space and line terminators). */
const WHITESPACE = charSet("\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff");

/** Whether some character of `sep` is in `set` (a separator is a character or a few: a loop, not a regex per separator). */
function someIn(set: CharSet, sep: string): boolean {
  for (let i = 0; i < sep.length; i++) if (inSet(set, sep.charCodeAt(i))) return true;
  return false;
}

function allWhitespace(sep: string): boolean {
  for (let i = 0; i < sep.length; i++) if (!inSet(WHITESPACE, sep.charCodeAt(i))) return false;
  return sep.length > 0;
}

export function splitClauses(text: string): Segments {
  const clauses: Clause[] = [];
  const sentences: Sentence[] = [];
  let clauseStart = 0;
  let sentenceStart = 0;
  // An exec loop, not allMatches: no array of every match (BREAK never matches the empty string).
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m !== null; m = BREAK.exec(text)) {
    const at = m.index;
    const sep = m[0];
    if (allWhitespace(sep) && !isCJK(text.charCodeAt(at - 1)) && !isCJK(text.charCodeAt(at + sep.length))) continue; // English words
    if (sep === "." && ABBREV.test(text.slice(Math.max(0, at - 4), at))) continue;
    const strong = someIn(STRONG, sep);
    close(clauses, sentences, clauseStart, sentenceStart, at, strong, sep.includes("?"));
    clauseStart = at + sep.length;
    if (strong) sentenceStart = clauseStart;
  }
  close(clauses, sentences, clauseStart, sentenceStart, text.length, true, false);
  return { clauses, sentences };
}
