// A grid worker makes a possible report (the parser's doubtful lane) a real report: one
// transaction creates the DeedReport, marks the possible report promoted, and queues the card
// for the resident in their own chat, as a reply to their message. From then on it is an
// ordinary pending report (通过 / 驳回).
import { reviewableGridIds } from "../domain/permissions.ts";
import { authorize, type Actor } from "./actor.ts";
import type { AppDeps } from "./deps.ts";
import { fail, ok, type Result } from "./errors.ts";
import type { PossibleReportRec } from "./possible-report-ports.ts";
import type { OutboxDraft, ReportRec } from "./ports.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";

export type PossibleRef = { id: number } | { platform: string; externalChatId: string; externalMessageId: string };

export interface Promoted { report: ReportRec; possible: PossibleReportRec }

export interface PromoteInput {
  communityId: number;
  actor: Actor;
  target: PossibleRef;
  /** The card for the resident, queued with the promotion. */
  announce?: (report: ReportRec) => OutboxDraft[];
  /** The worker's confirmation, when they acted from another chat (null: none). */
  receipt?: Receipt<Promoted>;
}

export async function promotePossibleReport(deps: AppDeps, input: PromoteInput): Promise<Result<Promoted & Receipted>> {
  return deps.store.write(async (r) => {
    const t = input.target;
    const p = "id" in t ? await r.possibleReports.byId(t.id) : await r.possibleReports.byMessage(t.platform, t.externalChatId, t.externalMessageId);
    if (!p || p.communityId !== input.communityId) return fail("POSSIBLE.NOT_FOUND", { number: "id" in t ? t.id : 0 });
    const reviewer = authorize(input.actor, { kind: "review", communityId: p.communityId, gridId: p.gridId, concerned: [p.senderResidentId] }, { number: p.id });
    if (!reviewer.ok) return reviewer;
    if (p.status !== "open") return fail("POSSIBLE.ALREADY_PROMOTED", { number: p.id });
    const now = deps.clock();
    const report = await r.reports.create({
      communityId: p.communityId, gridId: p.gridId, chatGroupId: p.chatGroupId, platform: p.platform,
      externalChatId: p.externalChatId, externalMessageId: p.externalMessageId, senderIdentityId: p.senderIdentityId,
      senderResidentId: p.senderResidentId, rawText: p.rawText, deeds: p.deeds, suggestedPoints: p.suggestedPoints,
      doerName: p.doerName, at: now,
    });
    if (!(await r.possibleReports.markPromoted(p.id, report.id, now))) return fail("POSSIBLE.ALREADY_PROMOTED", { number: p.id });
    await r.audit.record({
      communityId: p.communityId, actorId: reviewer.actorId, action: "report.promoted",
      subjectType: "report", subjectId: report.id, data: { possibleId: p.id, number: report.number },
    });
    for (const draft of input.announce?.(report) ?? []) await r.outbox.enqueue(draft, { dedupeKey: `possible:${p.id}:promoted`, notBefore: now });
    const promoted = { report, possible: p };
    return ok({ ...promoted, receipt: await queueReceipt(r, input.receipt, promoted, now) });
  });
}

/** Open possible reports a grid worker may promote (all grids for an admin). */
export async function listPossible(deps: AppDeps, communityId: number, actor: Actor, limit = 20): Promise<Result<{ possible: PossibleReportRec[] }>> {
  const grids = reviewableGridIds(actor.roles, communityId);
  if (!actor.resident || (grids !== null && grids.length === 0)) return fail("AUTH.NOT_REVIEWER");
  return ok({ possible: await deps.store.read((r) => r.possibleReports.open(communityId, grids, limit)) });
}
