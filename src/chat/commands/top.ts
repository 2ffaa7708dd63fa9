import { getRanking } from "../../app/get-ranking.ts";
import { maskName } from "../../domain/mask-name.ts";
import type { Command } from "../context.ts";

export const top: Command<true> = {
  name: "top",
  words: ["排行榜", "积分榜"],
  slash: ["top", "rank"],
  parse: (args) => (args.trim() === "" ? true : null),
  run: async (ctx) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const { community } = ctx.place;
    const me = await ctx.deps.store.read(async (r) => (await r.identities.byExternal(ctx.user.platform, ctx.user.userId))?.residentId ?? null);
    const ranking = await getRanking(ctx.deps, community, { residentId: me });
    const lines = [ctx.t("top.title", { community: community.name, period: ranking.period })];
    if (ranking.top.length === 0) lines.push(ctx.t("top.empty"));
    for (const row of ranking.top) {
      const name = row.resident.masked ? maskName(row.resident.name) : row.resident.name;
      lines.push(ctx.t("top.row", { rank: row.rank, name, points: row.points }));
    }
    if (ranking.top.length > 0) {
      lines.push(ranking.mine ? ctx.t("top.mine", { rank: ranking.mine.rank, points: ranking.mine.points }) : ctx.t("top.mineNone"));
      lines.push(ctx.t("top.ties"));
    }
    return [ctx.reply(lines.join("\n"))];
  },
};
