// A resident takes back their own report while it is still waiting for review.
import type { AppDeps } from "./deps.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";
import { fail, type Result } from "./errors.ts";
import type { Actor } from "./actor.ts";
import type { ReportRec } from "./ports.ts";

export interface WithdrawInput { communityId: number; number: number; actor: Actor; receipt?: Receipt<{ report: ReportRec }> }

export async function withdrawReport(deps: AppDeps, input: WithdrawInput): Promise<Result<{ report: ReportRec } & Receipted>> {
  return deps.store.write(async (r) => {
    const report = await r.reports.byNumber(input.communityId, input.number);
    if (!report) return fail("REPORT.NOT_FOUND", { number: input.number });
    const { identityId, resident } = input.actor;
    const own = identityId !== null && (identityId === report.senderIdentityId ||
      (resident !== null && resident.id === report.senderResidentId));
    if (!own) return fail("REPORT.NOT_OWNER", { number: report.number });
    // A name match alone does not make someone else's report yours to withdraw.
    if (identityId !== report.senderIdentityId && !input.actor.verified) return fail("AUTH.UNVERIFIED");
    if (report.status !== "pending") return fail("REPORT.NOT_PENDING", { number: report.number });
    if (!(await r.reports.transition(report.id, "pending", { status: "withdrawn", decidedAt: deps.clock() }))) {
      return fail("REPORT.NOT_PENDING", { number: report.number });
    }
    await r.notices.cancel(report.id);
    await r.audit.record({
      communityId: report.communityId, actorId: resident?.id ?? null, action: "report.withdrawn",
      subjectType: "report", subjectId: report.id, data: { number: report.number, identityId },
    });
    const done = { report: { ...report, status: "withdrawn" as const } };
    return { ok: true as const, ...done, receipt: await queueReceipt(r, input.receipt, done, deps.clock()) };
  }, { communityId: input.communityId });
}
