import { DEFAULT_REWARD_SETTINGS } from "../../domain/tickets.ts";
import type { PointsBreakdown, RewardRepos } from "../../app/reward-ports.ts";
import type { Db } from "./db.ts";
import { totalsWithMerged } from "./merged.ts";
import type { Sql } from "./sql.ts";

/** Which ledger kinds make up each part of a balance. */
export const KINDS = {
  dynamic: ["deed", "reversal", "adjustment"],
  fixed: ["fixed", "fixed_reversal"],
  spent: ["exchange"],
  tickets: ["deed", "reversal"],
} as const;

// Sums come from the running totals (ResidentTotals), never from re-summing the history.
async function breakdown(db: Db, sql: Sql, residentId: number): Promise<PointsBreakdown> {
  const { dynamic, fixed, spent } = await totalsWithMerged(db, residentId, sql);
  return { dynamic, fixed, spent };
}

async function communityBreakdown(db: Db, communityId: number): Promise<PointsBreakdown> {
  const { _sum: s } = await db.residentTotals.aggregate({ where: { communityId }, _sum: { dynamic: true, fixed: true, spent: true } });
  return { dynamic: s.dynamic ?? 0, fixed: s.fixed ?? 0, spent: s.spent ?? 0 };
}

export const pointsRepo = (db: Db, sql: Sql): RewardRepos["points"] => ({
  breakdown: (residentId) => breakdown(db, sql, residentId),
  account: async (residentId) => {
    const { dynamic, fixed, spent, balance, tickets } = await totalsWithMerged(db, residentId, sql);
    return { dynamic, fixed, spent, balance, tickets };
  },
  communityBreakdown: (communityId) => communityBreakdown(db, communityId),
  dynamicForTickets: async (residentId) => (await totalsWithMerged(db, residentId, sql)).ticketPoints,
  ticketStanding: async (communityId, residentId) => {
    // One statement in the usual case: totals, the ratio, and whether anything was merged in.
    const row = await sql.get<{ ticketPoints: number | null; ticketsEarnedNet: number | null; tickets: number | null; ticketRatio: number | null; merged: number }>(
      `SELECT t."ticketPoints", t."ticketsEarnedNet", t."tickets", s."ticketRatio", sub."n" AS "merged"
       FROM (SELECT COUNT(*) AS "n" FROM "ResidentMerge" WHERE "intoResidentId" = ?) AS sub
       LEFT JOIN "ResidentTotals" t ON t."residentId" = ?
       LEFT JOIN "RewardSettings" s ON s."communityId" = ?`,
      [residentId, residentId, communityId],
    );
    if (Number(row?.merged ?? 0) > 0) {
      // A merged pair: its tickets and the points they are earned from are added up together.
      const t = await totalsWithMerged(db, residentId, sql);
      const s = await db.rewardSettings.findUnique({ where: { communityId }, select: { ticketRatio: true } });
      return { ticketPoints: t.ticketPoints, ticketsEarnedNet: t.ticketsEarnedNet, tickets: t.tickets, ticketRatio: s?.ticketRatio ?? DEFAULT_REWARD_SETTINGS.ticketRatio };
    }
    return {
      ticketPoints: Number(row?.ticketPoints ?? 0), ticketsEarnedNet: Number(row?.ticketsEarnedNet ?? 0), tickets: Number(row?.tickets ?? 0),
      ticketRatio: Number(row?.ticketRatio ?? DEFAULT_REWARD_SETTINGS.ticketRatio),
    };
  },
  spentBetween: async (communityId, from, to) =>
    (await db.ledgerEntry.groupBy({ by: ["residentId"], where: { communityId, kind: { in: [...KINDS.spent] }, createdAt: { gte: from, lt: to } }, _sum: { points: true } }))
      .map((g) => ({ residentId: g.residentId, points: g._sum.points ?? 0 })),
});
