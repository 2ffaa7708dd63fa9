// A resident takes back their own report while it is still waiting for review.
import type { AppDeps } from "./deps.ts";
import { fail, type Result } from "./errors.ts";
import type { PlatformUser } from "./load-actor.ts";
import type { ReportRec } from "./ports.ts";

export interface WithdrawInput { communityId: number; number: number; user: PlatformUser }

export async function withdrawReport(deps: AppDeps, input: WithdrawInput): Promise<Result<{ report: ReportRec }>> {
  return deps.store.write(async (r) => {
    const report = await r.reports.byNumber(input.communityId, input.number);
    if (!report) return fail("REPORT.NOT_FOUND", { number: input.number });
    const identity = await r.identities.byExternal(input.user.platform, input.user.userId);
    const own = identity !== null && (identity.id === report.senderIdentityId ||
      (identity.residentId !== null && identity.residentId === report.senderResidentId));
    if (!own) return fail("REPORT.NOT_OWNER", { number: report.number });
    if (report.status !== "pending") return fail("REPORT.NOT_PENDING", { number: report.number });
    if (!(await r.reports.transition(report.id, "pending", { status: "withdrawn", decidedAt: deps.clock() }))) {
      return fail("REPORT.NOT_PENDING", { number: report.number });
    }
    await r.audit.record({
      communityId: report.communityId, actorId: identity.residentId, action: "report.withdrawn",
      subjectType: "report", subjectId: report.id, data: { number: report.number, identityId: identity.id },
    });
    return { ok: true as const, report: { ...report, status: "withdrawn" as const } };
  });
}
