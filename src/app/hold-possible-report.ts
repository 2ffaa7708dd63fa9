// A message the parser read as a report without being sure: keep it quietly for the grid
// worker (待审核 → 可能的申报). Nobody in the group is answered; the resident hears back only
// once a worker makes it a report (promote-possible-report.ts).
import type { AppDeps } from "./deps.ts";
import type { Result } from "./errors.ts";
import { ensureIdentity } from "./load-actor.ts";
import type { PossibleReportRec } from "./possible-report-ports.ts";
import type { SubmitReportInput } from "./submit-report.ts";

export async function holdPossibleReport(deps: AppDeps, input: SubmitReportInput): Promise<Result<{ possible: PossibleReportRec }>> {
  const { group, user, parse } = input;
  return deps.store.write(async (r) => {
    const identity = await ensureIdentity(r, user);
    const possible = await r.possibleReports.create({
      communityId: group.communityId, gridId: group.gridId, chatGroupId: group.id, platform: group.platform,
      externalChatId: group.externalId, externalMessageId: input.messageId, senderIdentityId: identity.id,
      senderResidentId: identity.residentId, rawText: input.text, deeds: parse.deeds, suggestedPoints: parse.totalPoints,
      doerName: parse.doer, confidence: parse.confidence, at: deps.clock(),
    });
    await r.audit.record({
      communityId: group.communityId, actorId: identity.residentId, action: "report.possible",
      subjectType: "possible_report", subjectId: possible.id, data: { identityId: identity.id },
    });
    return { ok: true as const, possible };
  });
}
