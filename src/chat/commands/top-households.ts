import { getHouseholdRanking } from "../../app/get-household-ranking.ts";
import type { PeriodKind } from "../../app/get-ranking.ts";
import type { Command } from "../context.ts";
import { renderAddress } from "../render/address.ts";
import { readPeriod } from "../read-period.ts";

/** 排行榜 家庭 [本月 …] · /top households [month …]: households ranked by their members' points. */
export const topHouseholds: Command<PeriodKind> = {
  name: "topHouseholds",
  words: ["排行榜 家庭", "排行榜家庭", "家庭排行榜", "家庭榜"],
  slash: ["tophouseholds", "households"],
  usage: { zh: "排行榜 家庭 [上周|本月|本季|年度|总榜]", en: "/top households [lastweek|month|quarter|year|all]" },
  parse: (args) => readPeriod(args),
  run: async (ctx, kind) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const { community } = ctx.place;
    const ranking = await getHouseholdRanking(ctx.deps, community, { period: kind });
    const label = kind === "all" ? ctx.t("honour.top.allLabel") : ranking.period;
    const lines = [ctx.t("topHouseholds.title", { community: community.name, label })];
    if (ranking.top.length === 0) lines.push(ctx.t("topHouseholds.empty"));
    for (const row of ranking.top) {
      lines.push(ctx.t("topHouseholds.row", { rank: row.rank, address: renderAddress(ctx.t, row.household), head: row.head ?? "", points: row.points }));
    }
    return [ctx.reply(lines.join("\n"))];
  },
};
