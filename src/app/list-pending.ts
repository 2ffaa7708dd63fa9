// The review queue of a grid worker: pending reports of their grids (all, for an admin).
import { reviewableGridIds } from "../domain/permissions.ts";
import type { AppDeps } from "./deps.ts";
import { fail, type Result } from "./errors.ts";
import { loadActor, type PlatformUser } from "./load-actor.ts";
import type { ReportRec } from "./ports.ts";

export async function listPending(
  deps: AppDeps,
  communityId: number,
  user: PlatformUser,
  limit = 20,
): Promise<Result<{ reports: ReportRec[] }>> {
  return deps.store.read(async (r) => {
    const actor = await loadActor(r, user);
    const grids = reviewableGridIds(actor.roles, communityId);
    if (!actor.resident || (grids !== null && grids.length === 0)) return fail("AUTH.NOT_REVIEWER");
    return { ok: true as const, reports: await r.reports.pending(communityId, grids, limit) };
  });
}
