// A grid worker hands a prize over (`领奖 @张秀英`): its status goes from 待领取 to 已领取 once;
// a second hand-over of the same prize is refused.
import type { AppDeps } from "./deps.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";
import { fail, type Result } from "./errors.ts";
import { findResident } from "./find-resident.ts";
import type { WinnerRec } from "./reward-ports.ts";
import { authorize, type Actor } from "./actor.ts";

export interface Collected { prize: WinnerRec; name: string; title: string }

export async function markPrizeCollected(
  deps: AppDeps, input: { communityId: number; actor: Actor; name: string; drawId?: number; pick?: number; receipt?: Receipt<Collected> },
): Promise<Result<Collected & Receipted>> {
  return deps.store.write(async (r) => {
    const found = await findResident(r, input.communityId, input.name, input.pick);
    if (!found.ok) return found;
    const winner = found.resident;
    const staff = authorize(input.actor, { kind: "serve", communityId: input.communityId, resident: winner });
    if (!staff.ok) return staff;
    const draws = (await r.draws.list(input.communityId)).filter((d) => d.status === "drawn" && (input.drawId === undefined || d.id === input.drawId));
    let collected = false;
    for (const draw of draws) {
      const won = (await r.draws.winners(draw.id)).filter((w) => w.residentId === winner.id);
      const prize = won.find((w) => w.status === "pending");
      if (!prize) {
        collected ||= won.length > 0;
        continue;
      }
      if (!(await r.draws.collect(prize.id, staff.actorId, deps.clock()))) return fail("PRIZE.ALREADY_COLLECTED", { name: winner.name });
      await r.audit.record({
        communityId: input.communityId, actorId: staff.actorId, action: "prize.collected", subjectType: "draw", subjectId: draw.id,
        data: { winnerId: prize.id, residentId: winner.id, position: prize.position },
      });
      const done: Collected = { prize: { ...prize, status: "collected" as const }, name: winner.name, title: draw.title };
      return { ok: true as const, ...done, receipt: await queueReceipt(r, input.receipt, done, deps.clock()) };
    }
    return fail(collected ? "PRIZE.ALREADY_COLLECTED" : "PRIZE.NONE", { name: winner.name });
  }, { communityId: input.communityId });
}
