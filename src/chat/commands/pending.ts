import { listPending } from "../../app/list-pending.ts";
import type { Command } from "../context.ts";
import { renderDeeds } from "../render/deeds.ts";
import { renderFailure } from "../render/failure.ts";
import { possibleSection } from "../render/possible-section.ts";

export const pending: Command<true> = {
  name: "pending",
  words: ["待审核", "待审"],
  slash: ["pending"],
  parse: (args) => (args.trim() === "" ? true : null),
  run: async (ctx) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const res = await listPending(ctx.deps, ctx.place.community.id, ctx.actor);
    if (!res.ok) return [renderFailure(ctx, res)];
    const catalog = await ctx.catalog();
    const possible = await possibleSection(ctx, catalog);
    if (res.reports.length === 0) return [ctx.reply([ctx.t("pending.empty"), ...possible].join("\n"))];
    const rows = res.reports.map((r) =>
      ctx.t("pending.row", {
        number: r.number,
        sender: r.doerName ?? r.senderName,
        deeds: renderDeeds(r.deeds, catalog, ctx.locale, ctx.t) || "?",
        points: r.suggestedPoints,
      }),
    );
    return [ctx.reply([ctx.t("pending.title", { count: res.reports.length }), ...rows, ...possible].join("\n"))];
  },
};
