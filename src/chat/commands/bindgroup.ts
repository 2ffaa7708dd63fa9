// 绑定 一网格 / /bindgroup 一网格: an admin binds this group to a grid.
import { bindGroup as bindGroupToGrid } from "../../app/bind-group.ts";
import type { Command } from "../context.ts";
import { receiptOf } from "../receipt-of.ts";
import { renderFailure } from "../render/failure.ts";

export const bindgroup: Command<{ grid: string }> = {
  name: "bindgroup",
  words: ["绑定"],
  slash: ["bindgroup"],
  usage: { zh: "绑定 网格名", en: "/bindgroup grid" },
  parse: (args) => (/^\S{1,20}$/.test(args.trim()) ? { grid: args.trim() } : null),
  run: async (ctx, { grid }) => {
    const res = await bindGroupToGrid(ctx.deps, {
      actor: ctx.actor, chatId: ctx.msg.chatId, gridName: grid, ...(ctx.place ? { communityId: ctx.place.community.id } : {}),
      receipt: ({ grid }) => ctx.reply(ctx.t("platform.groupBound", { grid: grid.name })),
    });
    // "绑定…" from a resident is ordinary chatter, not a failed command.
    if (!res.ok && res.code === "AUTH.NOT_ADMIN" && !ctx.msg.text.trim().startsWith("/")) return [];
    return res.ok ? receiptOf(res) : [renderFailure(ctx, res)];
  },
};
