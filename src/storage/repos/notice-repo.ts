import type { EventRepos, NoticeRec } from "../../app/event-ports.ts";
import type { ParsedDeed } from "../../domain/parser/index.ts";
import type { Db } from "./db.ts";
import { toDate, toDateOrNull, type Sql } from "./sql.ts";

type Row = Omit<NoticeRec, "status" | "deeds"> & { status: string; deeds: string };
const rec = ({ deeds, status, ...row }: Row): NoticeRec => ({
  ...row, deeds: JSON.parse(deeds) as ParsedDeed[], status: status === "credited" || status === "cancelled" ? status : "open",
});

type SqlRow = Omit<Row, "confirmedAt" | "windowEndsAt" | "createdAt" | "creditedAt"> & { confirmedAt: unknown; windowEndsAt: unknown; createdAt: unknown; creditedAt: unknown };
const fromSql = (r: SqlRow): NoticeRec => rec({
  ...r, id: Number(r.id), communityId: Number(r.communityId), reportId: Number(r.reportId), number: Number(r.number),
  doerResidentId: Number(r.doerResidentId), points: Number(r.points), approverId: Number(r.approverId),
  confirmerId: r.confirmerId === null ? null : Number(r.confirmerId),
  confirmedAt: toDateOrNull(r.confirmedAt), windowEndsAt: toDate(r.windowEndsAt), createdAt: toDate(r.createdAt), creditedAt: toDateOrNull(r.creditedAt),
});

/** `byNumber` (every approval) and `awaiting` (every `我的积分`) are plain SQL (sql.ts, issue 14). */
export const noticeRepo = (db: Db, sql: Sql): EventRepos["notices"] => ({
  create: async ({ at, deeds, ...n }) => rec(await db.publicNotice.create({ data: { ...n, deeds: JSON.stringify(deeds), createdAt: at } })),
  byNumber: async (communityId, number) => {
    const row = await sql.get<SqlRow>(`SELECT * FROM "PublicNotice" WHERE "communityId" = ? AND "number" = ?`, [communityId, number]);
    return row ? fromSql(row) : null;
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
    // doers (DeedReportDoer), and they wait for the same points. One statement.
    const row = await sql.get<{ total: number | null }>(
      `SELECT SUM(n."points") AS "total" FROM "PublicNotice" n WHERE n."status" = 'open'
        AND (n."doerResidentId" = ? OR n."reportId" IN (SELECT d."reportId" FROM "DeedReportDoer" d WHERE d."residentId" = ?))`,
      [residentId, residentId],
    );
    return Number(row?.total ?? 0);
  },
});
