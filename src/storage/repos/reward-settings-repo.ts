import type { RewardRepos } from "../../app/reward-ports.ts";
import { DEFAULT_REWARD_SETTINGS } from "../../domain/tickets.ts";
import type { Db } from "./db.ts";

export const rewardSettingsRepo = (db: Db): RewardRepos["rewardSettings"] => ({
  get: async (communityId) => {
    const row = await db.rewardSettings.findUnique({ where: { communityId } });
    return row ? { ticketRatio: row.ticketRatio, shopLowersRanking: row.shopLowersRanking, fixedTargetPercent: row.fixedTargetPercent, noticeThreshold: row.noticeThreshold, noticeDays: row.noticeDays } : { ...DEFAULT_REWARD_SETTINGS };
  },
  set: async (communityId, patch) => {
    await db.rewardSettings.upsert({ where: { communityId }, create: { ...DEFAULT_REWARD_SETTINGS, ...patch, communityId }, update: patch });
  },
});
