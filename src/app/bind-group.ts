// An admin binds the group they write in to a grid (绑定 一网格 / /bindgroup 一网格).
import type { AppDeps } from "./deps.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";
import { fail, type Result } from "./errors.ts";
import { authorize, type Actor } from "./actor.ts";
import { adminCommunities } from "../domain/permissions.ts";
import type { GridRec } from "./ports.ts";

export interface BindGroupInput { actor: Actor; chatId: string; gridName: string; title?: string | null; communityId?: number; receipt?: Receipt<GroupBound> }

export interface GroupBound { grid: GridRec; change: "created" | "moved" | "same" }

export async function bindGroup(deps: AppDeps, input: BindGroupInput): Promise<Result<GroupBound & Receipted>> {
  return deps.store.write(async (r) => {
    const admin = authorize(input.actor, { kind: "admin", ...(input.communityId !== undefined ? { communityId: input.communityId } : {}) });
    if (!admin.ok) return admin;
    const communityId = input.communityId ?? (adminCommunities(input.actor.roles)[0] as number);
    const grid = await r.grids.byName(communityId, input.gridName.trim());
    if (!grid) {
      const grids = (await r.grids.list(communityId)).map((g) => g.name).join("、");
      return fail("GRID.NOT_FOUND", { grid: input.gridName.trim(), grids });
    }
    const change = await r.platform.bindGroup({ platform: input.actor.account.platform, externalId: input.chatId, gridId: grid.id, title: input.title ?? null });
    await r.audit.record({
      communityId, actorId: admin.actorId, action: "group.bound", subjectType: "grid", subjectId: grid.id,
      data: { platform: input.actor.account.platform, change },
    });
    const done: GroupBound = { grid, change };
    return { ok: true as const, ...done, receipt: await queueReceipt(r, input.receipt, done, deps.clock()) };
  });
}
