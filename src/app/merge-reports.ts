// A reviewer merges a report into an earlier one of the same deed (the card pointed to it):
// the later one is closed without points, and its reporter is told where the deed is counted.
import { decisionBlocker } from "../domain/report-rules.ts";
import type { AppDeps } from "./deps.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";
import { fail, type Result } from "./errors.ts";
import { authorize, type Actor } from "./actor.ts";
import type { ReportRec, Repos } from "./ports.ts";
import { cardDoers } from "./plan-doers.ts";
import { enqueueDecision, type Announce } from "./enqueue-decision.ts";

export interface MergeReportsInput {
  communityId: number; actor: Actor;
  /** The report to close, and the one it repeats (null: the one its card points to). */
  from: number; into: number | null;
  announce?: Announce<MergedReports>;
  receipt?: Receipt<MergedReports>;
}

/** `added`: the names the earlier report gained. */
export interface MergedReports { report: ReportRec; into: ReportRec; added: string[] }

const namesOf = (x: ReportRec): string[] => cardDoers(x).map((n) => n ?? x.senderName);

async function addDoers(r: Repos, into: ReportRec, from: ReportRec): Promise<string[]> {
  const have = namesOf(into);
  const added = namesOf(from).filter((n, i, all) => !have.includes(n) && all.indexOf(n) === i);
  if (added.length === 0) return [];
  const rows = [...cardDoers(into), ...added].map((name, position) => ({ position, name, residentId: null }));
  await r.reports.setDoers(into.id, rows);
  return added;
}

export async function mergeReports(deps: AppDeps, input: MergeReportsInput): Promise<Result<MergedReports & Receipted>> {
  return deps.store.write(async (r) => {
    const report = await r.reports.byNumber(input.communityId, input.from);
    if (!report) return fail("REPORT.NOT_FOUND", { number: input.from });
    const intoNumber = input.into ?? report.duplicateOf;
    if (intoNumber === null) return fail("REPORT.MERGE_SAME", { number: report.number });
    if (intoNumber === report.number) return fail("REPORT.MERGE_SAME", { number: report.number });
    const into = await r.reports.byNumber(input.communityId, intoNumber);
    if (!into) return fail("REPORT.NOT_FOUND", { number: intoNumber });
    // Closing a repeat credits nobody (its sender could withdraw it too): the grid's staff may, even their own entry.
    const reviewer = authorize(input.actor, { kind: "review", communityId: report.communityId, gridId: report.gridId, concerned: [] }, { number: report.number });
    if (!reviewer.ok) return reviewer;
    const blocker = decisionBlocker(report.status);
    if (blocker) return fail(blocker === "REPORT.ALREADY_APPROVED" ? "REPORT.NOT_PENDING" : blocker, { number: report.number });
    // The deed stays counted on the earlier report: it must be waiting or approved, not refused.
    if (into.status !== "pending" && into.status !== "approved") return fail("REPORT.NOT_PENDING", { number: into.number });
    const decidedAt = deps.clock();
    if (!(await r.reports.transition(report.id, "pending", { status: "rejected", reviewerId: reviewer.actorId, reason: `#${into.number}`, mergedInto: into.number, decidedAt }))) {
      return fail("REPORT.NOT_PENDING", { number: report.number });
    }
    // People the later report names and the earlier one lacks join it while it waits for review.
    const added = into.status === "pending" ? await addDoers(r, into, report) : [];
    await r.audit.record({
      communityId: report.communityId, actorId: reviewer.actorId, action: "report.merged",
      subjectType: "report", subjectId: report.id, data: { number: report.number, into: into.number, intoId: into.id, ...(added.length ? { added: added.length } : {}) },
    });
    const merged = { report: { ...report, status: "rejected" as const, reason: `#${into.number}`, mergedInto: into.number, decidedAt }, into, added };
    if (input.announce) await enqueueDecision(r, report.id, "merged", input.announce(merged), decidedAt);
    return { ok: true as const, ...merged, receipt: await queueReceipt(r, input.receipt, merged, decidedAt) };
  });
}
