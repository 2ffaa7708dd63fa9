// The community report: points by kind, the share of fixed points against the scheme's
// target (about 10%), tickets outstanding, and what the shop has paid out.
import { fixedShare } from "../domain/fixed-catalog.ts";
import type { AppDeps } from "./deps.ts";
import type { CommunityRec } from "./ports.ts";
import type { PointsBreakdown } from "./reward-ports.ts";

export interface CommunityReport extends PointsBreakdown {
  community: CommunityRec; fixedPercent: number; targetPercent: number; outOfProportion: boolean; tickets: number;
}

export async function getCommunityReport(deps: AppDeps, community: CommunityRec): Promise<CommunityReport> {
  return deps.store.read(async (r) => {
    const points = await r.points.communityBreakdown(community.id);
    const { fixedTargetPercent } = await r.rewardSettings.get(community.id);
    const fixedPercent = fixedShare(points.fixed, points.dynamic);
    return {
      community, ...points, fixedPercent, targetPercent: fixedTargetPercent,
      // Twice the target (or more) means the fixed values dwarf what residents do.
      outOfProportion: points.fixed + points.dynamic > 0 && fixedPercent > fixedTargetPercent * 2,
      tickets: await r.tickets.communityTotal(community.id),
    };
  });
}
