// Setup actions (binding groups, grids, appointments) are for verified admins only.
import { fail, type Failure } from "./errors.ts";
import { loadActor, type PlatformUser } from "./load-actor.ts";
import type { Repos, ResidentRec } from "./ports.ts";

export interface Admin { resident: ResidentRec; communityIds: number[] }

export async function requireAdmin(r: Repos, user: PlatformUser, communityId?: number): Promise<Admin | Failure> {
  const actor = await loadActor(r, user);
  const communityIds = actor.roles.filter((g) => g.role === "admin").map((g) => g.communityId);
  if (!actor.resident || communityIds.length === 0) return fail("AUTH.NOT_ADMIN");
  if (communityId !== undefined && !communityIds.includes(communityId)) return fail("AUTH.NOT_ADMIN");
  if (!actor.identity?.verified) return fail("AUTH.UNVERIFIED");
  return { resident: actor.resident, communityIds };
}
