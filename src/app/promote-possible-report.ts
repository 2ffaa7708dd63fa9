// A grid worker makes a possible report (the parser's doubtful lane) a real report: one
// transaction creates the DeedReport, marks the possible report promoted, and queues the card
// for the resident in their own chat, as a reply to their message. From then on it is an
// ordinary pending report (通过 / 驳回).
import { reviewableGridIds } from "../domain/permissions.ts";
import type { AppDeps } from "./deps.ts";
import { fail, type Result } from "./errors.ts";
import { loadActor, type PlatformUser } from "./load-actor.ts";
import type { PossibleReportRec } from "./possible-report-ports.ts";
import type { OutboxDraft, ReportRec } from "./ports.ts";

export type PossibleRef = { id: number } | { platform: string; externalChatId: string; externalMessageId: string };

export interface PromoteInput {
  communityId: number;
  user: PlatformUser;
  target: PossibleRef;
  /** The card for the resident, queued with the promotion. */
  announce?: (report: ReportRec) => OutboxDraft[];
}

export async function promotePossibleReport(deps: AppDeps, input: PromoteInput): Promise<Result<{ report: ReportRec; possible: PossibleReportRec }>> {
  return deps.store.write(async (r) => {
    const actor = await loadActor(r, input.user);
    const grids = reviewableGridIds(actor.roles, input.communityId);
    if (!actor.resident || (grids !== null && grids.length === 0)) return fail("AUTH.NOT_REVIEWER");
    const t = input.target;
    const p = "id" in t ? await r.possibleReports.byId(t.id) : await r.possibleReports.byMessage(t.platform, t.externalChatId, t.externalMessageId);
    const number = "id" in t ? t.id : 0;
    if (!p || p.communityId !== input.communityId) return fail("POSSIBLE.NOT_FOUND", { number });
    if (grids !== null && (p.gridId === null || !grids.includes(p.gridId))) return fail("AUTH.NOT_REVIEWER");
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
      communityId: p.communityId, actorId: actor.resident.id, action: "report.promoted",
      subjectType: "report", subjectId: report.id, data: { possibleId: p.id, number: report.number },
    });
    for (const draft of input.announce?.(report) ?? []) await r.outbox.enqueue(draft, { dedupeKey: `possible:${p.id}:promoted`, notBefore: now });
    return { ok: true as const, report, possible: p };
  });
}

/** Open possible reports a grid worker may promote (all grids for an admin). */
export async function listPossible(deps: AppDeps, communityId: number, user: PlatformUser, limit = 20): Promise<Result<{ possible: PossibleReportRec[] }>> {
  return deps.store.read(async (r) => {
    const actor = await loadActor(r, user);
    const grids = reviewableGridIds(actor.roles, communityId);
    if (!actor.resident || (grids !== null && grids.length === 0)) return fail("AUTH.NOT_REVIEWER");
    return { ok: true as const, possible: await r.possibleReports.open(communityId, grids, limit) };
  });
}
