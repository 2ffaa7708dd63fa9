// The period words of the ranking commands: 排行榜 [上周|本月|本季|年度|总榜], /top [lastweek|month|quarter|year|all].
import type { PeriodKind } from "../app/get-ranking.ts";

/** 排行榜 [上周|本月|本季|年度|总榜], /top [lastweek|month|quarter|year|all]. */
export const PERIOD_WORDS: Record<string, PeriodKind> = {
  "": "week", 本周: "week", week: "week", thisweek: "week",
  上周: "lastWeek", lastweek: "lastWeek", last: "lastWeek",
  本月: "month", 月: "month", month: "month",
  本季: "quarter", 本季度: "quarter", 季度: "quarter", quarter: "quarter",
  年度: "year", 本年: "year", 今年: "year", year: "year",
  总榜: "all", 总: "all", 总排行: "all", all: "all", total: "all",
};

/** The period a ranking command names, or null. */
export const readPeriod = (args: string): PeriodKind | null => PERIOD_WORDS[args.trim().toLowerCase().replace(/[\s_-]+/g, "")] ?? null;
