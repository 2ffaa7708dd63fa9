// Reports: the statements every report and decision runs are plain SQL (sql.ts, issue 14).
import type { ReportDoerRec, ReportRec, Repos } from "../../app/ports.ts";
import type { ParsedDeed } from "../../domain/parser/index.ts";
import type { ReportStatus } from "../../domain/report-rules.ts";
import { sqlLimit, toDate, toDateOrNull, type Sql, type SqlValue } from "./sql.ts";

/** A report with its sender's name and language (one join, not a second statement). */
const SELECT_REPORT = `SELECT r."id", r."communityId", r."number", r."gridId", r."chatGroupId", r."platform", r."externalChatId",
  r."externalMessageId", r."senderIdentityId", r."senderResidentId", r."rawText", r."deeds", r."suggestedPoints", r."doerName",
  r."doerResidentId", r."status", r."awardedPoints", r."reviewerId", r."reason", r."createdAt", r."decidedAt",
  r."enteredById", r."duplicateOf", r."mergedInto",
  i."displayName" AS "senderName", i."locale" AS "senderLocale",
  CASE WHEN EXISTS (SELECT 1 FROM "DeedReportDoer" d WHERE d."reportId" = r."id") THEN 1 ELSE 0 END AS "hasDoers",
  CASE WHEN EXISTS (SELECT 1 FROM "PublicNotice" n WHERE n."reportId" = r."id" AND n."status" = 'open') THEN 1 ELSE 0 END AS "inNotice"
  FROM "DeedReport" r JOIN "ChatIdentity" i ON i."id" = r."senderIdentityId"`;

type Row = Omit<ReportRec, "deeds" | "status" | "createdAt" | "decidedAt" | "doers"> & { deeds: string; status: string; createdAt: unknown; decidedAt: unknown; hasDoers?: unknown; inNotice?: unknown };
type DoerRow = ReportDoerRec & { reportId: number };

/**
 * Field by field, not `{ deeds, ..., ...rest }`: an object rest over a driver's row of ~28
 * columns cost 35-39 us a row in V8, field by field 3-5 us (issue 14: a busy grid's duplicate
 * check reads a few dozen reports per message).
 */
const toReport = (x: Row, doers: ReportDoerRec[]): ReportRec => ({
  id: x.id, communityId: x.communityId, number: x.number, gridId: x.gridId, chatGroupId: x.chatGroupId,
  platform: x.platform, externalChatId: x.externalChatId, externalMessageId: x.externalMessageId,
  senderIdentityId: x.senderIdentityId, senderResidentId: x.senderResidentId, senderName: x.senderName, senderLocale: x.senderLocale,
  rawText: x.rawText, deeds: JSON.parse(x.deeds) as ParsedDeed[], suggestedPoints: x.suggestedPoints, doerName: x.doerName,
  doerResidentId: x.doerResidentId, status: x.status as ReportStatus, awardedPoints: x.awardedPoints, reviewerId: x.reviewerId,
  reason: x.reason, createdAt: toDate(x.createdAt), decidedAt: toDateOrNull(x.decidedAt), inNotice: Number(x.inNotice) === 1,
  doers, enteredById: x.enteredById, duplicateOf: x.duplicateOf, mergedInto: x.mergedInto,
});

/** "category:quantity" of a report of one deed, SEVERAL otherwise (the same-grid duplicate check's index key). */
const SEVERAL = "*";
const deedKeyOf = (deeds: readonly Pick<ParsedDeed, "category" | "quantity">[]): string => {
  const [only] = deeds;
  return deeds.length === 1 && only ? deedKey(only) : SEVERAL;
};
const deedKey = (d: Pick<ParsedDeed, "category" | "quantity">): string => `${d.category}:${JSON.stringify(d.quantity)}`;

/** The columns a transition may set (a fixed list: names are never taken from input). */
const PATCHABLE = ["status", "reviewerId", "reason", "awardedPoints", "doerResidentId", "decidedAt", "deeds", "mergedInto"] as const;

export const reportRepo = (sql: Sql): Repos["reports"] => {
  /** The doers of reports naming several (one statement for all the rows read). */
  const doersOf = async (ids: number[]): Promise<Map<number, ReportDoerRec[]>> => {
    const out = new Map<number, ReportDoerRec[]>();
    if (ids.length === 0) return out;
    const rows = await sql.all<DoerRow>(
      `SELECT "reportId", "position", "name", "residentId" FROM "DeedReportDoer" WHERE "reportId" IN (${ids.map(() => "?").join(", ")}) ORDER BY "reportId", "position"`,
      ids,
    );
    for (const { reportId, ...d } of rows) out.set(Number(reportId), [...(out.get(Number(reportId)) ?? []), { position: Number(d.position), name: d.name, residentId: d.residentId === null ? null : Number(d.residentId) }]);
    return out;
  };
  const many = async (where: string, params: SqlValue[]) => {
    const rows = await sql.all<Row>(`${SELECT_REPORT} WHERE ${where}`, params);
    // Most reports name one doer and have no DeedReportDoer rows: the second statement only when some do.
    const doers = await doersOf(rows.filter((r) => Number(r.hasDoers) === 1).map((r) => Number(r.id)));
    return rows.map((r) => toReport(r, doers.get(Number(r.id)) ?? []));
  };
  const one = async (where: string, params: SqlValue[]) => (await many(where, params))[0] ?? null;
  return {
    create: async ({ deeds, at, doers, sender, ...r }) => {
      const seq = await sql.get<{ reportSeq: number }>(`UPDATE "Community" SET "reportSeq" = "reportSeq" + 1 WHERE "id" = ? RETURNING "reportSeq"`, [r.communityId]);
      if (!seq) throw new Error(`no community ${r.communityId}`);
      const made = await sql.get<{ id: number }>(
        `INSERT INTO "DeedReport" ("communityId", "number", "gridId", "chatGroupId", "platform", "externalChatId", "externalMessageId",
          "senderIdentityId", "senderResidentId", "rawText", "deeds", "deedKey", "suggestedPoints", "doerName", "status", "createdAt", "updatedAt",
          "enteredById", "duplicateOf", "doerResidentId")
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?) RETURNING "id"`,
        [r.communityId, seq.reportSeq, r.gridId, r.chatGroupId, r.platform, r.externalChatId, r.externalMessageId, r.senderIdentityId,
          r.senderResidentId, r.rawText, JSON.stringify(deeds), deedKeyOf(deeds), r.suggestedPoints, r.doerName, at, new Date(),
          r.enteredById ?? null, r.duplicateOf ?? null, r.doerResidentId ?? null],
      );
      if (made && doers && doers.length > 1) {
        for (const [position, name] of doers.entries()) {
          await sql.run(`INSERT INTO "DeedReportDoer" ("reportId", "position", "name") VALUES (?, ?, ?)`, [made.id, position, name]);
        }
      }
      if (!made) throw new Error("the new report was not created");
      if (sender) {
        // Everything is known: what was just written (status pending, undecided, not in 公示).
        return {
          id: Number(made.id), communityId: r.communityId, number: Number(seq.reportSeq), gridId: r.gridId, chatGroupId: r.chatGroupId,
          platform: r.platform, externalChatId: r.externalChatId, externalMessageId: r.externalMessageId,
          senderIdentityId: r.senderIdentityId, senderResidentId: r.senderResidentId, senderName: sender.displayName, senderLocale: sender.locale,
          rawText: r.rawText, deeds, suggestedPoints: r.suggestedPoints, doerName: r.doerName, doerResidentId: r.doerResidentId ?? null,
          status: "pending", awardedPoints: null, reviewerId: null, reason: null, createdAt: at, decidedAt: null, inNotice: false,
          doers: doers && doers.length > 1 ? doers.map((name, position) => ({ position, name, residentId: null })) : [],
          enteredById: r.enteredById ?? null, duplicateOf: r.duplicateOf ?? null, mergedInto: null,
        };
      }
      const report = await one(`r."id" = ?`, [made.id]);
      if (!report) throw new Error("the new report was not found");
      return report;
    },
    setDoers: async (reportId, doers) => {
      await sql.run(`DELETE FROM "DeedReportDoer" WHERE "reportId" = ?`, [reportId]);
      for (const d of doers) {
        await sql.run(`INSERT INTO "DeedReportDoer" ("reportId", "position", "name", "residentId") VALUES (?, ?, ?, ?)`, [reportId, d.position, d.name, d.residentId]);
      }
    },
    byNumber: (communityId, number) => one(`r."communityId" = ? AND r."number" = ?`, [communityId, number]),
    byMessage: (platform, externalChatId, externalMessageId) =>
      one(`r."platform" = ? AND r."externalChatId" = ? AND r."externalMessageId" = ?`, [platform, externalChatId, externalMessageId]),
    transition: async (id, from, patch) => {
      const set: string[] = [`"updatedAt" = ?`];
      const params: SqlValue[] = [new Date()];
      for (const k of PATCHABLE) {
        if (patch[k] === undefined) continue;
        set.push(`"${k}" = ?`);
        params.push(k === "deeds" ? JSON.stringify(patch.deeds) : (patch[k] as SqlValue));
      }
      // The deeds' index key follows the deeds.
      if (patch.deeds !== undefined) {
        set.push(`"deedKey" = ?`);
        params.push(deedKeyOf(patch.deeds));
      }
      return (await sql.run(`UPDATE "DeedReport" SET ${set.join(", ")} WHERE "id" = ? AND "status" = ?`, [...params, id, from])) === 1;
    },
    // A report held in 公示 (issue 11) waits for an admin's confirm, not for a reviewer.
    pending: (communityId, gridIds, limit) =>
      many(
        `r."communityId" = ? AND r."status" = 'pending' AND NOT EXISTS (SELECT 1 FROM "PublicNotice" n WHERE n."reportId" = r."id" AND n."status" = 'open')${gridIds ? ` AND r."gridId" IN (${gridIds.map(() => "?").join(", ") || "NULL"})` : ""} ORDER BY r."createdAt" ASC, r."id" ASC LIMIT ${sqlLimit(limit)}`,
        [communityId, ...(gridIds ?? [])],
      ),
    countBySenderSince: async (senderIdentityId, since) =>
      Number((await sql.get<{ n: number }>(`SELECT COUNT(*) AS "n" FROM "DeedReport" WHERE "senderIdentityId" = ? AND "createdAt" >= ?`, [senderIdentityId, since]))?.n ?? 0),
    bySenderSince: (senderIdentityId, since, limit) =>
      // No ORDER BY: the index gives them by time anyway, and a sort costs more than the read (a temp B-tree per call).
      many(`r."senderIdentityId" = ? AND r."createdAt" >= ? LIMIT ${sqlLimit(limit)}`, [senderIdentityId, since]),
    recentBySender: (senderIdentityId, since) =>
      many(`r."senderIdentityId" = ? AND r."createdAt" >= ? AND r."status" IN ('pending', 'approved') LIMIT 500`, [senderIdentityId, since]),
    recentInGrid: async (gridId, since, deeds) => {
      if (deeds.length === 0) return [];
      // Reports of one deed are found by it (deedKey, indexed with the grid and time): a busy
      // grid's day is not read row by row (issue 14). Reports of several deeds ("*", also any
      // written without a key) keep the prefilter on the deeds' JSON text (written by
      // JSON.stringify: `"category":"x"`, `"quantity":3`): it may let through a report that
      // shares no deed ("_" in a LIKE, 3 vs 30), never drop one that does; the caller compares
      // the parsed deeds. One index, equality ranges (an OR of two ranges cost ~4x as much).
      const keys = [...new Set(deeds.map(deedKey)), SEVERAL];
      const like = deeds.map(() => `(r."deeds" LIKE ? AND r."deeds" LIKE ?)`).join(" OR ");
      const params = deeds.flatMap((d) => [`%${JSON.stringify({ category: d.category }).slice(1, -1)}%`, `%"quantity":${JSON.stringify(d.quantity)}%`]);
      return many(
        `r."gridId" = ? AND r."deedKey" IN (${keys.map(() => "?").join(", ")}) AND r."createdAt" >= ? AND r."status" IN ('pending', 'approved')
         AND (r."deedKey" <> ? OR ${like}) LIMIT 500`,
        [gridId, ...keys, since, SEVERAL, ...params],
      );
    },
  };
};
