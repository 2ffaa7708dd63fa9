// `deedbank rewards [--ticket-ratio N] [--shop-lowers-ranking yes|no] [--fixed-target N] [--notice-threshold N] [--notice-days N]`:
// shows the reward settings, changing those given.
import { setRewardSettings } from "../../app/set-reward-settings.ts";
import type { RewardSettingsValues } from "../../domain/tickets.ts";
import type { App } from "../../create-app.ts";
import { CliError } from "./catalog.ts";
import { failed, rewardCommunity } from "./reward-community.ts";

export interface RewardSettingsOpts { ticketRatio?: string; shopLowersRanking?: string; fixedTarget?: string; noticeThreshold?: string; noticeDays?: string; community?: string }

const yesNo = (v: string): boolean => {
  if (/^(yes|true|1|是)$/i.test(v)) return true;
  if (/^(no|false|0|否)$/i.test(v)) return false;
  throw new CliError(`--shop-lowers-ranking: give yes or no, not "${v}"`);
};

export async function rewardSettings(app: App, opts: RewardSettingsOpts): Promise<string> {
  const { community, t } = await rewardCommunity(app, opts.community);
  const patch: Partial<RewardSettingsValues> = {
    ...(opts.ticketRatio !== undefined ? { ticketRatio: Number(opts.ticketRatio) } : {}),
    ...(opts.fixedTarget !== undefined ? { fixedTargetPercent: Number(opts.fixedTarget) } : {}),
    ...(opts.noticeThreshold !== undefined ? { noticeThreshold: Number(opts.noticeThreshold) } : {}),
    ...(opts.noticeDays !== undefined ? { noticeDays: Number(opts.noticeDays) } : {}),
    ...(opts.shopLowersRanking !== undefined ? { shopLowersRanking: yesNo(opts.shopLowersRanking) } : {}),
  };
  const res = await setRewardSettings(app.deps, community.id, patch);
  if (!res.ok) throw failed(t, res.code, res.params);
  const s = res.settings;
  return [
    `${community.name}:`,
    `  ticket ratio: ${s.ticketRatio} dynamic points → 1 ticket (odd points carry over)`,
    `  shop lowers ranking: ${s.shopLowersRanking ? "yes" : "no"}`,
    `  fixed points target: ${s.fixedTargetPercent}%`,
    `  public notice (公示): awards of ${s.noticeThreshold} points or more, up for ${s.noticeDays} days`,
  ].join("\n");
}
