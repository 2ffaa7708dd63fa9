// An admin binds the group they write in to a grid (绑定 一网格 / /bindgroup 一网格).
import type { AppDeps } from "./deps.ts";
import { fail, type Result } from "./errors.ts";
import type { PlatformUser } from "./load-actor.ts";
import type { GridRec } from "./ports.ts";
import { requireAdmin } from "./require-admin.ts";

export interface BindGroupInput { user: PlatformUser; chatId: string; gridName: string; title?: string | null; communityId?: number }

export async function bindGroup(deps: AppDeps, input: BindGroupInput): Promise<Result<{ grid: GridRec; change: "created" | "moved" | "same" }>> {
  return deps.store.write(async (r) => {
    const admin = await requireAdmin(r, input.user, input.communityId);
    if ("ok" in admin) return admin;
    const communityId = input.communityId ?? (admin.communityIds[0] as number);
    const grid = await r.grids.byName(communityId, input.gridName.trim());
    if (!grid) {
      const grids = (await r.honour.grids(communityId)).map((g) => g.name).join("、");
      return fail("GRID.NOT_FOUND", { grid: input.gridName.trim(), grids });
    }
    const change = await r.platform.bindGroup({ platform: input.user.platform, externalId: input.chatId, gridId: grid.id, title: input.title ?? null });
    await r.audit.record({
      communityId, actorId: admin.resident.id, action: "group.bound", subjectType: "grid", subjectId: grid.id,
      data: { platform: input.user.platform, change },
    });
    return { ok: true as const, grid, change };
  });
}
