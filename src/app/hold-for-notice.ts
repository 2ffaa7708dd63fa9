// 公示 (issue 11): an approval at or above the community's threshold does not credit at once.
// It is held as a public notice for the window (the community's setting); an admin who did
// not approve it confirms it (confirm-notice.ts), and credit-notice.ts lands it once both are done.
import { fail, type Failure } from "./errors.ts";
import type { NoticeRec } from "./event-ports.ts";
import type { ParsedDeed } from "./ports.ts";
import type { OutboxDraft, ReportRec, Repos } from "./ports.ts";

/** A report already waiting in 公示 is decided by the confirm, not approved again. */
export async function noticeBlocker(r: Repos, report: ReportRec): Promise<Failure | null> {
  if (report.inNotice !== undefined) return report.inNotice ? fail("REPORT.IN_NOTICE", { number: report.number }) : null;
  const notice = await r.notices.byNumber(report.communityId, report.number);
  return notice?.status === "open" ? fail("REPORT.IN_NOTICE", { number: report.number }) : null;
}

/** The notice, when the approval must wait for one; null when it credits at once. */
export async function holdForNotice(
  r: Repos, a: { report: ReportRec; deeds: ParsedDeed[]; points: number; doerId: number; approverId: number; now: Date },
): Promise<NoticeRec | null> {
  const { noticeThreshold, noticeDays } = await r.rewardSettings.get(a.report.communityId);
  if (a.points < noticeThreshold) return null;
  const notice = await r.notices.create({
    communityId: a.report.communityId, reportId: a.report.id, number: a.report.number, doerResidentId: a.doerId, points: a.points,
    deeds: a.deeds, approverId: a.approverId, windowEndsAt: new Date(a.now.getTime() + noticeDays * 86_400_000), at: a.now,
  });
  await r.audit.record({
    communityId: a.report.communityId, actorId: a.approverId, action: "notice.posted", subjectType: "report", subjectId: a.report.id,
    data: { number: a.report.number, points: a.points, doerId: a.doerId, windowEndsAt: notice.windowEndsAt.toISOString() },
  });
  return notice;
}

/** The notice is posted to every group of the report's grid: its own chat first (as a reply),
 * then, in the same words, the grid's other groups (a WeChat and a Telegram group of one grid). */
export async function noticeDrafts(r: Repos, report: ReportRec, drafts: OutboxDraft[]): Promise<OutboxDraft[]> {
  const [first] = drafts;
  if (!first || report.gridId === null) return drafts;
  const others = (await r.groups.list({ communityId: report.communityId }))
    .filter((g) => g.gridId === report.gridId && !(g.platform === report.platform && g.externalId === report.externalChatId));
  return [...drafts, ...others.map((g) => ({ platform: g.platform, chatId: g.externalId, text: first.text, ...(first.card ? { card: first.card } : {}) }))];
}
