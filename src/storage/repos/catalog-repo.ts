import type { Repos } from "../../app/ports.ts";
import type { CategoryMatch, DeedUnit } from "../../domain/catalog.ts";
import type { Db } from "./db.ts";
import type { Sql } from "./sql.ts";

interface CatalogRow { code: string; nameZh: string; nameEn: string; points: number; unit: string; active: boolean | number; match: string }

export const catalogRepo = (db: Db, sql: Sql): Repos["catalog"] => ({
  // Plain SQL: read on each community's first message after start-up or a change (issue 14).
  list: async (communityId) =>
    (await sql.all<CatalogRow>(
      `SELECT "code", "nameZh", "nameEn", "points", "unit", "active", "match" FROM "CatalogItem" WHERE "communityId" = ? ORDER BY "sortOrder" ASC, "id" ASC`,
      [communityId],
    )).map((c) => ({
      code: c.code,
      names: { zh: c.nameZh, en: c.nameEn },
      points: c.points,
      unit: c.unit as DeedUnit,
      active: Boolean(c.active),
      match: JSON.parse(c.match) as CategoryMatch,
    })),
  save: async (communityId, catalog) => {
    // Nothing is deleted here: a category is retired (active: false) by the caller, and old
    // reports keep pointing at its code.
    for (const [i, c] of catalog.entries()) {
      const data = {
        nameZh: c.names.zh, nameEn: c.names.en, points: c.points, unit: c.unit, active: c.active,
        match: JSON.stringify(c.match), sortOrder: i,
      };
      await db.catalogItem.upsert({
        where: { communityId_code: { communityId, code: c.code } },
        create: { communityId, code: c.code, ...data },
        update: data,
      });
    }
  },
});
