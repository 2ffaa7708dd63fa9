import type { ReportRec, Repos } from "../../app/ports.ts";
import type { ParsedDeed } from "../../domain/parser/index.ts";
import type { ReportStatus } from "../../domain/report-rules.ts";
import type { Db } from "./db.ts";

const REPORT = {
  id: true, communityId: true, number: true, gridId: true, chatGroupId: true, platform: true,
  externalChatId: true, externalMessageId: true, senderIdentityId: true, senderResidentId: true,
  rawText: true, deeds: true, suggestedPoints: true, doerName: true, doerResidentId: true, status: true,
  awardedPoints: true, reviewerId: true, reason: true, createdAt: true, decidedAt: true,
  enteredById: true, duplicateOf: true, mergedInto: true,
  senderIdentity: { select: { displayName: true, locale: true } },
  doers: { select: { position: true, name: true, residentId: true }, orderBy: { position: "asc" } },
} as const;

type Row = Omit<ReportRec, "deeds" | "status" | "senderName" | "senderLocale"> & {
  deeds: string; status: string; senderIdentity: { displayName: string; locale: string | null };
};

const toReport = ({ senderIdentity, deeds, status, ...r }: Row): ReportRec => ({
  ...r,
  senderName: senderIdentity.displayName,
  senderLocale: senderIdentity.locale,
  deeds: JSON.parse(deeds) as ParsedDeed[],
  status: status as ReportStatus,
});

export const reportRepo = (db: Db): Repos["reports"] => ({
  create: async ({ deeds, at, doers, ...r }) => {
    const number = (
      await db.community.update({ where: { id: r.communityId }, data: { reportSeq: { increment: 1 } }, select: { reportSeq: true } })
    ).reportSeq;
    const several = doers && doers.length > 1 ? { doers: { create: doers.map((name, position) => ({ position, name })) } } : {};
    return toReport(await db.deedReport.create({ data: { ...r, ...several, number, deeds: JSON.stringify(deeds), createdAt: at }, select: REPORT }));
  },
  setDoers: async (reportId, doers) => {
    await db.deedReportDoer.deleteMany({ where: { reportId } });
    if (doers.length > 0) await db.deedReportDoer.createMany({ data: doers.map((d) => ({ reportId, ...d })) });
  },
  byNumber: async (communityId, number) => {
    const r = await db.deedReport.findUnique({ where: { communityId_number: { communityId, number } }, select: REPORT });
    return r ? toReport(r) : null;
  },
  byMessage: async (platform, externalChatId, externalMessageId) => {
    const r = await db.deedReport.findUnique({
      where: { platform_externalChatId_externalMessageId: { platform, externalChatId, externalMessageId } },
      select: REPORT,
    });
    return r ? toReport(r) : null;
  },
  transition: async (id, from, { deeds, ...patch }) =>
    (await db.deedReport.updateMany({ where: { id, status: from }, data: { ...patch, ...(deeds ? { deeds: JSON.stringify(deeds) } : {}) } }))
      .count === 1,
  pending: async (communityId, gridIds, limit) =>
    (
      await db.deedReport.findMany({
        where: { communityId, status: "pending", ...(gridIds ? { gridId: { in: gridIds } } : {}) },
        orderBy: { createdAt: "asc" },
        take: limit,
        select: REPORT,
      })
    ).map(toReport),
  countBySenderSince: (senderIdentityId, since) =>
    db.deedReport.count({ where: { senderIdentityId, createdAt: { gte: since } } }),
  recentBySender: (senderIdentityId, since) => recent(db, { senderIdentityId }, since),
  recentInGrid: (gridId, since) => recent(db, { gridId }, since),
});

const recent = async (db: Db, where: { senderIdentityId?: number; gridId?: number }, since: Date) =>
  (
    await db.deedReport.findMany({
      where: { ...where, createdAt: { gte: since }, status: { in: ["pending", "approved"] } },
      select: REPORT,
      take: 500,
    })
  ).map(toReport);
