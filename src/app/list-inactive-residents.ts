// 不活跃: the residents of a grid with no approved deed in the last N days, for its grid
// worker (or an admin) to visit or encourage. Staff are left out.
import { authorize, type Actor } from "./actor.ts";
import type { AppDeps } from "./deps.ts";
import { fail, ok, type Result } from "./errors.ts";
import type { GridRec, ResidentRec } from "./ports.ts";

export const INACTIVE_DEFAULT_DAYS = 30;
export const INACTIVE_MAX_DAYS = 366;

export async function listInactiveResidents(
  deps: AppDeps, actor: Actor, grid: GridRec, days: number,
): Promise<Result<{ residents: ResidentRec[]; total: number }>> {
  const allowed = authorize(actor, { kind: "review", communityId: grid.communityId, gridId: grid.id, concerned: [] });
  if (!allowed.ok) return allowed;
  if (!Number.isInteger(days) || days < 1 || days > INACTIVE_MAX_DAYS) return fail("INACTIVE.BAD_DAYS", { max: INACTIVE_MAX_DAYS });
  const now = deps.clock();
  const since = new Date(now.getTime() - days * 24 * 3600_000);
  return deps.store.read(async (r) => {
    const [residents, approved, staff] = await Promise.all([
      r.residents.inGrid(grid.id),
      // The range is half-open: a deed approved this very moment counts.
      r.honour.approvedBetween(grid.communityId, since, new Date(now.getTime() + 1)),
      r.roles.staff(grid.communityId),
    ]);
    const active = new Set(approved.map((a) => a.residentId));
    const staffIds = new Set(staff.map((s) => s.residentId));
    const quiet = residents.filter((p) => !active.has(p.id) && !staffIds.has(p.id));
    return ok({ residents: quiet, total: residents.length - residents.filter((p) => staffIds.has(p.id)).length });
  });
}
