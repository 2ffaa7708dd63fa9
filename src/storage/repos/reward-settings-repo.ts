import type { RewardRepos } from "../../app/reward-ports.ts";
import { DEFAULT_REWARD_SETTINGS } from "../../domain/tickets.ts";
import type { Db } from "./db.ts";
import type { Sql } from "./sql.ts";

type Row = { ticketRatio: number; shopLowersRanking: boolean | number; fixedTargetPercent: number; noticeThreshold: number; noticeDays: number };

/** `get` runs on every approval (公示 threshold, ticket ratio): plain SQL (sql.ts, issue 14). */
export const rewardSettingsRepo = (db: Db, sql: Sql): RewardRepos["rewardSettings"] => ({
  get: async (communityId) => {
    const row = await sql.get<Row>(
      `SELECT "ticketRatio", "shopLowersRanking", "fixedTargetPercent", "noticeThreshold", "noticeDays" FROM "RewardSettings" WHERE "communityId" = ?`,
      [communityId],
    );
    return row
      ? { ticketRatio: Number(row.ticketRatio), shopLowersRanking: row.shopLowersRanking === true || Number(row.shopLowersRanking) === 1, fixedTargetPercent: Number(row.fixedTargetPercent), noticeThreshold: Number(row.noticeThreshold), noticeDays: Number(row.noticeDays) }
      : { ...DEFAULT_REWARD_SETTINGS };
  },
  set: async (communityId, patch) => {
    await db.rewardSettings.upsert({ where: { communityId }, create: { ...DEFAULT_REWARD_SETTINGS, ...patch, communityId }, update: patch });
  },
});
