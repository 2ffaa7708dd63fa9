// Where a message was said: the chat group, its grid and community (null if not bound yet).
import type { AppDeps } from "./deps.ts";
import type { ChatGroupRec, CommunityRec, GridRec } from "./ports.ts";

export interface ChatPlace { group: ChatGroupRec; grid: GridRec; community: CommunityRec }

export async function resolveChat(deps: AppDeps, platform: string, chatId: string): Promise<ChatPlace | null> {
  return deps.store.read(async (r) => {
    const group = await r.groups.byExternal(platform, chatId);
    if (!group) return null;
    const grid = await r.grids.byId(group.gridId);
    const community = await r.communities.byId(group.communityId);
    return grid && community ? { group, grid, community } : null;
  });
}
