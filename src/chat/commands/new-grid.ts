// 新建网格 三网格 / /newgrid 三网格: an admin adds a grid.
import { createGrid } from "../../app/create-grid.ts";
import type { Command } from "../context.ts";
import { receiptOf } from "../receipt-of.ts";
import { renderFailure } from "../render/failure.ts";

export const newGrid: Command<{ name: string }> = {
  name: "newgrid",
  words: ["新建网格"],
  slash: ["newgrid"],
  usage: { zh: "新建网格 网格名", en: "/newgrid name" },
  parse: (args) => (/^\S{1,20}$/.test(args.trim()) ? { name: args.trim() } : null),
  run: async (ctx, { name }) => {
    const res = await createGrid(ctx.deps, {
      actor: ctx.actor, name, ...(ctx.place ? { communityId: ctx.place.community.id } : {}),
      receipt: ({ grid }) => ctx.reply(ctx.t("platform.gridCreated", { grid: grid.name })),
    });
    return res.ok ? receiptOf(res) : [renderFailure(ctx, res)];
  },
};
