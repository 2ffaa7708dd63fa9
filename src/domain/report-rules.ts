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

/**
 * Idempotency keys: derived from the cause, so a replay of the same cause credits once. A report
 * credited to one person keeps `deed:<report>` (as every ledger before issue 11 has it); a report
 * credited to several people gives each their own, `deed:<report>:<resident>`.
 */
export const ledgerKey = {
  deed: (reportId: number, residentId?: number) => residentId === undefined ? `deed:${reportId}` : `deed:${reportId}:${residentId}`,
  reversal: (reportId: number, residentId?: number) => residentId === undefined ? `reversal:${reportId}` : `reversal:${reportId}:${residentId}`,
};

/** Most points the entering grid worker may approve on their own proxy entry, when allowed. */
export const PROXY_SELF_APPROVE_MAX = 10;
