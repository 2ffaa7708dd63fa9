// A grid worker closes an event (`结束活动 E3`): one approval credits every attendee once,
// with their tickets, in one transaction. The ledger key is per (event, resident), and the
// close itself is a conditional update, so closing twice (or twice at once) credits nobody twice.
//
// Staff never award points to themselves or their own household by any path (issue 10): the
// closer's own attendance, and their household's, is left uncredited and named in the reply;
// another grid worker of the grid or an admin closes the event when the worker took part.
import { eventKey } from "../domain/event-rules.ts";
import { authorize, type Actor } from "./actor.ts";
import type { AppDeps } from "./deps.ts";
import { fail, type Result } from "./errors.ts";
import type { EventRec } from "./event-ports.ts";
import { moveTickets } from "./move-tickets.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";

export interface ClosedEvent {
  event: EventRec;
  credited: { name: string; points: number; tickets: number }[];
  /** Attendees the closer may not credit (themselves, their household). */
  skipped: string[];
}

export async function closeEvent(
  deps: AppDeps, input: { communityId: number; number: number; actor: Actor; receipt?: Receipt<ClosedEvent> },
): Promise<Result<ClosedEvent & Receipted>> {
  return deps.store.write(async (r) => {
    const event = await r.events.byNumber(input.communityId, input.number);
    if (!event) return fail("EVENT.NOT_FOUND", { number: input.number });
    const staff = authorize(input.actor, { kind: "review", communityId: event.communityId, gridId: event.gridId, concerned: [] });
    if (!staff.ok) return staff;
    const now = deps.clock();
    if (!(await r.events.close(event.id, staff.actorId, now))) return fail("EVENT.ALREADY_CLOSED", { number: event.number, title: event.title });
    const own = new Set([staff.actorId, ...(await r.fixed.household(staff.actorId))]);
    const out: ClosedEvent = { event: { ...event, status: "closed", closedById: staff.actorId, closedAt: now }, credited: [], skipped: [] };
    const attendees = await r.events.attendees(event.id);
    const skipped = attendees.filter((a) => own.has(a.residentId));
    await r.events.markCredited(event.id, skipped.map((a) => a.residentId), 0);
    out.skipped = skipped.map((a) => a.name);
    for (const a of attendees.filter((x) => !own.has(x.residentId))) {
      const credit = await r.ledger.append({
        communityId: event.communityId, residentId: a.residentId, points: event.points, kind: "deed", reportId: null,
        idempotencyKey: eventKey.credit(event.id, a.residentId), actorId: staff.actorId, note: `E${event.number}`, at: now,
      });
      if (credit === "duplicate") throw new Error(`ledger already holds ${eventKey.credit(event.id, a.residentId)} for an open event`);
      const tickets = await moveTickets(r, "credit", {
        communityId: event.communityId, residentId: a.residentId, reportId: null, key: eventKey.tickets(event.id, a.residentId), at: now,
      });
      out.credited.push({ name: a.name, points: event.points, tickets: tickets.tickets });
    }
    await r.events.markCredited(event.id, attendees.filter((x) => !own.has(x.residentId)).map((a) => a.residentId), event.points);
    await r.audit.record({
      communityId: event.communityId, actorId: staff.actorId, action: "event.closed", subjectType: "event", subjectId: event.id,
      data: { number: event.number, credited: out.credited.length, skipped: out.skipped.length, points: event.points },
    });
    return { ok: true as const, ...out, receipt: await queueReceipt(r, input.receipt, out, now) };
  });
}
