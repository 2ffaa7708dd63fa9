import { getRanking, type PeriodKind } from "../../app/get-ranking.ts";
import type { Command } from "../context.ts";
import { readPeriod } from "../read-period.ts";
import { topHouseholds } from "./top-households.ts";

const HOUSEHOLDS = /^(households?|家庭)\s*/i;

export const top: Command<PeriodKind | { households: PeriodKind }> = {
  name: "top",
  words: ["排行榜", "积分榜"],
  slash: ["top", "rank"],
  parse: (args) => {
    // /top households [period] is the households ranking (issue 12).
    const households = HOUSEHOLDS.exec(args.trim());
    if (households) {
      const period = readPeriod(args.trim().slice(households[0].length));
      return period ? { households: period } : null;
    }
    return readPeriod(args);
  },
  usage: { zh: "排行榜 [上周|本月|本季|年度|总榜]", en: "/top [lastweek|month|quarter|year|all]" },
  run: async (ctx, arg) => {
    if (typeof arg === "object") return topHouseholds.run(ctx, arg.households);
    const kind = arg;
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
