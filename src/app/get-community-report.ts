// The community report: points by kind, the share of fixed points against the scheme's
// target (about 10%), tickets outstanding, and what the shop has paid out.
import { fixedShare } from "../domain/fixed-catalog.ts";
import { authorize, type Actor } from "./actor.ts";
import type { AppDeps } from "./deps.ts";
import { ok, type Result } from "./errors.ts";
import type { CommunityRec } from "./ports.ts";
import type { PointsBreakdown } from "./reward-ports.ts";

export interface CommunityReport extends PointsBreakdown {
  community: CommunityRec; fixedPercent: number; targetPercent: number; outOfProportion: boolean; tickets: number;
}

/** For the community's staff (grid workers and admins); "operator" at the command line. */
export async function getCommunityReport(deps: AppDeps, community: CommunityRec, actor: Actor | "operator"): Promise<Result<CommunityReport>> {
  const allowed = authorize(actor, { kind: "staff", communityId: community.id });
  if (!allowed.ok) return allowed;
  return deps.store.read(async (r) => {
    const points = await r.points.communityBreakdown(community.id);
    const { fixedTargetPercent } = await r.rewardSettings.get(community.id);
    const fixedPercent = fixedShare(points.fixed, points.dynamic);
    return ok({
      community, ...points, fixedPercent, targetPercent: fixedTargetPercent,
      // Twice the target (or more) means the fixed values dwarf what residents do.
      outOfProportion: points.fixed + points.dynamic > 0 && fixedPercent > fixedTargetPercent * 2,
      tickets: await r.tickets.communityTotal(community.id),
    });
  });
}
