import type { PointsBreakdown, RewardRepos } from "../../app/reward-ports.ts";
import type { Db } from "./db.ts";
import { withMerged } from "./merged.ts";

/** Which ledger kinds make up each part of a balance. */
export const KINDS = {
  dynamic: ["deed", "reversal", "adjustment"],
  fixed: ["fixed", "fixed_reversal"],
  spent: ["exchange"],
  tickets: ["deed", "reversal"],
} as const;

async function breakdown(db: Db, where: { residentId: { in: number[] } } | { communityId: number }): Promise<PointsBreakdown> {
  const groups = await db.ledgerEntry.groupBy({ by: ["kind"], where, _sum: { points: true } });
  const sum = (kinds: readonly string[]) => groups.filter((g) => kinds.includes(g.kind)).reduce((s, g) => s + (g._sum.points ?? 0), 0);
  return { dynamic: sum(KINDS.dynamic), fixed: sum(KINDS.fixed), spent: sum(KINDS.spent) };
}

export const pointsRepo = (db: Db): RewardRepos["points"] => ({
  breakdown: async (residentId) => breakdown(db, { residentId: { in: await withMerged(db, residentId) } }),
  communityBreakdown: (communityId) => breakdown(db, { communityId }),
  dynamicForTickets: async (residentId) =>
    (await db.ledgerEntry.aggregate({ where: { residentId: { in: await withMerged(db, residentId) }, kind: { in: [...KINDS.tickets] } }, _sum: { points: true } }))._sum.points ?? 0,
  spentBetween: async (communityId, from, to) =>
    (await db.ledgerEntry.groupBy({ by: ["residentId"], where: { communityId, kind: { in: [...KINDS.spent] }, createdAt: { gte: from, lt: to } }, _sum: { points: true } }))
      .map((g) => ({ residentId: g.residentId, points: g._sum.points ?? 0 })),
});
