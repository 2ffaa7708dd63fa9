import { revokeReport } from "../../app/revoke-report.ts";
import type { Command } from "../context.ts";
import { askBack, isQuestion, reasonedTarget, unlisted, type Question } from "../decision-target.ts";
import { notices, revokedText, reviewerCopy } from "../notify.ts";
import { receiptOf } from "../receipt-of.ts";
import { renderFailure } from "../render/failure.ts";

export const revoke: Command<{ number: number; reason: string; listed?: true } | Question> = {
  name: "revoke",
  words: ["撤销", "revoke"],
  slash: ["revoke"],
  usage: { zh: "撤销 编号 原因", en: "/revoke N reason" },
  parse: (args, ctx) => reasonedTarget(args, ctx),
  run: async (ctx, args) => {
    if (isQuestion(args)) return askBack(ctx, args);
    const question = await unlisted(ctx, args);
    if (question) return askBack(ctx, question);
    const { number, reason } = args;
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const res = await revokeReport(ctx.deps, { communityId: ctx.place.community.id, number, actor: ctx.actor, reason, announce: notices(ctx, revokedText), receipt: reviewerCopy(ctx, revokedText) });
    if (!res.ok) return [renderFailure(ctx, res)];
    return receiptOf(res);
  },
};
