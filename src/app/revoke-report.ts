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

export interface Revoked {
  report: ReportRec; points: number; balance: number; doerId: number; doerName: string; tickets?: TicketMove;
  /** The other doers, when the report credited several. */
  others?: { name: string; balance: number; tickets?: TicketMove }[];
}

export async function revokeReport(
  deps: AppDeps,
  input: RevokeInput,
): Promise<Result<Revoked & Receipted>> {
  const reason = input.reason.trim();
  if (!reason) return fail("REPORT.REASON_REQUIRED", { number: input.number });
  return deps.store.write(async (r) => {
    const report = await r.reports.byNumber(input.communityId, input.number);
    if (!report) return fail("REPORT.NOT_FOUND", { number: input.number });
    const reviewer = authorize(input.actor, { kind: "review", communityId: report.communityId, gridId: report.gridId, concerned: [report.senderResidentId, report.doerResidentId, ...report.doers.map((d) => d.residentId)] }, { number: report.number });
    if (!reviewer.ok) return reviewer;
    if (report.status !== "approved" || report.doerResidentId === null || report.awardedPoints === null) {
      return fail("REPORT.NOT_APPROVED", { number: report.number });
    }
    const decidedAt = deps.clock();
    if (!(await r.reports.transition(report.id, "approved", { status: "revoked", reason, decidedAt }))) {
      return fail("REPORT.NOT_APPROVED", { number: report.number });
    }
    // A report credited to several people is reversed for each, with keys of their own.
    const credited = report.doers.map((d) => d.residentId).filter((id): id is number => id !== null);
    const several = credited.length > 1;
    const doerIds = several ? credited : [report.doerResidentId];
    const reversed: { id: number; balance: number; tickets: TicketMove }[] = [];
    for (const residentId of doerIds) {
      await r.ledger.append({
        communityId: report.communityId, residentId, points: -report.awardedPoints,
        kind: "reversal", reportId: report.id, idempotencyKey: ledgerKey.reversal(report.id, several ? residentId : undefined),
        actorId: reviewer.actorId, note: reason, at: decidedAt,
      });
      const where = { communityId: report.communityId, residentId, reportId: report.id, at: decidedAt, several };
      const moved = await moveTicketsForReport(r, "reversal", where);
      const withdrawn = await withdrawPledgesForDebt(r, where);
      reversed.push({ id: residentId, balance: 0, tickets: withdrawn > 0 ? { ...moved, balance: moved.balance + withdrawn, withdrawn } : moved });
    }
    for (const x of reversed) x.balance = await r.ledger.balance(x.id);
    await r.audit.record({
      communityId: report.communityId, actorId: reviewer.actorId, action: "report.revoked",
      subjectType: "report", subjectId: report.id, data: { number: report.number, points: -report.awardedPoints, ...(several ? { doerIds } : {}) },
    });
    const names = new Map((await r.residents.byIds(doerIds)).map((x) => [x.id, x.name]));
    const head = reversed[0] as (typeof reversed)[number];
    const revoked: Revoked = {
      report: { ...report, status: "revoked" as const, reason }, points: report.awardedPoints,
      balance: head.balance, doerId: head.id, doerName: names.get(head.id) ?? "", tickets: head.tickets,
      others: reversed.slice(1).map((x) => ({ name: names.get(x.id) ?? "", balance: x.balance, tickets: x.tickets })),
    };
    if (input.announce) await enqueueDecision(r, report.id, "revoked", input.announce(revoked), decidedAt);
    return { ok: true as const, ...revoked, receipt: await queueReceipt(r, input.receipt, revoked, decidedAt) };
  }, { communityId: input.communityId });
}
