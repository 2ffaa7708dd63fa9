// `确认 12` / `/confirm 12`: an admin's second approval of a 公示 notice (confirm-notice.ts).
import { confirmNotice } from "../../app/confirm-notice.ts";
import { askBack, decisionTarget, isQuestion, unlisted, type Question } from "../decision-target.ts";
import type { Command } from "../context.ts";
import { noticeCreditedText, notices } from "../notify.ts";
import { receiptOf } from "../receipt-of.ts";
import { renderFailure } from "../render/failure.ts";
import { noticeUntil } from "../render/notice-until.ts";

export const confirm: Command<{ number: number; listed?: true } | Question> = {
  name: "confirm",
  words: ["确认"],
  slash: ["confirm"],
  usage: { zh: "确认 编号", en: "/confirm N" },
  // Which report: the same reply rules as 通过/驳回 (decision-target.ts).
  parse: (args, ctx) => {
    const target = decisionTarget(args, ctx, false);
    if (!target || isQuestion(target)) return target;
    return target.rest === "" ? { number: target.number, ...(target.listed ? { listed: true as const } : {}) } : null;
  },
  run: async (ctx, args) => {
    if (isQuestion(args)) return askBack(ctx, args);
    const question = await unlisted(ctx, args);
    if (question) return askBack(ctx, question);
    const { number } = args;
    const place = ctx.place;
    if (!place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const res = await confirmNotice(ctx.deps, {
      communityId: place.community.id, number, actor: ctx.actor,
      announce: notices(ctx, noticeCreditedText),
      receipt: (c) => {
        if (!c.credited) return ctx.reply(ctx.t("notice.confirmed", { number: c.notice.number, until: noticeUntil(c.notice.windowEndsAt, place.community.timezone) }));
        const here = c.credited.report.platform === ctx.msg.platform && c.credited.report.externalChatId === ctx.msg.chatId;
        return here ? null : ctx.reply(noticeCreditedText(ctx.t)(c.credited));
      },
    });
    return res.ok ? receiptOf(res) : [renderFailure(ctx, res)];
  },
};
