// The card the bot answers a report with: number, doer, deeds, suggested points, status.
import type { ReportRec } from "../../app/ports.ts";
import type { ChatContext } from "../context.ts";
import type { OutgoingMessage } from "../message.ts";
import { renderDeeds } from "./deeds.ts";

export async function renderCard(ctx: ChatContext, report: ReportRec): Promise<OutgoingMessage> {
  const doer = report.doerName ?? report.senderName;
  const card = { reportNumber: report.number, status: report.status };
  if (report.deeds.length === 0) {
    return ctx.reply(ctx.t("card.noDeeds", { number: report.number, doer }), { card });
  }
  const deeds = renderDeeds(report.deeds, await ctx.catalog(), ctx.locale, ctx.t);
  return ctx.reply(ctx.t("card.pending", { number: report.number, doer, deeds, points: report.suggestedPoints }), { card });
}
