// Telling the reporter: the decision is posted in the report's own chat, as a reply to the
// report message. It is queued in the outbox with the decision (one transaction), so it is
// sent even if the process dies right after the credit. If the reviewer acted elsewhere,
// they get a copy where they are, as a direct reply.
import type { Approved } from "../app/approve-report.ts";
import type { OutboxDraft, ReportRec } from "../app/ports.ts";
import type { Revoked } from "../app/revoke-report.ts";
import { normalizeLocale, translator, type Translate } from "../i18n/index.ts";
import type { ChatContext } from "./context.ts";
import type { OutgoingMessage } from "./message.ts";
import { ticketLine } from "./render/ticket-line.ts";
import { noticeUntil } from "./render/notice-until.ts";
import type { NoticeCredited } from "../app/credit-notice.ts";

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

/** The reporter's language: theirs if known, else the community's. */
const reporterT = (ctx: ChatContext, report: ReportRec): Translate =>
  translator(normalizeLocale(report.senderLocale, normalizeLocale(ctx.place?.community.locale)));

/** Builds the `announce` callback of a decision use case: the notice, in the reporter's language. */
export const notices = <T extends { report: ReportRec }>(ctx: ChatContext, text: (t: Translate) => (outcome: T) => string) =>
  (outcome: T): OutboxDraft[] => [decisionNotice(outcome.report, text(reporterT(ctx, outcome.report))(outcome))];

/** The receipt of a decision: a copy for the reviewer when they decided from another chat;
 * none when it is the same chat (the notice there is their confirmation). */
export const reviewerCopy = <T extends { report: ReportRec }>(ctx: ChatContext, text: (t: Translate) => (outcome: T) => string) =>
  (outcome: T): OutgoingMessage | null => {
    const here = outcome.report.platform === ctx.msg.platform && outcome.report.externalChatId === ctx.msg.chatId;
    return here ? null : ctx.reply(text(ctx.t)(outcome));
  };

/** The decision notice of an approval: the 公示 notice when the award waits in public (issue 11). */
export const approvedText = (t: Translate, timezone = "Asia/Shanghai") => (a: Approved) =>
  a.notice ? t("notice.posted", { number: a.report.number, doer: doerNames(t, a.report, a.doer.name), points: a.points, until: noticeUntil(a.notice.windowEndsAt, timezone) })
  : a.credited.length > 1
    ? t("report.approvedSeveral", { number: a.report.number, doers: a.credited.map((c) => c.doer.name).join(t("card.namesJoin")), points: a.points }) +
      a.credited.map((c) => ticketLine(t, c.doer.name, c.tickets)).join("")
    : t("report.approved", { number: a.report.number, doer: a.doer.name, points: a.points, balance: a.balance }) +
      ticketLine(t, a.doer.name, a.tickets);

export const mergedText = (t: Translate) => (m: { report: ReportRec; into: ReportRec; added: string[] }) =>
  t("report.merged", { from: m.report.number, into: m.into.number }) +
  (m.added.length > 0 ? `\n${t("report.mergedAdded", { into: m.into.number, names: m.added.join(t("card.namesJoin")) })}` : "");

export const rejectedText = (t: Translate) => (a: { report: ReportRec }) =>
  t("report.rejected", { number: a.report.number, reason: a.report.reason ?? "" });

export const revokedText = (t: Translate) => (a: Revoked) =>
  a.others && a.others.length > 0 ? revokedSeveral(t, a, a.others) : t("report.revoked", { number: a.report.number, reason: a.report.reason ?? "", doer: a.doerName, points: a.points, balance: a.balance }) +
  (a.balance < 0 ? `\n${t("rewards.pointsOwed", { name: a.doerName, owed: -a.balance })}` : "") +
  ticketLine(t, a.doerName, a.tickets);

function revokedSeveral(t: Translate, a: Revoked, others: NonNullable<Revoked["others"]>): string {
  const all = [{ name: a.doerName, balance: a.balance, tickets: a.tickets }, ...others];
  return t("report.revokedSeveral", { number: a.report.number, reason: a.report.reason ?? "", doers: all.map((x) => x.name).join(t("card.namesJoin")), points: a.points }) +
    all.map((x) => (x.balance < 0 ? `\n${t("rewards.pointsOwed", { name: x.name, owed: -x.balance })}` : "") + ticketLine(t, x.name, x.tickets)).join("");
}

/** The award of a 公示 notice has landed. */
export const noticeCreditedText = (t: Translate) => (a: NoticeCredited) =>
  credited(a.report).length > 1
    ? t("notice.creditedSeveral", { number: a.report.number, doers: doerNames(t, a.report, a.doer.name), points: a.points })
    : t("notice.credited", { number: a.report.number, doer: a.doer.name, points: a.points, balance: a.balance }) + ticketLine(t, a.doer.name, a.tickets);

/** The residents a report is (to be) credited to, once approved for several. */
const credited = (report: ReportRec) => report.doers.filter((d) => d.residentId !== null && d.name !== null);

/** The doers' names of a 公示 (all of them when the report was approved for several). */
function doerNames(t: Translate, report: ReportRec, first: string): string {
  const all = credited(report);
  return all.length > 1 ? all.map((d) => d.name).join(t("card.namesJoin")) : first;
}
