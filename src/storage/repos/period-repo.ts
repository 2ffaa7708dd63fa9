// What happened in a period, for the office's ledger export and monthly report.
import type { PeriodData } from "../../app/register-ports.ts";
import type { Db } from "./db.ts";

type Deeds = { category: string; quantity: number; points: number }[];

export async function periodData(db: Db, communityId: number, from: Date, to: Date): Promise<PeriodData> {
  const between = { gte: from, lt: to };
  const people = await db.resident.findMany({ where: { communityId }, select: { id: true, name: true, gridId: true, grid: { select: { name: true } } } });
  const who = new Map(people.map((p) => [p.id, p]));
  const ledger = await db.ledgerEntry.findMany({
    where: { communityId, createdAt: between }, orderBy: { id: "asc" },
    select: { id: true, createdAt: true, residentId: true, points: true, kind: true, note: true, actorId: true, report: { select: { number: true, deeds: true, reviewerId: true } } },
  });
  const reports = await db.deedReport.findMany({
    where: { communityId, createdAt: between },
    select: { gridId: true, status: true, createdAt: true, decidedAt: true, awardedPoints: true, doerResidentId: true, deeds: true },
  });
  const exchanges = await db.shopExchange.findMany({ where: { communityId, createdAt: between }, select: { price: true, item: { select: { name: true } } } });
  const draws = await db.draw.findMany({ where: { communityId, status: "drawn", drawnAt: between }, select: { title: true, drawnAt: true, entries: true, winners: { select: { id: true } } } });
  return {
    ledger: ledger.map((l) => {
      const reviewer = l.report?.reviewerId ?? l.actorId;
      return {
        id: l.id, at: l.createdAt, residentId: l.residentId, residentName: who.get(l.residentId)?.name ?? "", gridName: who.get(l.residentId)?.grid?.name ?? null,
        points: l.points, kind: l.kind, reportNumber: l.report?.number ?? null, deeds: l.report ? (JSON.parse(l.report.deeds) as Deeds) : null,
        reviewerName: reviewer ? (who.get(reviewer)?.name ?? null) : null, note: l.note,
      };
    }),
    reports: reports.map((r) => ({ ...r, deeds: JSON.parse(r.deeds) as Deeds })),
    gridOf: new Map(people.map((p) => [p.id, p.gridId])),
    exchanges: exchanges.map((e) => ({ item: e.item.name, price: e.price })),
    draws: draws.map((d) => ({
      title: d.title, drawnAt: d.drawnAt as Date, winners: d.winners.length,
      tickets: ((d.entries ? JSON.parse(d.entries) : []) as { tickets: number }[]).reduce((s, e) => s + e.tickets, 0),
    })),
  };
}
