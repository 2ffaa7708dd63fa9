import { getCommunityReport } from "../../app/get-community-report.ts";
import type { Command } from "../context.ts";
import { renderCommunityReport } from "../render/community-report.ts";
import { renderFailure } from "../render/failure.ts";

/** 积分报告 · /stats (staff): points by kind and the share of fixed points against its target. */
export const pointsReport: Command<true> = {
  name: "pointsReport",
  words: ["积分报告", "社区报告"],
  slash: ["stats"],
  parse: (args) => (args.trim() === "" ? true : null),
  run: async (ctx) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const { community } = ctx.place;
    const res = await getCommunityReport(ctx.deps, community, ctx.actor);
    return [res.ok ? ctx.reply(renderCommunityReport(ctx.t, res)) : renderFailure(ctx, res)];
  },
};
