// In a "choose" draw a resident puts in as many tickets as they like (`投奖票 1 5`): the
// balance check and the spending happen in one transaction.
import { ticketKey } from "../domain/tickets.ts";
import type { AppDeps } from "./deps.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";
import { fail, type Result } from "./errors.ts";
import type { Actor } from "./actor.ts";

export interface Pledged { drawId: number; title: string; pledged: number; balance: number }

export async function pledgeTickets(
  deps: AppDeps, input: { communityId: number; drawId: number; actor: Actor; tickets: number; receipt?: Receipt<Pledged> },
): Promise<Result<Pledged & Receipted>> {
  if (!Number.isInteger(input.tickets) || input.tickets < 1) return fail("TICKETS.BAD_COUNT");
  const residentId = input.actor.resident?.id;
  if (residentId === undefined) return fail("TICKETS.INSUFFICIENT", { balance: 0, wanted: input.tickets });
  // An unverified link (a name match) may report and see its balance, nothing else.
  if (!input.actor.verified) return fail("AUTH.UNVERIFIED");
  return deps.store.write(async (r) => {
    const draw = await r.draws.byId(input.communityId, input.drawId);
    if (!draw) return fail("DRAW.NOT_FOUND", { id: input.drawId });
    if (draw.mode !== "choose") return fail("DRAW.NOT_CHOOSE", { id: draw.id });
    if (draw.status !== "open" || deps.clock().getTime() >= draw.closesAt.getTime()) return fail("DRAW.CLOSED", { id: draw.id });
    const balance = await r.tickets.balance(residentId);
    if (balance < input.tickets) return fail("TICKETS.INSUFFICIENT", { balance, wanted: input.tickets });
    const pledgeId = await r.draws.addPledge(draw.id, residentId, input.tickets);
    await r.tickets.append({
      communityId: input.communityId, residentId: residentId, tickets: -input.tickets, kind: "draw", drawId: draw.id, createdAt: deps.clock(),
      idempotencyKey: ticketKey.pledge(pledgeId),
    });
    const pledged = (await r.draws.pledges(draw.id)).find((p) => p.residentId === residentId)?.tickets ?? input.tickets;
    const done: Pledged = { drawId: draw.id, title: draw.title, pledged, balance: balance - input.tickets };
    return { ok: true as const, ...done, receipt: await queueReceipt(r, input.receipt, done, deps.clock()) };
  }, { communityId: input.communityId });
}
