// A grid worker adds attendees by name (`活动 E3 加 张秀英 刘建国`): those without a phone, or
// who forgot to sign in. Each name must be one registered resident.
import { authorize, type Actor } from "./actor.ts";
import type { AppDeps } from "./deps.ts";
import { fail, type Result } from "./errors.ts";
import type { EventRec } from "./event-ports.ts";

export interface AddedToEvent { event: EventRec; added: string[]; already: string[]; unknown: string[]; ambiguous: string[] }

export async function addToEvent(
  deps: AppDeps, input: { communityId: number; number: number; actor: Actor; names: string[] },
): Promise<Result<AddedToEvent>> {
  return deps.store.write(async (r) => {
    const event = await r.events.byNumber(input.communityId, input.number);
    if (!event) return fail("EVENT.NOT_FOUND", { number: input.number });
    const staff = authorize(input.actor, { kind: "review", communityId: event.communityId, gridId: event.gridId, concerned: [] });
    if (!staff.ok) return staff;
    if (event.status === "closed") return fail("EVENT.CLOSED", { number: event.number, title: event.title });
    const out: AddedToEvent = { event, added: [], already: [], unknown: [], ambiguous: [] };
    const now = deps.clock();
    for (const name of [...new Set(input.names)]) {
      const found = await r.residents.findByName(event.communityId, null, name);
      // Two of the same name: the one in the event's grid, if only one lives there.
      const inGrid = found.filter((p) => p.gridId === event.gridId);
      const one = found.length === 1 ? found[0] : inGrid.length === 1 ? inGrid[0] : undefined;
      if (!one) {
        (found.length === 0 ? out.unknown : out.ambiguous).push(name);
        continue;
      }
      const added = await r.events.addAttendee(event.id, one.id, staff.actorId, now);
      (added === "created" ? out.added : out.already).push(name);
    }
    if (out.added.length > 0) {
      await r.audit.record({
        communityId: event.communityId, actorId: staff.actorId, action: "event.attendees_added", subjectType: "event", subjectId: event.id,
        data: { number: event.number, count: out.added.length },
      });
    }
    return { ok: true as const, ...out };
  });
}
