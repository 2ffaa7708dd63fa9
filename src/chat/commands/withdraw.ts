import { withdrawReport } from "../../app/withdraw-report.ts";
import { quotesOtherCard, targetReport } from "../args.ts";
import type { Command } from "../context.ts";
import { receiptOf } from "../receipt-of.ts";
import { renderFailure } from "../render/failure.ts";

export const withdraw: Command<{ number: number } | { notACard: true }> = {
  name: "withdraw",
  words: ["撤回"],
  slash: ["withdraw"],
  usage: { zh: "撤回 编号", en: "/withdraw N" },
  parse: (args, ctx) => {
    const target = targetReport(args, ctx);
    if (target) return target[1] === "" ? { number: target[0] } : null;
    return quotesOtherCard(ctx) && args.trim() === "" ? { notACard: true } : null;
  },
  run: async (ctx, args) => {
    if ("notACard" in args) return [ctx.reply(ctx.t("report.notACard"))];
    const { number } = args;
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const res = await withdrawReport(ctx.deps, {
      communityId: ctx.place.community.id, number, actor: ctx.actor,
      // Carries the card, so a platform with buttons can close the withdrawn card.
      receipt: () => ctx.reply(ctx.t("report.withdrawn", { number }), { card: { reportNumber: number, status: "withdrawn" } }),
    });
    return res.ok ? receiptOf(res) : [renderFailure(ctx, res)];
  },
};
