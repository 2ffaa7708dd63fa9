// 公示: the award of a notice lands once, when both its window is over and an admin confirmed
// it; whichever comes last (the confirm, or the scheduled job) calls this inside its own
// transaction. The notice's conditional open → credited and the report's pending → approved
// make a second caller a no-op; the ledger key is the report's, as for any approval.
import { ledgerKey } from "../domain/report-rules.ts";
import type { Announce } from "./enqueue-decision.ts";
import { enqueueDecision } from "./enqueue-decision.ts";
import type { NoticeRec } from "./event-ports.ts";
import { moveTicketsForReport, type TicketMove } from "./move-tickets.ts";
import type { ReportRec, Repos, ResidentRec } from "./ports.ts";

export interface NoticeCredited { report: ReportRec; doer: ResidentRec; points: number; balance: number; tickets?: TicketMove; notice: NoticeRec }

export async function creditNotice(r: Repos, notice: NoticeRec, now: Date, announce?: Announce<NoticeCredited>): Promise<NoticeCredited | null> {
  if (notice.status !== "open" || notice.confirmerId === null || notice.windowEndsAt > now) return null;
  if (!(await r.notices.markCredited(notice.id, now))) return null;
  const report = await r.reports.byNumber(notice.communityId, notice.number);
  const doer = await r.residents.byId(notice.doerResidentId);
  if (!report || !doer) throw new Error(`notice ${notice.id} names a missing report or resident`);
  const moved = await r.reports.transition(report.id, "pending", {
    status: "approved", reviewerId: notice.approverId, awardedPoints: notice.points, doerResidentId: doer.id, decidedAt: now, deeds: notice.deeds,
  });
  if (!moved) throw new Error(`report ${report.id} left pending while its notice ${notice.id} was open`);
  // A report approved for several doers kept them (residents) when it was held: each is credited
  // once, with a key per (report, doer) as approveReport gives them; one doer keeps deed:<report>.
  const doerIds = report.doers.flatMap((d) => (d.residentId === null ? [] : [d.residentId]));
  const several = doerIds.length > 1;
  let tickets: TicketMove | undefined;
  for (const residentId of several ? doerIds : [doer.id]) {
    const key = ledgerKey.deed(report.id, several ? residentId : undefined);
    const credit = await r.ledger.append({
      communityId: report.communityId, residentId, points: notice.points, kind: "deed", reportId: report.id,
      idempotencyKey: key, actorId: notice.approverId, at: now,
    });
    if (credit === "duplicate") throw new Error(`ledger already holds ${key} for a report under notice`);
    const moved = await moveTicketsForReport(r, "credit", { communityId: report.communityId, residentId, reportId: report.id, at: now, several });
    tickets ??= moved;
  }
  await r.audit.record({
    communityId: report.communityId, actorId: notice.confirmerId, action: "report.approved", subjectType: "report", subjectId: report.id,
    data: { number: report.number, points: notice.points, doerId: doer.id, ...(several ? { doerIds } : {}), approverId: notice.approverId, confirmerId: notice.confirmerId, notice: notice.id },
  });
  const done: NoticeCredited = {
    report: { ...report, status: "approved", awardedPoints: notice.points, doerResidentId: doer.id, decidedAt: now, deeds: notice.deeds },
    doer, points: notice.points, balance: await r.ledger.balance(doer.id), ...(tickets ? { tickets } : {}), notice: { ...notice, status: "credited", creditedAt: now },
  };
  if (announce) await enqueueDecision(r, report.id, "approved", announce(done), now);
  return done;
}
