// A grid worker approves a report: status, ledger credit and audit row in one transaction.
// The credit's idempotency key comes from the report, so it lands exactly once.
import { MAX_REPORT_POINTS } from "../domain/catalog.ts";
import { categoryByWord } from "../domain/category-word.ts";
import type { ParsedDeed } from "../domain/parser/index.ts";
import { awardablePoints, decisionBlocker, ledgerKey } from "../domain/report-rules.ts";
import type { AppDeps } from "./deps.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";
import { fail, type Result } from "./errors.ts";
import { authorize, type Actor } from "./actor.ts";
import type { ReportRec, Repos, ResidentRec } from "./ports.ts";
import { resolveDoer, type DoerChoice } from "./resolve-doer.ts";
import { enqueueDecision, type Announce } from "./enqueue-decision.ts";
import { moveTicketsForReport, type TicketMove } from "./move-tickets.ts";

export interface ApproveInput extends DoerChoice {
  communityId: number;
  number: number;
  actor: Actor;
  points?: number;
  /** The deed as the reviewer corrects it (`通过 12 巡逻 3`): a category word and a quantity
   * (0: none given). A word that names no category is a remark ("通过,辛苦了") and is ignored,
   * unless a quantity follows it. */
  category?: { word: string; quantity: number };
  /** Notices to queue with the decision (the reporter's, at least). */
  announce?: Announce<Approved>;
  /** The reviewer's copy, when they decided from another chat (null: none). */
  receipt?: Receipt<Approved>;
}

export interface Approved { report: ReportRec; doer: ResidentRec; points: number; balance: number; tickets?: TicketMove }

export async function approveReport(deps: AppDeps, input: ApproveInput): Promise<Result<Approved & Receipted>> {
  return deps.store.write(async (r) => {
    const named = input.category ? categoryByWord(await r.catalog.list(input.communityId), input.category.word) : null;
    if (input.category && !named && input.category.quantity > 0) return fail("REPORT.UNKNOWN_CATEGORY", { category: input.category.word });
    const deed = named && input.category ? { category: named.code, quantity: Math.max(1, input.category.quantity) } : undefined;
    const report = await r.reports.byNumber(input.communityId, input.number);
    if (!report) return fail("REPORT.NOT_FOUND", { number: input.number });
    const blocker = decisionBlocker(report.status);
    if (blocker) return fail(blocker, { number: report.number });
    const reviewer = authorize(input.actor, { kind: "review", communityId: report.communityId, gridId: report.gridId, concerned: [report.senderResidentId] }, { number: report.number });
    if (!reviewer.ok) return reviewer;
    const deeds = deed ? await correctedDeeds(r.catalog, report.communityId, deed) : report.deeds;
    if (!deeds) return fail("REPORT.UNKNOWN_CATEGORY", { category: deed?.category ?? "" });
    const suggested = deed ? Math.min(MAX_REPORT_POINTS, deeds.reduce((s, d) => s + d.points, 0)) : report.suggestedPoints;
    if (suggested === 0 && input.points === undefined) return fail("REPORT.NO_DEEDS", { number: report.number });
    const points = awardablePoints(suggested, input.points);
    if (points === null) return fail("REPORT.POINTS_OUT_OF_RANGE", { max: MAX_REPORT_POINTS });
    const doer = await resolveDoer(r, report, input, reviewer.actorId);
    if (!doer.ok) return doer;
    const late = authorize(input.actor, { kind: "review", communityId: report.communityId, gridId: report.gridId, concerned: [doer.resident.id] }, { number: report.number });
    if (!late.ok) return late;
    // Nobody awards points to their own household, whoever reported it (a proxy) or named the doer.
    if (doer.resident.id !== reviewer.actorId && (await r.fixed.household(reviewer.actorId)).includes(doer.resident.id)) {
      return fail("AUTH.OWN_HOUSEHOLD", { name: doer.resident.name });
    }
    const now = deps.clock();
    const moved = await r.reports.transition(report.id, "pending", {
      status: "approved", reviewerId: reviewer.actorId, awardedPoints: points, doerResidentId: doer.resident.id, decidedAt: now,
      ...(deed ? { deeds } : {}),
    });
    if (!moved) return fail("REPORT.ALREADY_APPROVED", { number: report.number });
    const credit = await r.ledger.append({
      communityId: report.communityId, residentId: doer.resident.id, points, kind: "deed", reportId: report.id,
      idempotencyKey: ledgerKey.deed(report.id), actorId: reviewer.actorId, at: now,
    });
    if (credit === "duplicate") throw new Error(`ledger already holds ${ledgerKey.deed(report.id)} for a pending report`);
    const tickets = await moveTicketsForReport(r, "credit", { communityId: report.communityId, residentId: doer.resident.id, reportId: report.id, at: now });
    await r.audit.record({
      communityId: report.communityId, actorId: reviewer.actorId, action: "report.approved", subjectType: "report",
      subjectId: report.id,
      data: { number: report.number, points, doerId: doer.resident.id, ...(deed ? { corrected: deeds, parsed: report.deeds } : {}) },
    });
    const updated = { ...report, deeds, status: "approved" as const, awardedPoints: points, doerResidentId: doer.resident.id, decidedAt: now };
    const approved = { report: updated, doer: doer.resident, points, balance: await r.ledger.balance(doer.resident.id), tickets };
    if (input.announce) await enqueueDecision(r, report.id, "approved", input.announce(approved), now);
    return { ok: true as const, ...approved, receipt: await queueReceipt(r, input.receipt, approved, now) };
  }, { communityId: input.communityId });
}

async function correctedDeeds(
  catalog: Repos["catalog"],
  communityId: number,
  deed: { category: string; quantity: number },
): Promise<ParsedDeed[] | null> {
  const category = (await catalog.list(communityId)).find((c) => c.code === deed.category && c.active);
  return category ? [{ category: category.code, quantity: deed.quantity, points: category.points * deed.quantity }] : null;
}
