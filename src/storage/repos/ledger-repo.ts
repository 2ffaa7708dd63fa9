import type { Repos } from "../../app/ports.ts";
import type { Db } from "./db.ts";
import { foldMerged, totalsWithMerged } from "./merged.ts";
import { toDateOrNull, type Sql } from "./sql.ts";


export const ledgerRepo = (db: Db, sql: Sql): Repos["ledger"] => ({
  // No read first: the idempotency key refuses a second row (one statement, not two).
  append: async ({ note, at, ...line }) =>
    (await sql.run(
      `INSERT INTO "LedgerEntry" ("communityId", "residentId", "points", "kind", "reportId", "idempotencyKey", "actorId", "note", "createdAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("idempotencyKey") DO NOTHING`,
      [line.communityId, line.residentId, line.points, line.kind, line.reportId, line.idempotencyKey, line.actorId, note ?? null, at],
    )) === 1 ? "created" : "duplicate",
  balance: async (residentId) => (await totalsWithMerged(db, residentId, sql)).balance,
  // Plain SQL (not Prisma's groupBy): a year's ranking returns a row for each of thousands of
  // residents, and Prisma's per-row cost was most of the 排行榜 年度 time (docs/scale-bench.md).
  tally: async (communityId, from, to) => foldMerged(db, communityId, (
      await sql.all<{ residentId: number; points: number | string | null; lastAt: unknown }>(
        `SELECT "residentId", SUM("points") AS "points", MAX("createdAt") AS "lastAt" FROM "LedgerEntry"
         WHERE "communityId" = ? AND "kind" IN ('deed', 'reversal') AND "createdAt" >= ? AND "createdAt" < ?
         GROUP BY "residentId"`,
        [communityId, from, to],
      )
    ).map((g) => ({ residentId: Number(g.residentId), points: Number(g.points ?? 0), lastAt: toDateOrNull(g.lastAt) ?? from }))),
  standing: async (communityId, residentId, from, to) => {
    // Merged records count as one person: rank over the folded tally (the same order as below).
    if (await sql.get(`SELECT 1 AS "x" FROM "ResidentMerge" WHERE "communityId" = ? LIMIT 1`, [communityId])) return standingFolded(db, communityId, residentId, from, to);
    const row = await sql.get<{ points: number | null; participants: number; ahead: number }>(
      `WITH w AS (
        SELECT "residentId" AS rid, SUM("points") AS p, MAX("createdAt") AS last FROM "LedgerEntry"
        WHERE "communityId" = ? AND "kind" IN ('deed', 'reversal') AND "createdAt" >= ? AND "createdAt" < ?
        GROUP BY "residentId"
      ), me AS (SELECT p, last FROM w WHERE rid = ?)
      SELECT (SELECT p FROM me) AS "points",
        (SELECT COUNT(*) FROM w WHERE p > 0) AS "participants",
        (SELECT COUNT(*) FROM w, me WHERE w.p > me.p OR (w.p = me.p AND (w.last < me.last OR (w.last = me.last AND w.rid < ?)))) AS "ahead"`,
      [communityId, from, to, residentId, residentId],
    );
    const points = Number(row?.points ?? 0);
    // The same order as domain/ranking.ts: points, then who reached them first, then resident id.
    return { points, rank: points > 0 ? Number(row?.ahead ?? 0) + 1 : null, participants: Number(row?.participants ?? 0) };
  },
});

async function standingFolded(db: Db, communityId: number, residentId: number, from: Date, to: Date) {
  const rows = await foldMerged(db, communityId, (
    await db.ledgerEntry.groupBy({
      by: ["residentId"],
      where: { communityId, kind: { in: ["deed", "reversal"] }, createdAt: { gte: from, lt: to } },
      _sum: { points: true },
      _max: { createdAt: true },
    })
  ).map((g) => ({ residentId: g.residentId, points: g._sum.points ?? 0, lastAt: g._max.createdAt ?? from })));
  const me = rows.find((r) => r.residentId === residentId);
  const points = me?.points ?? 0;
  const ahead = me
    ? rows.filter((w) => w.points > me.points || (w.points === me.points && (w.lastAt < me.lastAt || (+w.lastAt === +me.lastAt && w.residentId < residentId)))).length
    : 0;
  return { points, rank: points > 0 ? ahead + 1 : null, participants: rows.filter((w) => w.points > 0).length };
}
