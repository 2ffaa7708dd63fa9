// The demo community of the simulator (and of the README): 白石坡社区 with two grids,
// each with its own group, six residents, two grid workers and an admin.
import type { AppDeps } from "./deps.ts";
import { createCommunityIn } from "./create-community.ts";

export const DEMO_PLATFORM = "console";

export interface DemoPerson { name: string; grid: string | null; role?: "grid_worker" | "admin"; locale?: string; building?: string; household?: string }

export const DEMO = {
  slug: "baishipo",
  name: "白石坡社区",
  grids: ["一网格", "二网格"],
  people: [
    { name: "张秀英", grid: "一网格", building: "1栋" },
    { name: "刘建国", grid: "一网格", building: "2栋", household: "2栋301" },
    { name: "王桂兰", grid: "一网格", building: "2栋", household: "2栋301" },
    { name: "陈志强", grid: "一网格", building: "5栋" },
    { name: "李光喜", grid: "二网格", building: "3栋" },
    { name: "Anna", grid: "二网格", locale: "en", building: "7栋" },
    { name: "王敏", grid: "一网格", role: "grid_worker" },
    { name: "赵磊", grid: "二网格", role: "grid_worker" },
    { name: "周华", grid: null, role: "admin" },
  ] satisfies DemoPerson[],
} as const;

/** Chat id of a grid's demo group in the simulator. */
export const demoGroupId = (grid: string) => `group:${grid}`;

/** Seeds the demo community unless the database already has a community; true if it did. */
export async function seedDemo(deps: AppDeps): Promise<boolean> {
  // One transaction: a kill half-way leaves no community without its groups and people.
  return deps.store.write(async (r) => {
    if ((await r.communities.count()) > 0) return false;
    const { community, grids } = await createCommunityIn(r, { slug: DEMO.slug, name: DEMO.name, grids: [...DEMO.grids] });
    const gridId = (name: string | null) => grids.find((g) => g.name === name)?.id ?? null;
    for (const g of grids) await r.groups.create({ platform: DEMO_PLATFORM, externalId: demoGroupId(g.name), gridId: g.id, title: `${DEMO.name}${g.name}群` });
    for (const p of DEMO.people as readonly DemoPerson[]) {
      const resident = await r.residents.create({ communityId: community.id, gridId: gridId(p.grid), name: p.name, building: p.building ?? null, household: p.household ?? null });
      await r.identities.create({ platform: DEMO_PLATFORM, externalUserId: p.name, displayName: p.name, locale: p.locale ?? null, residentId: resident.id, verified: true });
      if (p.role) await r.roles.grant(resident.id, community.id, p.role, p.role === "admin" ? null : gridId(p.grid));
    }
    return true;
  });
}
