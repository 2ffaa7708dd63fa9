import type { Repos } from "../../app/ports.ts";
import { storageOutcome } from "../errors.ts";
import type { Db } from "./db.ts";
import { foldMerged, withMerged } from "./merged.ts";


export const ledgerRepo = (db: Db): Repos["ledger"] => ({
  append: async ({ note, at, ...line }) => {
    const existing = await db.ledgerEntry.findUnique({ where: { idempotencyKey: line.idempotencyKey }, select: { id: true } });
    if (existing) return "duplicate";
    try {
      await db.ledgerEntry.create({ data: { ...line, note: note ?? null, createdAt: at } });
      return "created";
    } catch (e) {
      if (storageOutcome(e) === "duplicate") return "duplicate";
      throw e;
    }
  },
  balance: async (residentId) =>
    (await db.ledgerEntry.aggregate({ where: { residentId: { in: await withMerged(db, residentId) } }, _sum: { points: true } }))._sum.points ?? 0,
  tally: async (communityId, from, to) => foldMerged(db, communityId, (
      await db.ledgerEntry.groupBy({
        by: ["residentId"],
        where: { communityId, kind: { in: ["deed", "reversal"] }, createdAt: { gte: from, lt: to } },
        _sum: { points: true },
        _max: { createdAt: true },
      })
    ).map((g) => ({ residentId: g.residentId, points: g._sum.points ?? 0, lastAt: g._max.createdAt ?? from }))),
});
