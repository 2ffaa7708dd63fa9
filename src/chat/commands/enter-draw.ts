import { pledgeTickets } from "../../app/pledge-tickets.ts";
import type { Command } from "../context.ts";
import { receiptOf } from "../receipt-of.ts";
import { renderFailure } from "../render/failure.ts";

/** 投奖票 1 5 · /enter 1 5: puts 5 tickets into draw 1 (draws where residents choose). */
export const enterDraw: Command<{ drawId: number; tickets: number }> = {
  name: "enterDraw",
  words: ["投奖票", "投票抽奖"],
  slash: ["enter"],
  usage: { zh: "投奖票 抽奖编号 张数", en: "/enter draw tickets" },
  parse: (args) => {
    const m = /^#?(\d{1,9})\s+(\d{1,6})\s*张?$/.exec(args.trim());
    return m ? { drawId: Number(m[1]), tickets: Number(m[2]) } : null;
  },
  run: async (ctx, args) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const res = await pledgeTickets(ctx.deps, {
      communityId: ctx.place.community.id, actor: ctx.actor, ...args,
      receipt: (x) => ctx.reply(ctx.t("draw.pledged", { id: x.drawId, title: x.title, pledged: x.pledged, balance: x.balance })),
    });
    return res.ok ? receiptOf(res) : [renderFailure(ctx, res)];
  },
};
