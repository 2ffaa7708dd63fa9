import type { ChatGroupRec, Repos } from "../../app/ports.ts";
import type { Db } from "./db.ts";

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

export const groupRepo = (db: Db): Repos["groups"] => ({
  byExternal: async (platform, externalId) => {
    const g = await db.chatGroup.findUnique({ where: { platform_externalId: { platform, externalId } }, select: GROUP });
    return g ? toGroup(g) : null;
  },
  create: async (g) => toGroup(await db.chatGroup.create({ data: g, select: GROUP })),
  list: async (where) => (await db.chatGroup.findMany({
    where: "platform" in where ? { platform: where.platform } : { grid: { communityId: where.communityId } }, select: GROUP, orderBy: { id: "asc" },
  })).map(toGroup),
});
