// The clause splitter's BREAK regex is its alternation (BREAKS) behind a lookahead on the
// characters a match can start with, for speed only: it must find exactly the same separators.
import { describe, expect, it } from "vitest";
import { BREAK, BREAKS } from "../../../src/domain/parser/split-clauses.ts";
import { GOLDEN_INPUTS, readLines, type GoldenInput } from "./golden.ts";

const plain = new RegExp(BREAKS.source, "gi");

function separators(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(`${m.index}:${m[0]}`);
  return out;
}

// Characters around every alternative: separators, particles, linking words' characters, Latin letters of both cases, digits.
const ALPHABET = [..."啊呀吧哈不晓得知道。!?;\n.…,、()【】「」\"/|~: \t-然后来接着结果但是可过所以扫了地和andthebusocfrwAPTBSNDHE1的"];

function randomText(seed: number): string {
  let x = seed;
  const next = (): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x;
  };
  let s = "";
  for (let n = 5 + (next() % 30); n > 0; n--) s += ALPHABET[next() % ALPHABET.length];
  return s;
}

describe("BREAK", () => {
  it("finds the same separators as the bare alternation on every golden input", () => {
    const texts = readLines(GOLDEN_INPUTS).map((l) => (JSON.parse(l) as GoldenInput).text);
    const differ = texts.filter((t) => separators(BREAK, t).join("|") !== separators(plain, t).join("|"));
    expect(differ.slice(0, 5)).toEqual([]);
  });

  it("finds the same separators on 20,000 random strings of the characters they are made of", () => {
    const differ: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const t = randomText(i + 1);
      if (separators(BREAK, t).join("|") !== separators(plain, t).join("|")) differ.push(t);
    }
    expect(differ.slice(0, 5)).toEqual([]);
  });
});
