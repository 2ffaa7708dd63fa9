import type { RewardRepos } from "../../app/reward-ports.ts";
import { storageOutcome } from "../errors.ts";
import type { Db } from "./db.ts";
import { totalsWithMerged } from "./merged.ts";


export const ticketRepo = (db: Db): RewardRepos["tickets"] => ({
  append: async (line) => {
    // No read first: the unique key refuses a second row (one statement, not two).
    try {
      await db.ticketEntry.create({ data: { ...line, reportId: line.reportId ?? null, drawId: line.drawId ?? null } });
      return "created";
    } catch (e) {
      if (storageOutcome(e) === "duplicate") return "duplicate";
      throw e;
    }
  },
  balance: async (residentId) => (await totalsWithMerged(db, residentId)).tickets,
  earnedNet: async (residentId) => (await totalsWithMerged(db, residentId)).ticketsEarnedNet,
  balancesBefore: async (communityId, before) =>
    (await db.ticketEntry.groupBy({ by: ["residentId"], where: { communityId, createdAt: { lt: before } }, _sum: { tickets: true }, orderBy: { residentId: "asc" } }))
      .map((g) => ({ residentId: g.residentId, tickets: g._sum.tickets ?? 0 }))
      .filter((e) => e.tickets > 0),
  communityTotal: async (communityId) => (await db.residentTotals.aggregate({ where: { communityId }, _sum: { tickets: true } }))._sum.tickets ?? 0,
});
