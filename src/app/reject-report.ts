// A grid worker rejects a pending report; a reason is required so the reporter learns why.
import { decisionBlocker } from "../domain/report-rules.ts";
import type { AppDeps } from "./deps.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";
import { fail, type Result } from "./errors.ts";
import { authorize, type Actor } from "./actor.ts";
import type { ReportRec } from "./ports.ts";
import { enqueueDecision, type Announce } from "./enqueue-decision.ts";

export interface RejectInput {
  communityId: number; number: number; actor: Actor; reason: string;
  /** Notices to queue with the decision. */
  announce?: Announce<{ report: ReportRec }>;
  /** The reviewer's copy, when they decided from another chat (null: none). */
  receipt?: Receipt<{ report: ReportRec }>;
}

export async function rejectReport(deps: AppDeps, input: RejectInput): Promise<Result<{ report: ReportRec } & Receipted>> {
  const reason = input.reason.trim();
  return deps.store.write(async (r) => {
    const report = await r.reports.byNumber(input.communityId, input.number);
    if (!report) return fail("REPORT.NOT_FOUND", { number: input.number });
    const reviewer = authorize(input.actor, { kind: "review", communityId: report.communityId, gridId: report.gridId, concerned: [report.senderResidentId] }, { number: report.number });
    if (!reviewer.ok) return reviewer;
    const blocker = decisionBlocker(report.status);
    if (blocker) return fail(blocker, { number: report.number });
    // Asked only of someone who may reject (a 驳回 button press by anyone else is refused).
    if (!reason) return fail("REPORT.REASON_REQUIRED", { number: report.number });
    const decidedAt = deps.clock();
    if (!(await r.reports.transition(report.id, "pending", { status: "rejected", reviewerId: reviewer.actorId, reason, decidedAt }))) {
      return fail("REPORT.NOT_PENDING", { number: report.number });
    }
    // A report rejected while in 公示 (after an objection) takes its notice down.
    await r.notices.cancel(report.id);
    await r.audit.record({
      communityId: report.communityId, actorId: reviewer.actorId, action: "report.rejected",
      subjectType: "report", subjectId: report.id, data: { number: report.number },
    });
    const rejected = { report: { ...report, status: "rejected" as const, reason, decidedAt } };
    if (input.announce) await enqueueDecision(r, report.id, "rejected", input.announce(rejected), decidedAt);
    return { ok: true as const, ...rejected, receipt: await queueReceipt(r, input.receipt, rejected, decidedAt) };
  }, { communityId: input.communityId });
}
