import { withdrawReport } from "../../app/withdraw-report.ts";
import type { Command } from "../context.ts";
import { decisionTarget, isQuestion, unlisted, type Question } from "../decision-target.ts";
import { receiptOf } from "../receipt-of.ts";
import { renderFailure } from "../render/failure.ts";

export const withdraw: Command<{ number: number; listed?: true } | Question> = {
  name: "withdraw",
  words: ["撤回", "withdraw"],
  slash: ["withdraw"],
  usage: { zh: "撤回 编号", en: "/withdraw N" },
  parse: (args, ctx) => {
    const target = decisionTarget(args, ctx, false);
    if (!target || isQuestion(target)) return target;
    return target.rest === "" ? { number: target.number, ...(target.listed ? { listed: true as const } : {}) } : null;
  },
  run: async (ctx, args) => {
    // The reporter withdraws their own report: the question is for them too, not only for staff.
    if (isQuestion(args)) return [ctx.reply(ctx.t(args.question, args.params))];
    const question = await unlisted(ctx, args);
    if (question) return [ctx.reply(ctx.t(question.question, question.params))];
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
