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
  const doer = doerNames(ctx, report);
  const card = { reportNumber: report.number, status: report.status };
  // The reviewer must know when the reporter is linked to the resident by name only.
  const unverified = (ctx.actor.resident !== null && !ctx.actor.verified && ctx.actor.identityId === report.senderIdentityId
    ? `\n${ctx.t("card.unverified")}` : "") + notes(ctx, report);
  if (report.deeds.length === 0) {
    return ctx.reply(ctx.t("card.noDeeds", { number: report.number, doer }) + unverified, { card });
  }
  const deeds = renderDeeds(report.deeds, catalog, ctx.locale, ctx.t);
  const parts = [said?.when, said?.where].filter(Boolean);
  const detail = parts.length ? ctx.t("card.detail", { text: parts.join(" · ") }) : "";
  return ctx.reply(ctx.t("card.pending", { number: report.number, doer, deeds, detail, points: report.suggestedPoints }) + unverified, { card });
}

/** Every doer the card lists (the sender by name), joined: 张秀英、刘建国、王桂兰. */
export function doerNames(ctx: Pick<ChatContext, "t">, report: ReportRec): string {
  const names = report.doers.length > 0 ? report.doers.map((d) => d.name ?? report.senderName) : [report.doerName ?? report.senderName];
  return names.join(ctx.t("card.namesJoin"));
}

/** For the reviewer: who entered a proxy entry, and the earlier report this one may repeat. */
function notes(ctx: ChatContext, report: ReportRec): string {
  const proxy = report.enteredById !== null ? `\n${ctx.t("card.proxy", { by: report.senderName })}` : "";
  const dup = report.duplicateOf !== null ? `\n${ctx.t("card.duplicate", { number: report.number, first: report.duplicateOf })}` : "";
  return proxy + dup;
}
