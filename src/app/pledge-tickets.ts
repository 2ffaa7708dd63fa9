// In a "choose" draw a resident puts in as many tickets as they like (`投奖票 1 5`): the
// balance check and the spending happen in one transaction.
import { ticketKey } from "../domain/tickets.ts";
import type { AppDeps } from "./deps.ts";
import { fail, type Result } from "./errors.ts";
import type { PlatformUser } from "./load-actor.ts";
import { loadActor } from "./load-actor.ts";

export async function pledgeTickets(
  deps: AppDeps, input: { communityId: number; drawId: number; user: PlatformUser; tickets: number },
): Promise<Result<{ drawId: number; title: string; pledged: number; balance: number }>> {
  if (!Number.isInteger(input.tickets) || input.tickets < 1) return fail("TICKETS.BAD_COUNT");
  return deps.store.write(async (r) => {
    const actor = await loadActor(r, input.user);
    if (!actor.resident) return fail("TICKETS.INSUFFICIENT", { balance: 0, wanted: input.tickets });
    const draw = await r.draws.byId(input.communityId, input.drawId);
    if (!draw) return fail("DRAW.NOT_FOUND", { id: input.drawId });
    if (draw.mode !== "choose") return fail("DRAW.NOT_CHOOSE", { id: draw.id });
    if (draw.status !== "open" || deps.clock().getTime() >= draw.closesAt.getTime()) return fail("DRAW.CLOSED", { id: draw.id });
    const balance = await r.tickets.balance(actor.resident.id);
    if (balance < input.tickets) return fail("TICKETS.INSUFFICIENT", { balance, wanted: input.tickets });
    const pledgeId = await r.draws.addPledge(draw.id, actor.resident.id, input.tickets);
    await r.tickets.append({
      communityId: input.communityId, residentId: actor.resident.id, tickets: -input.tickets, kind: "draw", drawId: draw.id, createdAt: deps.clock(),
      idempotencyKey: ticketKey.pledge(pledgeId),
    });
    const pledged = (await r.draws.pledges(draw.id)).find((p) => p.residentId === actor.resident?.id)?.tickets ?? input.tickets;
    return { ok: true as const, drawId: draw.id, title: draw.title, pledged, balance: balance - input.tickets };
  });
}
