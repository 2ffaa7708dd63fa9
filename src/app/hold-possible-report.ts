// A message the parser read as a report without being sure: keep it quietly for the grid
// worker (待审核 → 可能的申报). Nobody in the group is answered; the resident hears back only
// once a worker makes it a report (promote-possible-report.ts). Called by submitReport.
import type { ParseResult } from "../domain/parser/index.ts";
import { ensureIdentity, type Actor } from "./actor.ts";
import type { AppDeps } from "./deps.ts";
import type { PossibleReportRec } from "./possible-report-ports.ts";
import type { ChatGroupRec } from "./ports.ts";

export interface HoldInput {
  group: ChatGroupRec;
  messageId: string | null;
  actor: Actor;
  text: string;
  parse: ParseResult;
}

export async function holdPossibleReport(deps: AppDeps, input: HoldInput): Promise<PossibleReportRec> {
  const { group, parse } = input;
  return deps.store.write(async (r) => {
    const identity = await ensureIdentity(r, input.actor.account, input.actor.identity);
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
    return possible;
  });
}
