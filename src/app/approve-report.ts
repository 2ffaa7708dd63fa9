// A grid worker approves a report: status, ledger credit and audit row in one transaction.
// The credit's idempotency key comes from the report, so it lands exactly once.
import { MAX_REPORT_POINTS } from "../domain/catalog.ts";
import type { ParsedDeed } from "../domain/parser/index.ts";
import { awardablePoints, decisionBlocker, ledgerKey } from "../domain/report-rules.ts";
import { reviewRefusal } from "../domain/permissions.ts";
import type { AppDeps } from "./deps.ts";
import { fail, type Result } from "./errors.ts";
import { checkReviewer } from "./check-reviewer.ts";
import type { PlatformUser } from "./load-actor.ts";
import type { ReportRec, Repos, ResidentRec } from "./ports.ts";
import { resolveDoer, type DoerChoice } from "./resolve-doer.ts";
import { enqueueDecision, type Announce } from "./enqueue-decision.ts";
import { moveTicketsForReport, type TicketMove } from "./move-tickets.ts";

export interface ApproveInput extends DoerChoice {
  communityId: number;
  number: number;
  user: PlatformUser;
  points?: number;
  /** The deed as the reviewer corrects it (`通过 12 巡逻 3`): replaces the parsed deeds. */
  deed?: { category: string; quantity: number };
  /** Notices to queue with the decision (the reporter's, at least). */
  announce?: Announce<Approved>;
}

export interface Approved { report: ReportRec; doer: ResidentRec; points: number; balance: number; tickets?: TicketMove }

export async function approveReport(deps: AppDeps, input: ApproveInput): Promise<Result<Approved>> {
  return deps.store.write(async (r) => {
    const report = await r.reports.byNumber(input.communityId, input.number);
    if (!report) return fail("REPORT.NOT_FOUND", { number: input.number });
    const blocker = decisionBlocker(report.status);
    if (blocker) return fail(blocker, { number: report.number });
    const reviewer = await checkReviewer(r, input.user, report, [report.senderResidentId]);
    if ("ok" in reviewer) return reviewer;
    const deeds = input.deed ? await correctedDeeds(r.catalog, report.communityId, input.deed) : report.deeds;
    if (!deeds) return fail("REPORT.UNKNOWN_CATEGORY", { category: input.deed?.category ?? "" });
    const suggested = input.deed ? Math.min(MAX_REPORT_POINTS, deeds.reduce((s, d) => s + d.points, 0)) : report.suggestedPoints;
    if (suggested === 0 && input.points === undefined) return fail("REPORT.NO_DEEDS", { number: report.number });
    const points = awardablePoints(suggested, input.points);
    if (points === null) return fail("REPORT.POINTS_OUT_OF_RANGE", { max: 300 });
    const doer = await resolveDoer(r, report, input, reviewer.residentId);
    if ("ok" in doer) return doer;
    const late = reviewRefusal(reviewer, report, [doer.id]);
    if (late) return fail(late, { number: report.number });
    // Nobody awards points to their own household, whoever reported it (a proxy) or named the doer.
    if (doer.id !== reviewer.residentId && (await r.fixed.household(reviewer.residentId)).includes(doer.id)) {
      return fail("AUTH.OWN_HOUSEHOLD", { name: doer.name });
    }
    const now = deps.clock();
    const moved = await r.reports.transition(report.id, "pending", {
      status: "approved", reviewerId: reviewer.residentId, awardedPoints: points, doerResidentId: doer.id, decidedAt: now,
      ...(input.deed ? { deeds } : {}),
    });
    if (!moved) return fail("REPORT.ALREADY_APPROVED", { number: report.number });
    const credit = await r.ledger.append({
      communityId: report.communityId, residentId: doer.id, points, kind: "deed", reportId: report.id,
      idempotencyKey: ledgerKey.deed(report.id), actorId: reviewer.residentId, at: now,
    });
    if (credit === "duplicate") throw new Error(`ledger already holds ${ledgerKey.deed(report.id)} for a pending report`);
    const tickets = await moveTicketsForReport(r, "credit", { communityId: report.communityId, residentId: doer.id, reportId: report.id, at: now });
    await r.audit.record({
      communityId: report.communityId, actorId: reviewer.residentId, action: "report.approved", subjectType: "report",
      subjectId: report.id,
      data: { number: report.number, points, doerId: doer.id, ...(input.deed ? { corrected: deeds, parsed: report.deeds } : {}) },
    });
    const updated = { ...report, deeds, status: "approved" as const, awardedPoints: points, doerResidentId: doer.id, decidedAt: now };
    const approved = { report: updated, doer, points, balance: await r.ledger.balance(doer.id), tickets };
    if (input.announce) await enqueueDecision(r, report.id, "approved", input.announce(approved), now);
    return { ok: true as const, ...approved };
  });
}

async function correctedDeeds(
  catalog: Repos["catalog"],
  communityId: number,
  deed: { category: string; quantity: number },
): Promise<ParsedDeed[] | null> {
  const category = (await catalog.list(communityId)).find((c) => c.code === deed.category && c.active);
  return category ? [{ category: category.code, quantity: deed.quantity, points: category.points * deed.quantity }] : null;
}
