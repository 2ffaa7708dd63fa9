// An admin appoints a grid worker by pointing at their chat account (a mention or a reply),
// never by a name typed in: names can be copied, platform ids cannot.
import type { AppDeps } from "./deps.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";
import { fail, type Result } from "./errors.ts";
import { authorize, ensureIdentity, type Actor } from "./actor.ts";
import type { GridRec, ResidentRec } from "./ports.ts";

export interface AppointInput {
  actor: Actor;
  /** The appointee's account on the same platform. */
  target: { userId: string; displayName: string };
  /** The grid: the one this group is bound to. */
  gridId: number;
  receipt?: Receipt<Appointed>;
}

export interface Appointed { resident: ResidentRec; grid: GridRec }

export async function appointGridWorker(deps: AppDeps, input: AppointInput): Promise<Result<Appointed & Receipted>> {
  return deps.store.write(async (r) => {
    const grid = await r.grids.byId(input.gridId);
    if (!grid) return fail("GRID.NOT_FOUND", { grid: String(input.gridId), grids: "" });
    const admin = authorize(input.actor, { kind: "admin", communityId: grid.communityId });
    if (!admin.ok) return admin;
    const identity = await ensureIdentity(r, { platform: input.actor.account.platform, userId: input.target.userId, displayName: input.target.displayName });
    const resident =
      (identity.residentId ? await r.residents.byId(identity.residentId) : null) ??
      (await r.residents.create({ communityId: grid.communityId, gridId: grid.id, name: input.target.displayName }));
    // The admin vouches for this very account: it is verified.
    await r.identities.link(identity.id, resident.id, true);
    await r.roles.grant(resident.id, grid.communityId, "grid_worker", grid.id);
    await r.audit.record({
      communityId: grid.communityId, actorId: admin.actorId, action: "role.granted", subjectType: "resident",
      subjectId: resident.id, data: { role: "grid_worker", gridId: grid.id },
    });
    const done: Appointed = { resident, grid };
    return { ok: true as const, ...done, receipt: await queueReceipt(r, input.receipt, done, deps.clock()) };
  });
}
