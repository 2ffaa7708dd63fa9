// Telling the reporter: the decision is posted in the report's own chat, as a reply to the
// report message. It is queued in the outbox with the decision (one transaction), so it is
// sent even if the process dies right after the credit. If the reviewer acted elsewhere,
// they get a copy where they are, as a direct reply.
import type { Approved } from "../app/approve-report.ts";
import type { OutboxDraft, ReportRec } from "../app/ports.ts";
import type { Revoked } from "../app/revoke-report.ts";
import type { ChatContext } from "./context.ts";
import type { OutgoingMessage } from "./message.ts";
import { ticketLine } from "./render/ticket-line.ts";

/** The notice to the reporter, in the report's chat. */
export function decisionNotice(report: ReportRec, text: string): OutboxDraft {
  return {
    platform: report.platform,
    chatId: report.externalChatId,
    text,
    replyToMessageId: report.externalMessageId,
    card: { reportNumber: report.number, status: report.status },
  };
}

/** Builds the `announce` callback of a decision use case from the text it renders. */
export const notices = <T extends { report: ReportRec }>(text: (outcome: T) => string) =>
  (outcome: T): OutboxDraft[] => [decisionNotice(outcome.report, text(outcome))];

/** A copy for the reviewer when they decided from another chat; nothing when it is the same. */
export function reviewerCopy(ctx: ChatContext, report: ReportRec, text: string): OutgoingMessage[] {
  const here = report.platform === ctx.msg.platform && report.externalChatId === ctx.msg.chatId;
  return here ? [] : [ctx.reply(text)];
}

export const approvedText = (ctx: ChatContext) => (a: Approved) =>
  ctx.t("report.approved", { number: a.report.number, doer: a.doer.name, points: a.points, balance: a.balance }) +
  ticketLine(ctx.t, a.doer.name, a.tickets);

export const rejectedText = (ctx: ChatContext) => (a: { report: ReportRec }) =>
  ctx.t("report.rejected", { number: a.report.number, reason: a.report.reason ?? "" });

export const revokedText = (ctx: ChatContext) => (a: Revoked) =>
  ctx.t("report.revoked", { number: a.report.number, reason: a.report.reason ?? "", doer: a.doerName, points: a.points, balance: a.balance }) +
  ticketLine(ctx.t, a.doerName, a.tickets);
