import type { ChatGroupRec, Repos } from "../../app/ports.ts";
import type { Db } from "./db.ts";
import type { Sql } from "./sql.ts";

const COMMUNITY = { id: true, slug: true, name: true, locale: true, timezone: true } as const;

export const communityRepo = (db: Db): Repos["communities"] => ({
  byId: (id) => db.community.findUnique({ where: { id }, select: COMMUNITY }),
  bySlug: (slug) => db.community.findUnique({ where: { slug }, select: COMMUNITY }),
  count: () => db.community.count(),
  list: () => db.community.findMany({ select: COMMUNITY, orderBy: { id: "asc" } }),
  create: (c) => db.community.create({ data: c, select: COMMUNITY }),
});

const GRID = { id: true, communityId: true, name: true } as const;

export const gridRepo = (db: Db): Repos["grids"] => ({
  byId: (id) => db.grid.findUnique({ where: { id }, select: GRID }),
  byName: (communityId, name) => db.grid.findUnique({ where: { communityId_name: { communityId, name } }, select: GRID }),
  create: (communityId, name) => db.grid.create({ data: { communityId, name }, select: GRID }),
  list: (communityId) => db.grid.findMany({ where: { communityId }, select: GRID, orderBy: { id: "asc" } }),
});

const GROUP = { id: true, platform: true, externalId: true, gridId: true, title: true, grid: { select: { communityId: true } } } as const;
type GroupRow = { id: number; platform: string; externalId: string; gridId: number; title: string | null; grid: { communityId: number } };
const toGroup = ({ grid, ...g }: GroupRow): ChatGroupRec => ({ ...g, communityId: grid.communityId });

interface PlaceRow {
  groupId: number; platform: string; externalId: string; gridId: number; title: string | null; communityId: number;
  gridName: string; slug: string; communityName: string; locale: string; timezone: string;
}

export const groupRepo = (db: Db, sql: Sql): Repos["groups"] => ({
  byExternal: async (platform, externalId) => {
    const g = await db.chatGroup.findUnique({ where: { platform_externalId: { platform, externalId } }, select: GROUP });
    return g ? toGroup(g) : null;
  },
  // Was four statements through Prisma (~3 ms on the first message of each chat: with 10
  // communities the router met 120 chats for the first time, issue 14); one plain join now.
  placeOf: async (platform, externalId) => {
    const p = await sql.get<PlaceRow>(
      `SELECT g."id" AS "groupId", g."platform" AS "platform", g."externalId" AS "externalId", g."gridId" AS "gridId", g."title" AS "title",
         gr."communityId" AS "communityId", gr."name" AS "gridName",
         c."slug" AS "slug", c."name" AS "communityName", c."locale" AS "locale", c."timezone" AS "timezone"
       FROM "ChatGroup" g JOIN "Grid" gr ON gr."id" = g."gridId" JOIN "Community" c ON c."id" = gr."communityId"
       WHERE g."platform" = ? AND g."externalId" = ?`,
      [platform, externalId],
    );
    if (!p) return null;
    return {
      group: { id: p.groupId, platform: p.platform, externalId: p.externalId, gridId: p.gridId, communityId: p.communityId, title: p.title },
      grid: { id: p.gridId, communityId: p.communityId, name: p.gridName },
      community: { id: p.communityId, slug: p.slug, name: p.communityName, locale: p.locale, timezone: p.timezone },
    };
  },
  create: async (g) => toGroup(await db.chatGroup.create({ data: g, select: GROUP })),
  list: async (where) => (await db.chatGroup.findMany({
    where: "platform" in where ? { platform: where.platform } : { grid: { communityId: where.communityId } }, select: GROUP, orderBy: { id: "asc" },
  })).map(toGroup),
});
