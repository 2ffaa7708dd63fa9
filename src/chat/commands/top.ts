import { getRanking, type PeriodKind } from "../../app/get-ranking.ts";
import type { Command } from "../context.ts";

/** 排行榜 [上周|本月|本季|年度|总榜], /top [lastweek|month|quarter|year|all]. */
const PERIOD_WORDS: Record<string, PeriodKind> = {
  "": "week", 本周: "week", week: "week", thisweek: "week",
  上周: "lastWeek", lastweek: "lastWeek", last: "lastWeek",
  本月: "month", 月: "month", month: "month",
  本季: "quarter", 本季度: "quarter", 季度: "quarter", quarter: "quarter",
  年度: "year", 本年: "year", 今年: "year", year: "year",
  总榜: "all", 总: "all", 总排行: "all", all: "all", total: "all",
};

export const top: Command<PeriodKind> = {
  name: "top",
  words: ["排行榜", "积分榜"],
  slash: ["top", "rank"],
  parse: (args) => PERIOD_WORDS[args.trim().toLowerCase().replace(/[\s_-]+/g, "")] ?? null,
  usage: { zh: "排行榜 [上周|本月|本季|年度|总榜]", en: "/top [lastweek|month|quarter|year|all]" },
  run: async (ctx, kind) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const { community } = ctx.place;
    const ranking = await getRanking(ctx.deps, community, { residentId: ctx.actor.resident?.id ?? null, period: kind });
    const week = kind === "week";
    const label = kind === "all" ? ctx.t("honour.top.allLabel") : ranking.period;
    const lines = [
      week
        ? ctx.t("top.title", { community: community.name, period: ranking.period })
        : ctx.t("honour.top.title", { community: community.name, kind, label }),
    ];
    if (ranking.top.length === 0) lines.push(week ? ctx.t("top.empty") : ctx.t("honour.top.empty", { kind }));
    for (const row of ranking.top) {
      lines.push(ctx.t("top.row", { rank: row.rank, name: row.name, points: row.points }));
    }
    if (ranking.top.length > 0) {
      const mine = ranking.mine;
      if (week) lines.push(mine ? ctx.t("top.mine", { rank: mine.rank, points: mine.points }) : ctx.t("top.mineNone"));
      else lines.push(mine ? ctx.t("honour.top.mine", { kind, rank: mine.rank, points: mine.points }) : ctx.t("honour.top.mineNone", { kind }));
      lines.push(ctx.t("top.ties"));
    }
    return [ctx.reply(lines.join("\n"))];
  },
};
