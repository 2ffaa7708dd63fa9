// An admin adds a grid to their community (新建网格 三网格).
import type { AppDeps } from "./deps.ts";
import { fail, type Result } from "./errors.ts";
import type { PlatformUser } from "./load-actor.ts";
import type { GridRec } from "./ports.ts";
import { requireAdmin } from "./require-admin.ts";

export async function createGrid(deps: AppDeps, input: { user: PlatformUser; name: string; communityId?: number }): Promise<Result<{ grid: GridRec }>> {
  const name = input.name.trim();
  return deps.store.write(async (r) => {
    const admin = await requireAdmin(r, input.user, input.communityId);
    if ("ok" in admin) return admin;
    const communityId = input.communityId ?? (admin.communityIds[0] as number);
    if (await r.grids.byName(communityId, name)) return fail("GRID.EXISTS", { grid: name });
    const grid = await r.grids.create(communityId, name);
    await r.audit.record({ communityId, actorId: admin.resident.id, action: "grid.created", subjectType: "grid", subjectId: grid.id });
    return { ok: true as const, grid };
  });
}
