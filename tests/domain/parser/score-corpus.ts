// Scores the parser on a labelled JSON-lines corpus with the same figures as
// ../shared/tools/score-parser.mjs (precision, recall, exact), for the corpus tests.
import { readFileSync } from "node:fs";
import type { ReportParser } from "../../../src/domain/parser/index.ts";

interface Label {
  id: string;
  text: string;
  sender?: string;
  expect: { isReport: boolean; deeds?: Array<{ category: string; quantity?: number }>; doer?: string | null };
}

export interface CorpusScore {
  precision: number;
  recall: number;
  exact: number;
  misses: string[];
}

const key = (deeds: ReadonlyArray<{ category: string; quantity?: number }>): string =>
  JSON.stringify(deeds.map((d) => `${d.category}×${d.quantity ?? 1}`).sort());
const norm = (s: string | null | undefined): string | null => s?.replace(/^@/, "").trim() || null;

export function scoreCorpus(parser: ReportParser, path: string): CorpusScore {
  const labels = readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Label);
  let tp = 0, fp = 0, fn = 0, exact = 0;
  const misses: string[] = [];
  for (const l of labels) {
    const got = parser({ text: l.text, sender: l.sender, now: new Date("2025-11-03T12:00:00+08:00") });
    const want = l.expect;
    if (!want.isReport) {
      if (got.isReport) { fp++; misses.push(`${l.id} false report: ${l.text}`); } else exact++;
      continue;
    }
    if (!got.isReport) { fn++; misses.push(`${l.id} missed: ${l.text}`); continue; }
    tp++;
    if (key(want.deeds ?? []) === key(got.deeds) && norm(want.doer) === norm(got.doer)) exact++;
    else misses.push(`${l.id} wrong: ${l.text} → ${key(got.deeds)} ${got.doer}`);
  }
  const r = (a: number, b: number): number => (b ? a / b : 1);
  return { precision: r(tp, tp + fp), recall: r(tp, tp + fn), exact: r(exact, labels.length), misses };
}
