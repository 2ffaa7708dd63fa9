import type { Repos } from "../../app/ports.ts";
import { storageOutcome } from "../errors.ts";
import type { Db } from "./db.ts";
import { foldMerged, hasMerges, totalsWithMerged } from "./merged.ts";


export const ledgerRepo = (db: Db): Repos["ledger"] => ({
  append: async ({ note, at, ...line }) => {
    // No read first: the unique key refuses a second row (one statement, not two).
    try {
      await db.ledgerEntry.create({ data: { ...line, note: note ?? null, createdAt: at } });
      return "created";
    } catch (e) {
      if (storageOutcome(e) === "duplicate") return "duplicate";
      throw e;
    }
  },
  balance: async (residentId) => (await totalsWithMerged(db, residentId)).balance,
  tally: async (communityId, from, to) => foldMerged(db, communityId, (
      await db.ledgerEntry.groupBy({
        by: ["residentId"],
        where: { communityId, kind: { in: ["deed", "reversal"] }, createdAt: { gte: from, lt: to } },
        _sum: { points: true },
        _max: { createdAt: true },
      })
    ).map((g) => ({ residentId: g.residentId, points: g._sum.points ?? 0, lastAt: g._max.createdAt ?? from }))),
  standing: async (communityId, residentId, from, to) => {
    // Merged records count as one person: rank over the folded tally (the same order as below).
    if (await hasMerges(db, communityId)) return standingFolded(db, communityId, residentId, from, to);
    const [row] = await db.$queryRaw<{ points: number | null; participants: number | bigint; ahead: number | bigint }[]>`
      WITH w AS (
        SELECT "residentId" AS rid, SUM("points") AS p, MAX("createdAt") AS last FROM "LedgerEntry"
        WHERE "communityId" = ${communityId} AND "kind" IN ('deed', 'reversal') AND "createdAt" >= ${stamp(from)} AND "createdAt" < ${stamp(to)}
        GROUP BY "residentId"
      ), me AS (SELECT p, last FROM w WHERE rid = ${residentId})
      SELECT (SELECT p FROM me) AS points,
        (SELECT COUNT(*) FROM w WHERE p > 0) AS participants,
        (SELECT COUNT(*) FROM w, me WHERE w.p > me.p OR (w.p = me.p AND (w.last < me.last OR (w.last = me.last AND w.rid < ${residentId})))) AS ahead`;
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

/** A time as Prisma writes it into SQLite text columns, so that text comparison is time order. */
const stamp = (d: Date) => d.toISOString().replace("Z", "+00:00");
