// `deedbank setup`: creates the community and its grids, or adds grids it does not have yet
// (running it twice changes nothing more).
import { createCommunity } from "./create-community.ts";
import type { AppDeps } from "./deps.ts";
import type { CommunityRec } from "./ports.ts";

export interface SetupInput { slug: string; name: string; grids: string[]; timezone?: string; locale?: string }

export async function setupCommunity(deps: AppDeps, input: SetupInput): Promise<{ community: CommunityRec; created: boolean; gridsAdded: string[] }> {
  const grids = [...new Set(input.grids.map((g) => g.trim()).filter(Boolean))];
  const existing = await deps.store.read((r) => r.communities.bySlug(input.slug));
  if (!existing) {
    const { community } = await createCommunity(deps, { ...input, grids });
    return { community, created: true, gridsAdded: grids };
  }
  const gridsAdded = await deps.store.write(async (r) => {
    const added: string[] = [];
    for (const name of grids) {
      if (await r.grids.byName(existing.id, name)) continue;
      await r.grids.create(existing.id, name);
      added.push(name);
    }
    if (added.length) {
      await r.audit.record({ communityId: existing.id, actorId: null, action: "grid.created", subjectType: "community", subjectId: existing.id, data: { grids: added.length } });
    }
    return added;
  });
  return { community: existing, created: false, gridsAdded };
}
