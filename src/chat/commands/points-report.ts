import { getCommunityReport } from "../../app/get-community-report.ts";
import { isStaff } from "../../domain/permissions.ts";
import type { Command } from "../context.ts";
import { renderCommunityReport } from "../render/community-report.ts";

/** 积分报告 · /stats (staff): points by kind and the share of fixed points against its target. */
export const pointsReport: Command<true> = {
  name: "pointsReport",
  words: ["积分报告", "社区报告"],
  slash: ["stats"],
  parse: (args) => (args.trim() === "" ? true : null),
  run: async (ctx) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const { community } = ctx.place;
    const roles = await ctx.deps.store.read(async (r) => {
      const id = (await r.identities.byExternal(ctx.user.platform, ctx.user.userId))?.residentId;
      return id ? r.roles.forResident(id) : [];
    });
    if (!isStaff(roles, community.id)) return [ctx.reply(ctx.t("error.AUTH.NOT_REVIEWER"))];
    return [ctx.reply(renderCommunityReport(ctx.t, await getCommunityReport(ctx.deps, community)))];
  },
};
