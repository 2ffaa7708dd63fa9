// splitClauses finds its breaks with a hand-compiled scanner (nextBreak) instead of the BREAK
// regex, for speed: both must find exactly the same breaks, on every golden input and on random
// strings built from the characters the breaks are made of.
import { describe, expect, it } from "vitest";
import { allMatches } from "../../../src/domain/parser/all-matches.ts";
import { normalizeText } from "../../../src/domain/parser/normalize-text.ts";
import { BREAK, nextBreak } from "../../../src/domain/parser/split-clauses.ts";
import { GOLDEN_INPUTS, readLines, type GoldenInput } from "./golden.ts";

const byRegex = (text: string): string[] => allMatches(BREAK, text).map((m) => `${m.index}+${m[0].length}`);
function byScanner(text: string): string[] {
  const out: string[] = [];
  for (let b = nextBreak(text, 0); b !== undefined; b = nextBreak(text, b[0] + b[1])) out.push(`${b[0]}+${b[1]}`);
  return out;
}

/** Pieces the breaks are made of, and things near them: letters, digits, CJK, unicode spaces. */
const PIECES = [
  "啊", "呀", "吧", "哈", "不", "晓得", "知道", "我", "扫", "。", "!", "?", ";", "\n", ".", "…", ",", "、", "(", ")", "【", "】",
  "「", "」", '"', "/", "|", "~", ":", "-", " ", "\t", "\u3000", "\u00a0", "\u2028", "\ufeff", "然后", "后来", "接着", "结果",
  "但是", "可是", "不过", "所以", "and", "AND", "And", "then", "Then", "but", "BUT", "so", "because", "after that", "after",
  "cleaned", "ED", "ed", "gave", "Took", "went", "paid", "put", "dropped", "x", "a", "z", "Q", "3", "_", "mr", "ſ", "K", "é", "😀",
];

describe("nextBreak", () => {
  it("finds the BREAK regex's matches in every golden input", () => {
    for (const line of readLines(GOLDEN_INPUTS)) {
      const raw = (JSON.parse(line) as GoldenInput).text;
      for (const text of [raw, normalizeText(raw), raw.toLowerCase()]) expect(byScanner(text), text).toEqual(byRegex(text));
    }
  });

  it("finds the BREAK regex's matches in 20,000 random strings", () => {
    let seed = 13;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let t = 0; t < 20000; t++) {
      let text = "";
      for (let k = next(14); k >= 0; k--) text += PIECES[next(PIECES.length)];
      expect(byScanner(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });
});
