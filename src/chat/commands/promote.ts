// 转申报 P3 / /promote 3, or a reply "转申报" to the resident's own message: a grid worker
// makes a possible report (the parser was not sure, so nobody was answered) a real report.
// Only now does the resident get their card, in their own chat, as a reply to their message.
import { promotePossibleReport, type PossibleRef, type Promoted } from "../../app/promote-possible-report.ts";
import type { ReportRec } from "../../app/ports.ts";
import { normalizeLocale, translator } from "../../i18n/index.ts";
import type { Command } from "../context.ts";
import type { OutgoingMessage } from "../message.ts";
import { receiptOf } from "../receipt-of.ts";
import { renderDeeds } from "../render/deeds.ts";
import { renderFailure } from "../render/failure.ts";

const NUMBER = /^\s*[#＃]?\s*[pP]?\s*(\d{1,9})\s*$/;

export const promote: Command<PossibleRef> = {
  name: "promote",
  words: ["转申报", "转为申报"],
  slash: ["promote"],
  usage: { zh: "转申报 编号", en: "/promote N" },
  parse: (args, ctx) => {
    const m = NUMBER.exec(args.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
    if (m) return { id: Number(m[1]) };
    const replied = ctx.msg.replyTo;
    if (args.trim() === "" && replied && !replied.fromBot && replied.messageId) {
      return { platform: ctx.msg.platform, externalChatId: ctx.msg.chatId, externalMessageId: replied.messageId };
    }
    return null;
  },
  run: async (ctx, target) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const catalog = await ctx.catalog();
    const fallback = normalizeLocale(ctx.place.community.locale);
    // The resident's card, in their language, in their chat, as a reply to their message.
    const card = (report: ReportRec): OutgoingMessage[] => {
      const locale = normalizeLocale(report.senderLocale, fallback);
      const t = translator(locale);
      const deeds = renderDeeds(report.deeds, catalog, locale, t);
      return [{
        platform: report.platform, chatId: report.externalChatId, replyToMessageId: report.externalMessageId,
        text: t("card.pending", { number: report.number, doer: report.doerName ?? report.senderName, deeds, detail: "", points: report.suggestedPoints }),
        card: { reportNumber: report.number, status: report.status },
      }];
    };
    // A worker acting from another chat gets a short confirmation there.
    const copy = ({ report, possible }: Promoted): OutgoingMessage | null =>
      report.platform === ctx.msg.platform && report.externalChatId === ctx.msg.chatId
        ? null
        : ctx.reply(ctx.t("possible.promoted", { id: possible.id, number: report.number }));
    const res = await promotePossibleReport(ctx.deps, { communityId: ctx.place.community.id, actor: ctx.actor, target, announce: card, receipt: copy });
    if (!res.ok) return [renderFailure(ctx, res)];
    return receiptOf(res);
  },
};
