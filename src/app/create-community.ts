// Sets up a community: its grids, and the default deed catalog to start from.
import { DEFAULT_CATALOG } from "../domain/default-catalog.ts";
import type { AppDeps } from "./deps.ts";
import type { CommunityRec, GridRec } from "./ports.ts";

export interface NewCommunity { slug: string; name: string; grids: string[]; locale?: string; timezone?: string }

export async function createCommunity(deps: AppDeps, input: NewCommunity): Promise<{ community: CommunityRec; grids: GridRec[] }> {
  return deps.store.write(async (r) => {
    const { grids: gridNames, ...fields } = input;
    const community = await r.communities.create(fields);
    const grids: GridRec[] = [];
    for (const name of gridNames) grids.push(await r.grids.create(community.id, name));
    await r.catalog.save(community.id, DEFAULT_CATALOG);
    await r.audit.record({
      communityId: community.id, actorId: null, action: "community.created", subjectType: "community",
      subjectId: community.id, data: { grids: grids.length },
    });
    return { community, grids };
  });
}
