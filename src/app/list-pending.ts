// The review queue of a grid worker: pending reports of their grids (all, for an admin).
import { reviewableGridIds } from "../domain/permissions.ts";
import type { Actor } from "./actor.ts";
import type { AppDeps } from "./deps.ts";
import { fail, ok, type Result } from "./errors.ts";
import type { ReportRec } from "./ports.ts";

export async function listPending(
  deps: AppDeps,
  communityId: number,
  actor: Actor,
  limit = 20,
): Promise<Result<{ reports: ReportRec[] }>> {
  const grids = reviewableGridIds(actor.roles, communityId);
  if (!actor.resident || (grids !== null && grids.length === 0)) return fail("AUTH.NOT_REVIEWER");
  return ok({ reports: await deps.store.read((r) => r.reports.pending(communityId, grids, limit)) });
}
