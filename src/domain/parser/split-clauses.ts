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

export const BREAKS =
  /(?<=[\u3400-\u9fff])(?:[啊呀吧]+|哈{2,})(?=[\u3400-\u9fff])|(?<=晓得|知道)不(?=[\u3400-\u9fff])|[。!?;\n]+|\.(?=\s|$)|…+|[,、()【】「」"/|~]+|(?<!\d):+|:(?!\d)|\s+-\s+|\s+|然后|后来|接着|结果|但是|可是|不过|所以|(?<![a-z])(?:and then|then|but|so|because|after that)(?![a-z])|(?<![a-z])and(?= (?:\w+ed|gave|took|went|found|swept|made|ran|tore|spent|brought|caught|kept|got|did|stayed|stood|held|drove|bought|paid|put|dropped)\b)/;
/**
 * Every code unit a BREAK match can start with (a separator's first character; for a Latin word
 * its first letter, either case under the i flag). BREAK is BREAKS behind a lookahead on that
 * class: V8 cannot pre-filter start positions through the look-behinds that open several
 * alternatives, so without it every alternative was tried at every position (~25% of its cost).
 */
const BREAK_FIRST = "啊呀吧哈不。!?;\\n.…,、()【】「」\"/|~:\\s然后接结但可所atbs";
export const BREAK = new RegExp(`(?=[${BREAK_FIRST}])(?:${BREAKS.source})`, "gi");
const STRONG = /[。!?;\n.…啊呀吧哈不]/;
const CJK = /[\u3400-\u9fff]/;
const ABBREV = /(?:^|\s)(?:mr|mrs|ms|dr|no|st|rd)$/i;

function close(clauses: Clause[], sentences: Sentence[], clauseStart: number, sentenceStart: number, end: number, strong: boolean, question: boolean): void {
  if (end > clauseStart) clauses.push({ start: clauseStart, end, sentence: sentences.length });
  if (strong && end > sentenceStart) sentences.push({ start: sentenceStart, end, question });
}

/** Where a separator may be all whitespace: its first character is one (a cheap test before /^\s+$/). */
const WHITESPACE = /\s/;
const ALL_WHITESPACE = /^\s+$/;

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
    if (WHITESPACE.test(sep.charAt(0)) && ALL_WHITESPACE.test(sep)) {
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
