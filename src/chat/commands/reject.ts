import { rejectReport } from "../../app/reject-report.ts";
import type { Command } from "../context.ts";
import { askBack, isQuestion, reasonedTarget, unlisted, type Question } from "../decision-target.ts";
import { notices, rejectedText, reviewerCopy } from "../notify.ts";
import { receiptOf } from "../receipt-of.ts";
import { renderFailure } from "../render/failure.ts";

export const reject: Command<{ number: number; reason: string; listed?: true } | Question> = {
  name: "reject",
  words: ["驳回", "不通过", "退回", "reject"],
  slash: ["reject"],
  usage: { zh: "驳回 编号 原因", en: "/reject N reason" },
  parse: (args, ctx) => reasonedTarget(args, ctx),
  run: async (ctx, args) => {
    if (isQuestion(args)) return askBack(ctx, args);
    const question = await unlisted(ctx, args);
    if (question) return askBack(ctx, question);
    const { number, reason } = args;
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const res = await rejectReport(ctx.deps, { communityId: ctx.place.community.id, number, actor: ctx.actor, reason, announce: notices(ctx, rejectedText), receipt: reviewerCopy(ctx, rejectedText) });
    if (!res.ok) return [renderFailure(ctx, res)];
    return receiptOf(res);
  },
};
