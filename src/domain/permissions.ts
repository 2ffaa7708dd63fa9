// Who may review which report. Decisions take internal ids only, never display names.

export interface RoleGrant { role: "grid_worker" | "admin"; communityId: number; gridId: number | null }

export interface Reviewer { residentId: number; verified: boolean; roles: readonly RoleGrant[] }

export type ReviewRefusal = "AUTH.NOT_REVIEWER" | "AUTH.UNVERIFIED" | "REPORT.SELF_APPROVAL";

export function isStaff(roles: readonly RoleGrant[], communityId: number): boolean {
  return roles.some((r) => r.communityId === communityId);
}

export function reviewableGridIds(roles: readonly RoleGrant[], communityId: number): number[] | null {
  if (roles.some((r) => r.role === "admin" && r.communityId === communityId)) return null; // all grids
  return roles.filter((r) => r.role === "grid_worker" && r.communityId === communityId && r.gridId !== null)
    .map((r) => r.gridId as number);
}

/** Checks a reviewer against a report's community, grid and the people it concerns. */
export function reviewRefusal(
  reviewer: Reviewer,
  report: { communityId: number; gridId: number | null },
  concerned: readonly (number | null)[],
): ReviewRefusal | null {
  const grids = reviewableGridIds(reviewer.roles, report.communityId);
  const allowed = grids === null || (report.gridId !== null && grids.includes(report.gridId));
  if (!allowed) return "AUTH.NOT_REVIEWER";
  if (!reviewer.verified) return "AUTH.UNVERIFIED";
  if (concerned.includes(reviewer.residentId)) return "REPORT.SELF_APPROVAL";
  return null;
}
