// The life of a deed report, and the rules for the points it may award.
import { MAX_REPORT_POINTS } from "./catalog.ts";

export type ReportStatus = "pending" | "approved" | "rejected" | "withdrawn" | "revoked";

/** Points that a review may award: the override if given, else the suggestion. */
export function awardablePoints(suggested: number, override: number | undefined): number | null {
  const points = override ?? suggested;
  if (!Number.isInteger(points) || points < 1 || points > MAX_REPORT_POINTS) return null;
  return points;
}

/** Why a report in `status` cannot be decided now, or null if it can. */
export function decisionBlocker(status: ReportStatus): "REPORT.ALREADY_APPROVED" | "REPORT.NOT_PENDING" | null {
  if (status === "pending") return null;
  return status === "approved" ? "REPORT.ALREADY_APPROVED" : "REPORT.NOT_PENDING";
}

/** Idempotency keys: derived from the cause, so a replay of the same cause credits once. */
export const ledgerKey = {
  deed: (reportId: number) => `deed:${reportId}`,
  reversal: (reportId: number) => `reversal:${reportId}`,
};
