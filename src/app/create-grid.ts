// An admin adds a grid to their community (新建网格 三网格).
import type { AppDeps } from "./deps.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";
import { fail, type Result } from "./errors.ts";
import { authorize, type Actor } from "./actor.ts";
import { adminCommunities } from "../domain/permissions.ts";
import type { GridRec } from "./ports.ts";

export async function createGrid(deps: AppDeps, input: { actor: Actor; name: string; communityId?: number; receipt?: Receipt<{ grid: GridRec }> }): Promise<Result<{ grid: GridRec } & Receipted>> {
  const name = input.name.trim();
  return deps.store.write(async (r) => {
    const admin = authorize(input.actor, { kind: "admin", ...(input.communityId !== undefined ? { communityId: input.communityId } : {}) });
    if (!admin.ok) return admin;
    const communityId = input.communityId ?? (adminCommunities(input.actor.roles)[0] as number);
    if (await r.grids.byName(communityId, name)) return fail("GRID.EXISTS", { grid: name });
    const grid = await r.grids.create(communityId, name);
    await r.audit.record({ communityId, actorId: admin.actorId, action: "grid.created", subjectType: "grid", subjectId: grid.id });
    const done: { grid: GridRec } = { grid };
    return { ok: true as const, ...done, receipt: await queueReceipt(r, input.receipt, done, deps.clock()) };
  });
}
