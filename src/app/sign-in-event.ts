// A resident signs in to an open event (`签到 E3`, or `签到` in reply to its card). A sign-in
// after the close is refused: the credits were given out at the close.
import type { Actor } from "./actor.ts";
import type { AppDeps } from "./deps.ts";
import { fail, type Result } from "./errors.ts";
import type { EventRec } from "./event-ports.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";

export interface SignedIn { event: EventRec; name: string; already: boolean }

export async function signInEvent(
  deps: AppDeps, input: { communityId: number; number: number; actor: Actor; receipt?: Receipt<SignedIn> },
): Promise<Result<SignedIn & Receipted>> {
  const me = input.actor.resident;
  if (!me || me.communityId !== input.communityId) return fail("EVENT.NOT_RESIDENT");
  return deps.store.write(async (r) => {
    const event = await r.events.byNumber(input.communityId, input.number);
    if (!event) return fail("EVENT.NOT_FOUND", { number: input.number });
    if (event.status === "closed") return fail("EVENT.CLOSED", { number: event.number, title: event.title });
    const now = deps.clock();
    const added = await r.events.addAttendee(event.id, me.id, null, now);
    const signed = { event, name: me.name, already: added === "duplicate" };
    return { ok: true as const, ...signed, receipt: await queueReceipt(r, input.receipt, signed, now) };
  });
}
