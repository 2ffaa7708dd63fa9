import type { ApprovedDeedRec, HonourRepo } from "../../app/ports.ts";
import type { ParsedDeed } from "../../domain/parser/index.ts";
import { storageOutcome } from "../errors.ts";
import type { Db } from "./db.ts";
import { foldMerged } from "./merged.ts";


const APPROVED = {
  id: true, gridId: true, awardedPoints: true, decidedAt: true, deeds: true, doerResidentId: true,
  doers: { select: { residentId: true }, orderBy: { position: "asc" } },
} as const;

/** Everyone a report credited: each doer of a report naming several, else its one doer. */
const creditedIds = (r: { doerResidentId: number | null; doers: { residentId: number | null }[] }): number[] => {
  const several = r.doers.map((d) => d.residentId).filter((id): id is number => id !== null);
  return several.length > 1 ? several : [r.doerResidentId as number];
};

export const honourRepo = (db: Db): HonourRepo => ({
  approvedBetween: async (communityId, from, to) => {
    const rows = await db.deedReport.findMany({
      where: { communityId, status: "approved", decidedAt: { gte: from, lt: to }, doerResidentId: { not: null } },
      select: APPROVED,
      orderBy: { decidedAt: "asc" },
    });
    const doers = new Map(
      (await db.resident.findMany({
        where: { id: { in: [...new Set(rows.flatMap(creditedIds))] } },
        select: { id: true, gridId: true },
      })).map((r) => [r.id, r.gridId]),
    );
    return [...rows.flatMap((r) => creditedIds(r).map((residentId) => ({
      reportId: r.id,
      residentId,
      gridId: doers.get(residentId) ?? r.gridId,
      points: r.awardedPoints ?? 0,
      approvedAt: r.decidedAt as Date,
      deeds: JSON.parse(r.deeds) as ParsedDeed[],
    }))), ...(await eventCredits(db, communityId, from, to))].sort((a, b) => +a.approvedAt - +b.approvedAt);
  },
  // From the running totals (as many rows as residents who earned, however long the history),
  // with merged records added to the record they count as.
  earnedTotals: async (communityId) => foldMerged(db, communityId,
    (
      await db.residentTotals.findMany({ where: { communityId, earned: { gt: 0 } }, select: { residentId: true, earned: true, lastEarnedAt: true } })
    ).map((t) => ({ residentId: t.residentId, points: t.earned, lastAt: t.lastEarnedAt ?? new Date(0) }))),
  recordPost: async (key, dedupeKey) => {
    const where = { job_period_chatGroupId: key };
    if (await db.scheduledPost.findUnique({ where, select: { id: true } })) return "duplicate";
    try {
      await db.scheduledPost.create({ data: { ...key, dedupeKey } });
      return "created";
    } catch (e) {
      if (storageOutcome(e) === "duplicate") return "duplicate";
      throw e;
    }
  },
  postedGroups: async (job, period) =>
    (await db.scheduledPost.findMany({ where: { job, period }, select: { chatGroupId: true } })).map((p) => p.chatGroupId),
});

/** Credits of the events closed in [from, to), one per attendee credited (issue 11). */
async function eventCredits(db: Db, communityId: number, from: Date, to: Date): Promise<ApprovedDeedRec[]> {
  const rows = await db.eventAttendee.findMany({
    where: { creditedPoints: { gt: 0 }, event: { communityId, status: "closed", closedAt: { gte: from, lt: to } } },
    select: { residentId: true, creditedPoints: true, event: { select: { gridId: true, closedAt: true, category: true, quantity: true } } },
  });
  const grids = new Map((await db.resident.findMany({ where: { id: { in: [...new Set(rows.map((a) => a.residentId))] } }, select: { id: true, gridId: true } }))
    .map((r) => [r.id, r.gridId]));
  return rows.map((a) => ({
    reportId: null,
    residentId: a.residentId,
    gridId: grids.get(a.residentId) ?? a.event.gridId,
    points: a.creditedPoints ?? 0,
    approvedAt: a.event.closedAt as Date,
    deeds: [{ category: a.event.category, quantity: a.event.quantity, points: a.creditedPoints ?? 0 }],
  }));
}
