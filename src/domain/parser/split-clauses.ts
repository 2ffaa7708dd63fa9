// Sentences and clauses. A sentence ends at 。!?; or a line break, or in unpunctuated voice-to-text at
// a final particle (么样报积分啊我昨天扫了楼道); a clause also ends at a
// comma, a colon, a space between Chinese words (voice-to-text leaves spaces instead of commas)
// or a linking word (然后, 结果, but, and then). Cues such as 没 or 明天 act within a clause.
import { allMatches } from "./all-matches.ts";

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

const BREAK =
  /(?<=[\u3400-\u9fff])(?:[啊呀吧]+|哈{2,})(?=[\u3400-\u9fff])|(?<=晓得|知道)不(?=[\u3400-\u9fff])|[。!?;\n]+|\.(?=\s|$)|…+|[,、()【】「」"/|~]+|(?<!\d):+|:(?!\d)|\s+-\s+|\s+|然后|后来|接着|结果|但是|可是|不过|所以|(?<![a-z])(?:and then|then|but|so|because|after that)(?![a-z])|(?<![a-z])and(?= (?:\w+ed|gave|took|went|found|swept|made|ran|tore|spent|brought|caught|kept|got|did|stayed|stood|held|drove|bought|paid|put|dropped)\b)/gi;
const STRONG = /[。!?;\n.…啊呀吧哈不]/;
const CJK = /[\u3400-\u9fff]/;
const ABBREV = /(?:^|\s)(?:mr|mrs|ms|dr|no|st|rd)$/i;

function close(clauses: Clause[], sentences: Sentence[], clauseStart: number, sentenceStart: number, end: number, strong: boolean, question: boolean): void {
  if (end > clauseStart) clauses.push({ start: clauseStart, end, sentence: sentences.length });
  if (strong && end > sentenceStart) sentences.push({ start: sentenceStart, end, question });
}

export function splitClauses(text: string): Segments {
  const clauses: Clause[] = [];
  const sentences: Sentence[] = [];
  let clauseStart = 0;
  let sentenceStart = 0;
  for (const m of allMatches(BREAK, text)) {
    const at = m.index;
    const sep = m[0];
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
