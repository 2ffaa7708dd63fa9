// A community's reward settings: dynamic points per ticket, whether the shop lowers rankings,
// the target share of fixed points. Changed by the operator (`deedbank rewards`).
import { MAX_REPORT_POINTS } from "../domain/catalog.ts";
import type { RewardSettingsValues } from "../domain/tickets.ts";
import type { AppDeps } from "./deps.ts";
import { fail, type Result } from "./errors.ts";

export async function setRewardSettings(
  deps: AppDeps, communityId: number, patch: Partial<RewardSettingsValues>,
): Promise<Result<{ settings: RewardSettingsValues }>> {
  const bad = (n: number | undefined, lo: number, hi: number) => n !== undefined && (!Number.isInteger(n) || n < lo || n > hi);
  if (bad(patch.ticketRatio, 1, 1000) || bad(patch.fixedTargetPercent, 0, 100)) return fail("REWARDS.BAD_SETTING");
  // 公示: a threshold above the largest award (MAX_REPORT_POINTS) turns it off; a window of 0
  // days waits for the second approval only.
  if (bad(patch.noticeThreshold, 1, MAX_REPORT_POINTS + 1) || bad(patch.noticeDays, 0, 30)) return fail("REWARDS.BAD_SETTING");
  return deps.store.write(async (r) => {
    if (Object.keys(patch).length > 0) {
      await r.rewardSettings.set(communityId, patch);
      await r.audit.record({ communityId, actorId: null, action: "rewards.settings", subjectType: "community", subjectId: communityId, data: { ...patch } });
    }
    return { ok: true as const, settings: await r.rewardSettings.get(communityId) };
  });
}
