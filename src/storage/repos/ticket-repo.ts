import type { RewardRepos } from "../../app/reward-ports.ts";
import type { Db } from "./db.ts";
import { totalsWithMerged } from "./merged.ts";
import type { Sql } from "./sql.ts";


export const ticketRepo = (db: Db, sql: Sql): RewardRepos["tickets"] => ({
  // No read first: the idempotency key refuses a second row (one statement, not two).
  append: async (line) =>
    (await sql.run(
      `INSERT INTO "TicketEntry" ("communityId", "residentId", "tickets", "kind", "reportId", "drawId", "idempotencyKey", "createdAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("idempotencyKey") DO NOTHING`,
      [line.communityId, line.residentId, line.tickets, line.kind, line.reportId ?? null, line.drawId ?? null, line.idempotencyKey, line.createdAt ?? new Date()],
    )) === 1 ? "created" : "duplicate",
  balance: async (residentId) => (await totalsWithMerged(db, residentId, sql)).tickets,
  earnedNet: async (residentId) => (await totalsWithMerged(db, residentId, sql)).ticketsEarnedNet,
  balancesBefore: async (communityId, before) =>
    (await db.ticketEntry.groupBy({ by: ["residentId"], where: { communityId, createdAt: { lt: before } }, _sum: { tickets: true }, orderBy: { residentId: "asc" } }))
      .map((g) => ({ residentId: g.residentId, tickets: g._sum.tickets ?? 0 }))
      .filter((e) => e.tickets > 0),
  communityTotal: async (communityId) => (await db.residentTotals.aggregate({ where: { communityId }, _sum: { tickets: true } }))._sum.tickets ?? 0,
});
