// `deedbank parse --jsonl` writes each answer field by field (parse-line.ts): the text must be
// exactly what JSON.stringify writes for the same answer, on every golden input and on odd values.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answerLine } from "../../src/cli/commands/parse-line.ts";
import { DEFAULT_CATALOG } from "../../src/domain/default-catalog.ts";
import { createParser, type ParseResult, type ReportParser } from "../../src/domain/parser/index.ts";

const now = new Date("2025-11-03T12:00:00+08:00");
const asStringify = (id: unknown, r: ParseResult): string => JSON.stringify({
  id: id ?? null, isReport: r.isReport, lane: r.lane, deeds: r.deeds, doer: r.doer, doers: r.doers, when: r.when, where: r.where, confidence: r.confidence,
}) + "\n";

describe("answer lines", () => {
  it("match JSON.stringify on every golden input", () => {
    const parser = createParser(DEFAULT_CATALOG);
    const inputs = readFileSync(new URL("../domain/parser/fixtures/golden-inputs.jsonl", import.meta.url), "utf8").split("\n").filter(Boolean);
    let reports = 0;
    inputs.forEach((line, i) => {
      const row = JSON.parse(line) as { text: string; sender?: string };
      const r = parser({ text: row.text, sender: row.sender, now });
      if (r.deeds.length > 0) reports++;
      expect(answerLine(parser, JSON.stringify({ id: `g${i}`, ...row }), i + 1, now).answer).toBe(asStringify(`g${i}`, r));
    });
    expect(reports).toBeGreaterThan(1000);
  });

  it("match JSON.stringify on quotes, escapes, odd ids and numbers that are not finite", () => {
    const odd: ParseResult = {
      isReport: true, lane: "doubtful", tagged: false, totalPoints: 0, whenDate: null,
      deeds: [{ category: 'a"b\\c\n', quantity: Infinity, points: NaN }, { category: "x", quantity: -0, points: 1e21 }],
      doer: "王\u2028丽 \"小\" \ud800", doers: ["王\u2028丽 \"小\" \ud800", null], when: "\t昨天", where: null, confidence: 0.1 + 0.2,
    };
    const parser: ReportParser = () => odd;
    for (const id of [7, "m1", null, undefined, { a: [1, "b"] }, true, 'q"\\']) {
      const line = JSON.stringify({ id, text: "x" });
      expect(answerLine(parser, line, 1, now).answer).toBe(asStringify(id, odd));
    }
  });
});
