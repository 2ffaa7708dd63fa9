// A grid worker registers a newcomer (`登记 王小明 3栋2单元301`) in a household of their grid:
// the household is created if it is new (the newcomer is then its head). Someone already known
// by that name in the grid but without a household (met in the chat) is given this household.
import type { Address } from "../domain/roster/parse-address.ts";

export { parseAddress, type Address } from "../domain/roster/parse-address.ts";
import type { AppDeps } from "./deps.ts";
import { fail, type Result } from "./errors.ts";
import type { GridRec } from "./ports.ts";
import { authorize, type Actor, type Operator } from "./actor.ts";

/** `grid`: the grid the command was given in; `gridName` names another one. */
export interface RegisterInput { communityId: number; actor: Actor | Operator; grid: GridRec; gridName?: string | null; name: string; address: Address }

export async function registerResident(deps: AppDeps, input: RegisterInput): Promise<Result<{ id: number; created: boolean; grid: GridRec }>> {
  const { communityId, address } = input;
  const name = input.name.replace(/^[@＠]/, "").trim();
  return deps.store.write(async (r) => {
    const grid = input.gridName ? await r.grids.byName(communityId, input.gridName) : input.grid;
    if (!grid) return fail("GRID.NOT_FOUND", { name: input.gridName ?? "" });
    const staff = authorize(input.actor, { kind: "serve", communityId, resident: { id: 0, gridId: grid.id } });
    if (!staff.ok) return staff;
    const actorId = staff.actorId;
    if (!name) return fail("REGISTER.BAD_ADDRESS");
    let household = await r.register.householdAt(communityId, grid.id, address.building, address.unit, address.room);
    const newHousehold = !household;
    if (!household) {
      const [id] = await r.register.addHouseholds([{ communityId, gridId: grid.id, ...address }]);
      household = { id: id as number, communityId, gridId: grid.id, ...address, headResidentId: null };
    }
    const members = await r.residents.byIds(await r.register.members(household.id));
    const same = members.find((m) => m.name === name);
    if (same) return { ok: true as const, id: same.id, created: false, grid };
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
    return { ok: true as const, id, created: true, grid };
  });
}
