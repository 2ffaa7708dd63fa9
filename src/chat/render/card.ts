// The card the bot answers a report with: number, doer, deeds (with place, and day when it
// was not today), suggested points, status — the parse, shown so the reporter can check it.
import type { Catalog, ReportRec } from "../../app/ports.ts";
import type { ReportDetail } from "../../app/submit-report.ts";
import type { ChatContext } from "../context.ts";
import type { OutgoingMessage } from "../message.ts";
import { renderDeeds } from "./deeds.ts";

export async function renderCard(ctx: ChatContext, report: ReportRec, said?: ReportDetail): Promise<OutgoingMessage> {
  return cardWith(ctx, await ctx.catalog(), report, said);
}

/** The card from a catalog at hand (pure: usable as a receipt, inside the write's transaction). */
export function cardWith(ctx: ChatContext, catalog: Catalog, report: ReportRec, said?: ReportDetail): OutgoingMessage {
  const doer = report.doerName ?? report.senderName;
  const card = { reportNumber: report.number, status: report.status };
  if (report.deeds.length === 0) {
    return ctx.reply(ctx.t("card.noDeeds", { number: report.number, doer }), { card });
  }
  const deeds = renderDeeds(report.deeds, catalog, ctx.locale, ctx.t);
  const parts = [said?.when, said?.where].filter(Boolean);
  const detail = parts.length ? ctx.t("card.detail", { text: parts.join(" · ") }) : "";
  return ctx.reply(ctx.t("card.pending", { number: report.number, doer, deeds, detail, points: report.suggestedPoints }), { card });
}
