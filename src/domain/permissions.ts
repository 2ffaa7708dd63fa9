// Who may do what. Every check takes domain ids (residents, communities, grids), never a
// platform account or a display name; `permissionRefusal` is the one function that decides.

export interface RoleGrant { role: "grid_worker" | "admin"; communityId: number; gridId: number | null }

export interface Reviewer { residentId: number; verified: boolean; roles: readonly RoleGrant[] }

/** The acting resident as a permission check sees them (null: not a known resident). */
export interface Principal { residentId: number | null; verified: boolean; roles: readonly RoleGrant[] }

export type Permission =
  /** Admin of this community (of any community when it is not given: setting up a new group). */
  | { kind: "admin"; communityId?: number }
  /** Any role in the community (reports on the whole community). */
  | { kind: "staff"; communityId: number }
  /** Review what happened in a grid (null: no grid), and not for oneself (`concerned`). */
  | { kind: "review"; communityId: number; gridId: number | null; concerned: readonly (number | null)[] }
  /** Act on a resident's rewards (fixed points, prizes, the shop counter): their grid's worker
   * or an admin, never on oneself. */
  | { kind: "serve"; communityId: number; resident: { id: number; gridId: number | null } };

export type Refusal = "AUTH.NOT_REVIEWER" | "AUTH.NOT_ADMIN" | "AUTH.UNVERIFIED" | "REPORT.SELF_APPROVAL" | "AUTH.SELF_SERVICE";
export type ReviewRefusal = "AUTH.NOT_REVIEWER" | "AUTH.UNVERIFIED" | "REPORT.SELF_APPROVAL";

export function isStaff(roles: readonly RoleGrant[], communityId: number): boolean {
  return roles.some((r) => r.communityId === communityId);
}

export function adminCommunities(roles: readonly RoleGrant[]): number[] {
  return roles.filter((g) => g.role === "admin").map((g) => g.communityId);
}

export function reviewableGridIds(roles: readonly RoleGrant[], communityId: number): number[] | null {
  if (roles.some((r) => r.role === "admin" && r.communityId === communityId)) return null; // all grids
  return roles.filter((r) => r.role === "grid_worker" && r.communityId === communityId && r.gridId !== null)
    .map((r) => r.gridId as number);
}

/** The one permission check: null when allowed, else why not. Roles first, then verification. */
export function permissionRefusal(who: Principal, need: Permission): Refusal | null {
  if (who.residentId === null) return need.kind === "admin" ? "AUTH.NOT_ADMIN" : "AUTH.NOT_REVIEWER";
  if (need.kind === "admin") {
    const mine = adminCommunities(who.roles);
    if (mine.length === 0 || (need.communityId !== undefined && !mine.includes(need.communityId))) return "AUTH.NOT_ADMIN";
  } else if (need.kind === "staff") {
    if (!isStaff(who.roles, need.communityId)) return "AUTH.NOT_REVIEWER";
  } else {
    const gridId = need.kind === "review" ? need.gridId : need.resident.gridId;
    const grids = reviewableGridIds(who.roles, need.communityId);
    if (!(grids === null || (gridId !== null && grids.includes(gridId)))) return "AUTH.NOT_REVIEWER";
  }
  if (!who.verified) return "AUTH.UNVERIFIED";
  if (need.kind === "review" && need.concerned.includes(who.residentId)) return "REPORT.SELF_APPROVAL";
  if (need.kind === "serve" && need.resident.id === who.residentId) return "AUTH.SELF_SERVICE";
  return null;
}

/** Checks a reviewer against a report's community, grid and the people it concerns. */
export function reviewRefusal(
  reviewer: Reviewer,
  report: { communityId: number; gridId: number | null },
  concerned: readonly (number | null)[],
): ReviewRefusal | null {
  return permissionRefusal(reviewer, { kind: "review", communityId: report.communityId, gridId: report.gridId, concerned }) as ReviewRefusal | null;
}
