// 公示: the second approval (`确认 12`), by an admin who is not the first approver, during or
// after the window. When the window is over already, the award lands in this transaction;
// otherwise the scheduled job lands it when the window ends.
import { authorize, type Actor } from "./actor.ts";
import { creditNotice, type NoticeCredited } from "./credit-notice.ts";
import type { AppDeps } from "./deps.ts";
import type { Announce } from "./enqueue-decision.ts";
import { fail, type Result } from "./errors.ts";
import type { NoticeRec } from "./event-ports.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";

export interface Confirmed { notice: NoticeRec; credited: NoticeCredited | null }

export async function confirmNotice(
  deps: AppDeps,
  input: { communityId: number; number: number; actor: Actor; announce?: Announce<NoticeCredited>; receipt?: Receipt<Confirmed> },
): Promise<Result<Confirmed & Receipted>> {
  const admin = authorize(input.actor, { kind: "admin", communityId: input.communityId });
  if (!admin.ok) return admin;
  return deps.store.write(async (r) => {
    const notice = await r.notices.byNumber(input.communityId, input.number);
    if (!notice) return fail("NOTICE.NOT_FOUND", { number: input.number });
    if (notice.status !== "open") return fail("NOTICE.CLOSED", { number: notice.number });
    if (notice.approverId === admin.actorId) return fail("NOTICE.SAME_APPROVER", { number: notice.number });
    // Nobody confirms an award to themselves or their household (issue 10's rule).
    const own = [admin.actorId, ...(await r.fixed.household(admin.actorId))];
    if (own.includes(notice.doerResidentId)) return fail("AUTH.OWN_HOUSEHOLD", { name: (await r.residents.byId(notice.doerResidentId))?.name ?? "" });
    const now = deps.clock();
    if (!(await r.notices.confirm(notice.id, admin.actorId, now))) return fail("NOTICE.ALREADY_CONFIRMED", { number: notice.number });
    await r.audit.record({
      communityId: notice.communityId, actorId: admin.actorId, action: "notice.confirmed", subjectType: "report", subjectId: notice.reportId,
      data: { number: notice.number },
    });
    const confirmed = { ...notice, confirmerId: admin.actorId, confirmedAt: now };
    const credited = await creditNotice(r, confirmed, now, input.announce);
    const out = { notice: credited?.notice ?? confirmed, credited };
    return { ok: true as const, ...out, receipt: await queueReceipt(r, input.receipt, out, now) };
  });
}
