import type { EventRepos, NoticeRec } from "../../app/event-ports.ts";
import type { ParsedDeed } from "../../domain/parser/index.ts";
import type { Db } from "./db.ts";

type Row = Omit<NoticeRec, "status" | "deeds"> & { status: string; deeds: string };
const rec = ({ deeds, status, ...row }: Row): NoticeRec => ({
  ...row, deeds: JSON.parse(deeds) as ParsedDeed[], status: status === "credited" || status === "cancelled" ? status : "open",
});

export const noticeRepo = (db: Db): EventRepos["notices"] => ({
  create: async ({ at, deeds, ...n }) => rec(await db.publicNotice.create({ data: { ...n, deeds: JSON.stringify(deeds), createdAt: at } })),
  byNumber: async (communityId, number) => {
    const row = await db.publicNotice.findUnique({ where: { communityId_number: { communityId, number } } });
    return row ? rec(row) : null;
  },
  confirm: async (id, confirmerId, at) =>
    (await db.publicNotice.updateMany({ where: { id, status: "open", confirmerId: null }, data: { confirmerId, confirmedAt: at } })).count === 1,
  markCredited: async (id, at) =>
    (await db.publicNotice.updateMany({ where: { id, status: "open" }, data: { status: "credited", creditedAt: at } })).count === 1,
  cancel: async (reportId) => {
    await db.publicNotice.updateMany({ where: { reportId, status: "open" }, data: { status: "cancelled" } });
  },
  due: async (now, limit) =>
    (await db.publicNotice.findMany({ where: { status: "open", confirmerId: { not: null }, windowEndsAt: { lte: now } }, orderBy: { id: "asc" }, take: limit })).map(rec),
  awaiting: async (residentId) => {
    // The notice names the first doer; a report approved for several keeps the others as its
    // doers (DeedReportDoer), and they wait for the same points.
    const alsoDoer = (await db.deedReportDoer.findMany({ where: { residentId }, select: { reportId: true } })).map((d) => d.reportId);
    const where = alsoDoer.length > 0
      ? { status: "open", OR: [{ doerResidentId: residentId }, { reportId: { in: alsoDoer } }] }
      : { status: "open", doerResidentId: residentId };
    return (await db.publicNotice.aggregate({ where, _sum: { points: true } }))._sum.points ?? 0;
  },
});
