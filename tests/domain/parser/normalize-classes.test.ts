// normalizeMessage decides which steps to run from a table of character classes written out from
// the cheap tests' regexes; every code unit must get the class those regexes give it.
import { describe, expect, it } from "vitest";
import { CHEAP_TESTS, CLASS_BITS, classesOf } from "../../../src/domain/parser/normalize-text.ts";

const units = Array.from({ length: 65536 }, (_, c) => c);
const has = (c: number, bit: number): boolean => (classesOf(c) & bit) !== 0;
const differ = (bit: number, test: (ch: string) => boolean): number[] =>
  units.filter((c) => has(c, bit) !== test(String.fromCharCode(c))).slice(0, 5);

describe("normalisation's character classes", () => {
  it("match the cheap tests' regexes at every code unit", () => {
    expect(differ(CLASS_BITS.WIDE, (ch) => CHEAP_TESTS.MAY_BE_WIDE.test(ch))).toEqual([]);
    expect(differ(CLASS_BITS.PICTURE, (ch) => CHEAP_TESTS.MAY_BE_PICTURE.test(ch))).toEqual([]);
    expect(differ(CLASS_BITS.OTHER_SPACE, (ch) => /[^\S ]/.test(ch))).toEqual([]);
    expect(differ(CLASS_BITS.QUOTE, (ch) => CHEAP_TESTS.MAY_QUOTE.test(ch))).toEqual([]);
    expect(differ(CLASS_BITS.UPPER_CASE, (ch) => CHEAP_TESTS.UPPER.test(ch))).toEqual([]);
    expect(differ(CLASS_BITS.SPACE, (ch) => ch === " ")).toEqual([]);
    expect(differ(CLASS_BITS.BRACKET, (ch) => ch === "[")).toEqual([]);
    // Every spoken phone number stands after 打, 拨 or 电话, or holds 幺.
    expect(differ(CLASS_BITS.SPOKEN_DIGITS, (ch) => "打拨话幺".includes(ch) && ch.length === 1)).toEqual([]);
  });

  it("mark every code unit the emoji pattern can match or start (a high surrogate)", () => {
    const emoji = new RegExp(CHEAP_TESTS.EMOJI.source, CHEAP_TESTS.EMOJI.flags.replace("g", ""));
    const missed = units.filter((c) => !has(c, CLASS_BITS.EMOJI_UNIT) && (emoji.test(String.fromCharCode(c)) || (c >= 0xd800 && c <= 0xdbff)));
    expect(missed.slice(0, 5)).toEqual([]);
  });
});
