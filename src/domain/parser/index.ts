// Minimal keyword parser; replaced by the full parser (issue 3).
import { MAX_REPORT_POINTS, type Catalog } from "../catalog.ts";
import type { ParseInput, ParseResult, ReportParser } from "./types.ts";

export type { ParseInput, ParseResult, ReportParser, ParsedDeed } from "./types.ts";

const TAG = /^\s*(#好人好事|申报|\/report)\s*/i;
const NOT_A_REPORT = /[吗?？]|明天|打算|准备|下周|没有?|will|going to|didn't/i;

export function createParser(catalog: Catalog): ReportParser {
  const active = catalog.filter((c) => c.active);
  return (input: ParseInput): ParseResult => {
    const tagged = TAG.test(input.text);
    const text = input.text.replace(TAG, "");
    const deeds = active
      .filter((c) => c.match.keywords.some((k) => text.toLowerCase().includes(k.toLowerCase())))
      .slice(0, 1)
      .map((c) => {
        const n = /(\d+)/.exec(text);
        const quantity = c.unit === "occasion" ? 1 : Math.max(1, Number(n?.[1] ?? 1));
        return { category: c.code, quantity, points: c.points * quantity };
      });
    const isReport = tagged || (deeds.length > 0 && !NOT_A_REPORT.test(text));
    const total = Math.min(MAX_REPORT_POINTS, deeds.reduce((s, d) => s + d.points, 0));
    return {
      isReport, tagged, deeds: isReport ? deeds : [], doer: null, when: null, whenDate: null,
      where: null, confidence: isReport ? 0.5 : 0, totalPoints: isReport ? total : 0,
    };
  };
}
