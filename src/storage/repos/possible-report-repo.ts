import type { PossibleReportRec, PossibleReportRepos } from "../../app/possible-report-ports.ts";
import type { ParsedDeed } from "../../domain/parser/index.ts";
import type { Db } from "./db.ts";

type Row = Omit<PossibleReportRec, "deeds" | "status" | "senderName"> & { deeds: string; status: string };

async function withNames(db: Db, rows: Row[]): Promise<PossibleReportRec[]> {
  const ids = [...new Set(rows.map((r) => r.senderIdentityId))];
  const names = new Map((await db.chatIdentity.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } }))
    .map((i) => [i.id, i.displayName]));
  return rows.map(({ deeds, status, ...r }) => ({
    ...r,
    senderName: names.get(r.senderIdentityId) ?? "?",
    deeds: JSON.parse(deeds) as ParsedDeed[],
    status: status === "promoted" ? "promoted" : "open",
  }));
}

const one = async (db: Db, row: Row | null): Promise<PossibleReportRec | null> => (row ? (await withNames(db, [row]))[0] ?? null : null);

export const possibleReportRepo = (db: Db): PossibleReportRepos["possibleReports"] => ({
  create: async ({ deeds, at, ...p }) => {
    if (p.externalMessageId) {
      const again = await db.possibleReport.findUnique({
        where: { platform_externalChatId_externalMessageId: { platform: p.platform, externalChatId: p.externalChatId, externalMessageId: p.externalMessageId } },
      });
      if (again) return (await one(db, again)) as PossibleReportRec;
    }
    return (await one(db, await db.possibleReport.create({ data: { ...p, deeds: JSON.stringify(deeds), createdAt: at } }))) as PossibleReportRec;
  },
  byId: async (id) => one(db, await db.possibleReport.findUnique({ where: { id } })),
  byMessage: async (platform, externalChatId, externalMessageId) => one(db, await db.possibleReport.findUnique({
    where: { platform_externalChatId_externalMessageId: { platform, externalChatId, externalMessageId } },
  })),
  open: async (communityId, gridIds, limit) => withNames(db, await db.possibleReport.findMany({
    where: { communityId, status: "open", ...(gridIds ? { gridId: { in: gridIds } } : {}) },
    orderBy: { createdAt: "asc" },
    take: limit,
  })),
  markPromoted: async (id, reportId, at) =>
    (await db.possibleReport.updateMany({ where: { id, status: "open" }, data: { status: "promoted", reportId, decidedAt: at } })).count === 1,
});
