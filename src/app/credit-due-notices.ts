// 公示: the scheduled side of the landing. Each open, confirmed notice whose window is over is
// credited in a transaction of its own (credit-notice.ts), so one bad notice does not hold
// back the others, and a concurrent confirm of the same notice credits it once.
import type { AppDeps } from "./deps.ts";
import { creditNotice, type NoticeCredited } from "./credit-notice.ts";
import type { NoticeRec } from "./event-ports.ts";
import type { CommunityRec, OutboxDraft } from "./ports.ts";

export async function creditDueNotices(
  deps: AppDeps, opts: { now: Date; dryRun?: boolean; announce: (c: NoticeCredited, community: CommunityRec) => OutboxDraft[] },
): Promise<{ due: NoticeRec[]; credited: NoticeCredited[] }> {
  const due = await deps.store.read((r) => r.notices.due(opts.now, 500));
  if (opts.dryRun) return { due, credited: [] };
  const credited: NoticeCredited[] = [];
  for (const n of due) {
    const done = await deps.store.write(async (r) => {
      const community = await r.communities.byId(n.communityId);
      const fresh = await r.notices.byNumber(n.communityId, n.number);
      return fresh && community ? creditNotice(r, fresh, opts.now, (c) => opts.announce(c, community)) : null;
    });
    if (done) credited.push(done);
  }
  return { due, credited };
}
