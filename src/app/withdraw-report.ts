// A resident takes back their own report while it is still waiting for review.
import type { AppDeps } from "./deps.ts";
import { fail, type Result } from "./errors.ts";
import type { Actor } from "./actor.ts";
import type { ReportRec } from "./ports.ts";

export interface WithdrawInput { communityId: number; number: number; actor: Actor }

export async function withdrawReport(deps: AppDeps, input: WithdrawInput): Promise<Result<{ report: ReportRec }>> {
  return deps.store.write(async (r) => {
    const report = await r.reports.byNumber(input.communityId, input.number);
    if (!report) return fail("REPORT.NOT_FOUND", { number: input.number });
    const { identityId, resident } = input.actor;
    const own = identityId !== null && (identityId === report.senderIdentityId ||
      (resident !== null && resident.id === report.senderResidentId));
    if (!own) return fail("REPORT.NOT_OWNER", { number: report.number });
    if (report.status !== "pending") return fail("REPORT.NOT_PENDING", { number: report.number });
    if (!(await r.reports.transition(report.id, "pending", { status: "withdrawn", decidedAt: deps.clock() }))) {
      return fail("REPORT.NOT_PENDING", { number: report.number });
    }
    await r.audit.record({
      communityId: report.communityId, actorId: resident?.id ?? null, action: "report.withdrawn",
      subjectType: "report", subjectId: report.id, data: { number: report.number, identityId },
    });
    return { ok: true as const, report: { ...report, status: "withdrawn" as const } };
  });
}
