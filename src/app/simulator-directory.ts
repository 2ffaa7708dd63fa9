// The terminal simulator on any community of the database (`deedbank simulate --community
// SLUG`): each grid gets a simulator group, and each resident an account under their name,
// so a rehearsal can speak as anyone on the roster. Only the simulator's own platform is
// touched; the groups and accounts are made once and kept for the next run.
import type { AppDeps } from "./deps.ts";
import type { CommunityRec, IdentityRec, SentMessage } from "./ports.ts";

export interface SimGroup { chatId: string; title: string; gridId: number }
export interface SimMember { userId: string; name: string; locale: string | null; homeChatId: string | null }
export interface SimDirectory { community: CommunityRec; groups: SimGroup[]; members: SimMember[] }

/** The community a simulator runs on: by slug, else the first one; null when there is none. */
export async function pickSimCommunity(deps: AppDeps, slug: string | undefined): Promise<{ community: CommunityRec | null; slugs: string[] }> {
  return deps.store.read(async (r) => {
    const all = await r.communities.list();
    const community = slug ? all.find((c) => c.slug === slug) ?? null : all[0] ?? null;
    return { community, slugs: all.map((c) => c.slug) };
  });
}

export async function prepareSimulator(deps: AppDeps, platform: string, community: CommunityRec): Promise<SimDirectory> {
  return deps.store.write(async (r) => {
    const grids = await r.grids.list(community.id);
    let groups = (await r.groups.list({ communityId: community.id })).filter((g) => g.platform === platform);
    for (const grid of grids) {
      if (groups.some((g) => g.gridId === grid.id)) continue;
      // The demo's ids are group:<grid>; another community's grid of the same name gets its slug too.
      const plain = `group:${grid.name}`;
      const externalId = (await r.groups.byExternal(platform, plain)) ? `group:${community.slug}:${grid.name}` : plain;
      await r.groups.create({ platform, externalId, gridId: grid.id, title: `${community.name}${grid.name}群` });
    }
    groups = (await r.groups.list({ communityId: community.id })).filter((g) => g.platform === platform);
    const members: SimMember[] = [];
    const taken = new Set<string>();
    const accounts = await r.identities.list(platform);
    const byResident = new Map(accounts.filter((i) => i.residentId !== null).map((i) => [i.residentId as number, i] as const));
    const usedIds = new Set(accounts.map((i) => i.externalUserId));
    for (const resident of await r.residents.inCommunity(community.id)) {
      let identity: IdentityRec | null = byResident.get(resident.id) ?? null;
      if (!identity && !taken.has(resident.name) && !usedIds.has(resident.name)) {
        // A name two residents share is spoken by the first of them only.
        identity = await r.identities.create({ platform, externalUserId: resident.name, displayName: resident.name, residentId: resident.id, verified: true });
      }
      if (!identity || taken.has(identity.externalUserId)) continue;
      taken.add(identity.externalUserId);
      members.push({
        userId: identity.externalUserId, name: identity.displayName, locale: identity.locale,
        homeChatId: groups.find((g) => g.gridId === resident.gridId)?.externalId ?? null,
      });
    }
    return {
      community,
      groups: groups.map((g) => ({ chatId: g.externalId, title: g.title ?? g.externalId, gridId: g.gridId })),
      members,
    };
  });
}

/** A bot message an earlier run sent, by its platform id. */
export async function findSentMessage(deps: AppDeps, platform: string, messageId: string): Promise<SentMessage | null> {
  await deps.marks?.flush();
  return deps.store.read((r) => r.outbox.sentMessage(platform, messageId));
}

/** The newest card of a report in these chats. */
export async function findCardMessage(deps: AppDeps, platform: string, chatIds: string[], reportNumber: number): Promise<SentMessage | null> {
  await deps.marks?.flush();
  return deps.store.read((r) => r.outbox.cardInChats(platform, chatIds, reportNumber));
}

/** The highest "b<n>" number the simulator has given a sent message: numbering continues after it. */
export async function lastSimNumber(deps: AppDeps, platform: string): Promise<number> {
  await deps.marks?.flush();
  const ids = await deps.store.read((r) => r.outbox.recentSentIds(platform, 500));
  return ids.reduce((max, id) => Math.max(max, /^b(\d+)$/.exec(id) ? Number(id.slice(1)) : 0), 0);
}
