// Reverses an approved report: the credit stays in the ledger and a reversal row cancels it.
import { ledgerKey } from "../domain/report-rules.ts";
import type { AppDeps } from "./deps.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";
import { fail, type Result } from "./errors.ts";
import { authorize, type Actor } from "./actor.ts";
import type { ReportRec } from "./ports.ts";
import { enqueueDecision, type Announce } from "./enqueue-decision.ts";
import { moveTicketsForReport, type TicketMove } from "./move-tickets.ts";
import { withdrawPledgesForDebt } from "./withdraw-pledges.ts";

export interface RevokeInput {
  communityId: number; number: number; actor: Actor; reason: string;
  /** Notices to queue with the decision. */
  announce?: Announce<Revoked>;
  /** The reviewer's copy, when they decided from another chat (null: none). */
  receipt?: Receipt<Revoked>;
}

export interface Revoked { report: ReportRec; points: number; balance: number; doerId: number; doerName: string; tickets?: TicketMove }

export async function revokeReport(
  deps: AppDeps,
  input: RevokeInput,
): Promise<Result<Revoked & Receipted>> {
  const reason = input.reason.trim();
  if (!reason) return fail("REPORT.REASON_REQUIRED", { number: input.number });
  return deps.store.write(async (r) => {
    const report = await r.reports.byNumber(input.communityId, input.number);
    if (!report) return fail("REPORT.NOT_FOUND", { number: input.number });
    const reviewer = authorize(input.actor, { kind: "review", communityId: report.communityId, gridId: report.gridId, concerned: [report.senderResidentId, report.doerResidentId] }, { number: report.number });
    if (!reviewer.ok) return reviewer;
    if (report.status !== "approved" || report.doerResidentId === null || report.awardedPoints === null) {
      return fail("REPORT.NOT_APPROVED", { number: report.number });
    }
    const decidedAt = deps.clock();
    if (!(await r.reports.transition(report.id, "approved", { status: "revoked", reason, decidedAt }))) {
      return fail("REPORT.NOT_APPROVED", { number: report.number });
    }
    await r.ledger.append({
      communityId: report.communityId, residentId: report.doerResidentId, points: -report.awardedPoints,
      kind: "reversal", reportId: report.id, idempotencyKey: ledgerKey.reversal(report.id), actorId: reviewer.actorId,
      note: reason, at: decidedAt,
    });
    const where = { communityId: report.communityId, residentId: report.doerResidentId, reportId: report.id, at: decidedAt };
    const moved = await moveTicketsForReport(r, "reversal", where);
    const withdrawn = await withdrawPledgesForDebt(r, where);
    const tickets = withdrawn > 0 ? { ...moved, balance: moved.balance + withdrawn, withdrawn } : moved;
    await r.audit.record({
      communityId: report.communityId, actorId: reviewer.actorId, action: "report.revoked",
      subjectType: "report", subjectId: report.id, data: { number: report.number, points: -report.awardedPoints },
    });
    const revoked: Revoked = {
      report: { ...report, status: "revoked" as const, reason }, points: report.awardedPoints,
      balance: await r.ledger.balance(report.doerResidentId), doerId: report.doerResidentId,
      doerName: (await r.residents.byId(report.doerResidentId))?.name ?? "", tickets,
    };
    if (input.announce) await enqueueDecision(r, report.id, "revoked", input.announce(revoked), decidedAt);
    return { ok: true as const, ...revoked, receipt: await queueReceipt(r, input.receipt, revoked, decidedAt) };
  }, { communityId: input.communityId });
}
