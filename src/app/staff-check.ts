// Who may act on a resident's rewards: a verified grid worker of their grid, or an admin;
// never on themself. Admin-only actions (draws, shop goods) check `admin`.
import { isStaff, reviewRefusal } from "../domain/permissions.ts";
import { fail, type Failure } from "./errors.ts";
import { loadActor, type PlatformUser } from "./load-actor.ts";
import type { Repos, ResidentRec } from "./ports.ts";

export async function staffFor(
  r: Repos, user: PlatformUser, communityId: number, target: ResidentRec | null,
): Promise<{ actorId: number } | Failure> {
  const actor = await loadActor(r, user);
  if (!actor.resident) return fail("AUTH.NOT_REVIEWER");
  const reviewer = { residentId: actor.resident.id, verified: actor.identity?.verified ?? false, roles: actor.roles };
  if (!target) {
    if (!isStaff(actor.roles, communityId)) return fail("AUTH.NOT_REVIEWER");
    return reviewer.verified ? { actorId: actor.resident.id } : fail("AUTH.UNVERIFIED");
  }
  const refusal = reviewRefusal(reviewer, { communityId, gridId: target.gridId }, [target.id]);
  if (refusal) return fail(refusal === "REPORT.SELF_APPROVAL" ? "AUTH.SELF_SERVICE" : refusal);
  return { actorId: actor.resident.id };
}

/** "operator": whoever runs the command line on the server, trusted with the database itself. */
export type AdminActor = PlatformUser | "operator";

export async function adminOf(r: Repos, user: AdminActor, communityId: number): Promise<{ actorId: number | null } | Failure> {
  if (user === "operator") return { actorId: null };
  const actor = await loadActor(r, user);
  const admin = actor.roles.some((g) => g.role === "admin" && g.communityId === communityId);
  if (!actor.resident || !admin) return fail("AUTH.NOT_ADMIN");
  if (!actor.identity?.verified) return fail("AUTH.UNVERIFIED");
  return { actorId: actor.resident.id };
}
