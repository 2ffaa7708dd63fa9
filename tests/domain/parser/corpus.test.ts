// Floors on our own corpus (voice-to-text run-ons, Hubei speech, English). Public and frozen
// held-out corpora are scored by `npm run eval:parser -- FILE`, never by the test suite.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEFAULT_CATALOG } from "../../../src/domain/default-catalog.ts";
import { createParser } from "../../../src/domain/parser/index.ts";
import { scoreCorpus } from "./score-corpus.ts";

const parser = createParser(DEFAULT_CATALOG);
const own = fileURLToPath(new URL("./fixtures/own-corpus.jsonl", import.meta.url));

describe("corpus scores", () => {
  it("own held-out corpus: precision >= 0.98, recall >= 0.97, exact >= 0.97", () => {
    const s = scoreCorpus(parser, own);
    expect(s.misses.length, s.misses.join("\n")).toBeLessThanOrEqual(5);
    expect(s.precision).toBeGreaterThanOrEqual(0.98);
    expect(s.recall).toBeGreaterThanOrEqual(0.97);
    expect(s.exact).toBeGreaterThanOrEqual(0.97);
  });
});
