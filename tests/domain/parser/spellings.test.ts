// The parser's pinyin made ahead of time must read as pinyin-pro does: the character table of
// homophones.ts (char-sounds.ts, regenerate with scripts/make-char-sounds.mjs after upgrading
// pinyin-pro), and a catalog's spellings handed to a worker thread as data.
import { readFileSync } from "node:fs";
import { pinyin } from "pinyin-pro";
import { describe, expect, it } from "vitest";
import { DEFAULT_CATALOG } from "../../../src/domain/default-catalog.ts";
import { CHAR_SOUND_DIGITS, CHAR_SOUNDS, SYLLABLES } from "../../../src/domain/parser/char-sounds.ts";
import { catalogSpellings, createParser } from "../../../src/domain/parser/index.ts";
import { parserOf } from "../../../src/domain/parser/parser-of.ts";
import { spellerOf } from "../../../src/domain/parser/speller.ts";

describe("pinyin made ahead of time", () => {
  it("char-sounds.ts gives every CJK character the syllable pinyin-pro gives it alone", () => {
    const syllables = SYLLABLES.split(" ");
    const wrong: string[] = [];
    for (let c = 0x4e00; c <= 0x9fff; c++) {
      const k = c - 0x4e00;
      const n = CHAR_SOUND_DIGITS.indexOf(CHAR_SOUNDS.charAt(2 * k)) * 64 + CHAR_SOUND_DIGITS.indexOf(CHAR_SOUNDS.charAt(2 * k + 1));
      const [s] = pinyin(String.fromCharCode(c), { toneType: "num", type: "array", v: true });
      const want = s && /^[a-z]+[1-5]$/.test(s) ? s : undefined;
      if ((n === 0 ? undefined : syllables[n - 1]) !== want) wrong.push(String.fromCharCode(c));
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it("a parser compiled from catalogSpellings' data answers as one compiled with pinyin-pro", () => {
    const fromData = parserOf(DEFAULT_CATALOG, spellerOf(catalogSpellings(DEFAULT_CATALOG)));
    const parser = createParser(DEFAULT_CATALOG);
    const now = new Date("2025-11-03T12:00:00+08:00");
    const rows = readFileSync(new URL("./fixtures/own-corpus.jsonl", import.meta.url), "utf8").split("\n").filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { text: string; sender?: string });
    for (const r of rows) expect(fromData({ text: r.text, sender: r.sender, now })).toEqual(parser({ text: r.text, sender: r.sender, now }));
  });
});
