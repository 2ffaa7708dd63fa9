// A grid worker registers a newcomer (`登记 王小明 3栋2单元301`) in a household of their grid:
// the household is created if it is new (the newcomer is then its head). Someone already known
// by that name in the grid but without a household (met in the chat) is given this household.
import type { Address } from "../domain/roster/parse-address.ts";
import type { AppDeps } from "./deps.ts";
import { fail, type Result } from "./errors.ts";
import { isFailure } from "./find-resident.ts";
import type { PlatformUser } from "./load-actor.ts";
import type { GridRec } from "./ports.ts";
import { staffFor } from "./staff-check.ts";

export interface RegisterInput { communityId: number; user: PlatformUser | "operator"; grid: GridRec; name: string; address: Address }

export async function registerResident(deps: AppDeps, input: RegisterInput): Promise<Result<{ id: number; created: boolean }>> {
  const { communityId, grid, address } = input;
  const name = input.name.replace(/^[@＠]/, "").trim();
  return deps.store.write(async (r) => {
    let actorId: number | null = null;
    if (input.user !== "operator") {
      const staff = await staffFor(r, input.user, communityId, { id: 0, communityId, gridId: grid.id, name, status: "active", masked: false, building: null, unit: null, room: null });
      if (isFailure(staff)) return staff;
      actorId = staff.actorId;
    }
    if (!name) return fail("REGISTER.BAD_ADDRESS");
    let household = await r.register.householdAt(communityId, grid.id, address.building, address.unit, address.room);
    const newHousehold = !household;
    if (!household) {
      const [id] = await r.register.addHouseholds([{ communityId, gridId: grid.id, ...address }]);
      household = { id: id as number, communityId, gridId: grid.id, ...address, headResidentId: null };
    }
    const members = await r.residents.byIds(await r.register.members(household.id));
    const same = members.find((m) => m.name === name);
    if (same) return { ok: true as const, id: same.id, created: false };
    const write = {
      communityId, gridId: grid.id, householdId: household.id, name, ...address, phoneHash: null, digest: "", source: "chat" as const,
      gender: null, politics: null, education: null, skills: null, fiveGood: false, excellent: false, title: null, note: null,
    };
    // Someone of that name in the grid without a household yet (met in the chat, or from before the register) is this person.
    const earlier = [];
    for (const p of await r.residents.findByName(communityId, grid.id, name)) if (!(await r.register.householdOf(p.id))) earlier.push(p);
    let id: number;
    if (earlier.length === 1) {
      id = (earlier[0] as { id: number }).id;
      await r.register.updateResidents([{ ...write, id }]);
    } else {
      [id] = (await r.register.addResidents([write])) as [number];
    }
    if (newHousehold || household.headResidentId === null) await r.register.setHeads([{ householdId: household.id, residentId: id }]);
    await r.audit.record({ communityId, actorId, action: "resident.registered", subjectType: "resident", subjectId: id, data: { householdId: household.id } });
    return { ok: true as const, id, created: true };
  });
}
