// `异议 12 原因` / `/object 12 reason`: anyone may object to a 公示 notice; the admins are told.
import { objectNotice } from "../../app/object-notice.ts";
import { isQuestion, reasonedTarget, unlisted, type Question } from "../decision-target.ts";
import type { Command } from "../context.ts";
import { renderFailure } from "../render/failure.ts";

export const object: Command<{ number: number; reason: string; listed?: true } | Question> = {
  name: "object",
  words: ["异议"],
  slash: ["object"],
  usage: { zh: "异议 编号 原因", en: "/object N reason" },
  // Which report: the same reply rules as 驳回 (decision-target.ts).
  parse: (args, ctx) => reasonedTarget(args, ctx),
  run: async (ctx, args) => {
    // Anyone may object: the question is for them too, not only for staff.
    if (isQuestion(args)) return [ctx.reply(ctx.t(args.question, args.params))];
    const question = await unlisted(ctx, args);
    if (question) return [ctx.reply(ctx.t(question.question, question.params))];
    const { number, reason } = args;
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const name = ctx.actor.resident?.name ?? ctx.actor.account.displayName;
    const res = await objectNotice(ctx.deps, {
      communityId: ctx.place.community.id, number, actor: ctx.actor, reason, messageId: ctx.msg.messageId,
      // The admins read it in the community's language.
      toAdmin: (n, doer) => ({ text: ctx.t("notice.toAdmin", { number: n.number, doer, points: n.points, name, reason }) }),
    });
    return res.ok ? [ctx.reply(ctx.t("notice.objected", { number }))] : [renderFailure(ctx, res)];
  },
};
