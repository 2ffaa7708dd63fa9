import type { FixedAwardRec, RewardRepos } from "../../app/reward-ports.ts";
import type { FixedLevel } from "../../domain/fixed-catalog.ts";
import type { Db } from "./db.ts";
import type { Sql } from "./sql.ts";

const AWARD = {
  id: true, communityId: true, residentId: true, code: true, level: true, detail: true, points: true, status: true, createdAt: true,
} as const;

const toAward = (a: Omit<FixedAwardRec, "status"> & { status: string }): FixedAwardRec => ({ ...a, status: a.status as FixedAwardRec["status"] });

export const fixedRepo = (db: Db, sql: Sql): RewardRepos["fixed"] => ({
  categories: async (communityId) =>
    (await db.fixedCategory.findMany({ where: { communityId }, orderBy: [{ sortOrder: "asc" }, { id: "asc" }] })).map((c) => ({
      code: c.code, names: { zh: c.nameZh, en: c.nameEn }, points: c.points, levels: JSON.parse(c.levels) as FixedLevel[],
      maxPerResident: c.maxPerResident, household: c.household, active: c.active,
    })),
  saveCategories: async (communityId, catalog) => {
    // Nothing is deleted here: a category is retired (active: false) by the caller, and
    // awards keep pointing at its code.
    for (const [i, c] of catalog.entries()) {
      const data = {
        nameZh: c.names.zh, nameEn: c.names.en, points: c.points, levels: JSON.stringify(c.levels),
        maxPerResident: c.maxPerResident, household: c.household, active: c.active, sortOrder: i,
      };
      await db.fixedCategory.upsert({ where: { communityId_code: { communityId, code: c.code } }, create: { communityId, code: c.code, ...data }, update: data });
    }
  },
  held: async (residentId, code) =>
    (await db.fixedAward.findMany({ where: { residentId, status: "active", ...(code ? { code } : {}) }, select: AWARD, orderBy: { id: "asc" } })).map(toAward),
  byId: async (id) => {
    const a = await db.fixedAward.findUnique({ where: { id }, select: AWARD });
    return a ? toAward(a) : null;
  },
  create: async (a) => toAward(await db.fixedAward.create({ data: a, select: AWARD })),
  remove: async (id, by, reason, at) =>
    (await db.fixedAward.updateMany({ where: { id, status: "active" }, data: { status: "removed", removedById: by, removedReason: reason, removedAt: at } })).count === 1,
  household: async (residentId) => {
    // One statement: the resident's household, and its members who are not inactive.
    const rows = await sql.all<{ household: string | null; id: number | null }>(
      `SELECT me."household", o."id" FROM "Resident" me
       LEFT JOIN "Resident" o ON o."communityId" = me."communityId" AND o."household" = me."household" AND o."status" <> 'inactive'
       WHERE me."id" = ? ORDER BY o."id"`,
      [residentId],
    );
    if (!rows[0]?.household) return [residentId];
    return rows.flatMap((r) => (r.id === null ? [] : [Number(r.id)]));
  },
});
