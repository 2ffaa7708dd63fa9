// A revoke that takes back tickets already put into a draw that has not run: those tickets
// leave the draw (its pledge is reduced) and pay the debt, in the revoke's transaction, so a
// draw is never won with tickets whose points were cancelled.
import type { Repos } from "./ports.ts";

export async function withdrawPledgesForDebt(
  r: Repos, at: { communityId: number; residentId: number; reportId: number; at: Date },
): Promise<number> {
  let owed = -(await r.tickets.balance(at.residentId));
  let back = 0;
  for (const draw of owed > 0 ? await r.draws.list(at.communityId) : []) {
    if (owed <= 0) break;
    if (draw.status !== "open" || draw.mode !== "choose") continue;
    const pledged = (await r.draws.pledges(draw.id)).find((p) => p.residentId === at.residentId)?.tickets ?? 0;
    const n = Math.min(owed, pledged);
    if (n <= 0) continue;
    await r.draws.addPledge(draw.id, at.residentId, -n);
    await r.tickets.append({
      communityId: at.communityId, residentId: at.residentId, tickets: n, kind: "draw", drawId: draw.id, createdAt: at.at,
      idempotencyKey: `pledge-back:${at.reportId}:${draw.id}`,
    });
    owed -= n;
    back += n;
  }
  return back;
}
