// `deedbank report`: points by kind and the share of fixed points against the target (~10%).
import { getCommunityReport } from "../../app/get-community-report.ts";
import { renderCommunityReport } from "../../chat/render/community-report.ts";
import type { App } from "../../create-app.ts";
import { rewardCommunity } from "./reward-community.ts";

export async function pointsReport(app: App, opts: { community?: string; json?: boolean }): Promise<string> {
  const { community, t } = await rewardCommunity(app, opts.community);
  const report = await getCommunityReport(app.deps, community, "operator");
  if (!report.ok) throw new Error(report.code); // the operator is always allowed
  if (opts.json) return JSON.stringify({ ...report, ok: undefined, community: community.slug }, null, 2);
  return renderCommunityReport(t, report);
}
