// Floors on whole corpora: our own held-out lines (hidden-corpus style: voice-to-text run-ons,
// Hubei speech, English), and the public dev corpus when ../shared is present.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEFAULT_CATALOG } from "../../../src/domain/default-catalog.ts";
import { createParser } from "../../../src/domain/parser/index.ts";
import { scoreCorpus } from "./score-corpus.ts";

const parser = createParser(DEFAULT_CATALOG);
const own = fileURLToPath(new URL("./fixtures/own-corpus.jsonl", import.meta.url));
const dev = fileURLToPath(new URL("../../../../shared/corpus/reports.dev.jsonl", import.meta.url));

describe("corpus scores", () => {
  it("own held-out corpus: precision >= 0.98, recall >= 0.97, exact >= 0.97", () => {
    const s = scoreCorpus(parser, own);
    expect(s.misses.length, s.misses.join("\n")).toBeLessThanOrEqual(5);
    expect(s.precision).toBeGreaterThanOrEqual(0.98);
    expect(s.recall).toBeGreaterThanOrEqual(0.97);
    expect(s.exact).toBeGreaterThanOrEqual(0.97);
  });

  it.skipIf(!existsSync(dev))("public dev corpus: precision >= 0.97, recall >= 0.95, exact >= 0.92", () => {
    const s = scoreCorpus(parser, dev);
    expect(s.precision, s.misses.join("\n")).toBeGreaterThanOrEqual(0.97);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.exact).toBeGreaterThanOrEqual(0.92);
  });
});
