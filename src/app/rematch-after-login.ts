// After a login on a platform whose ids change at every login (web WeChat): rooms are matched
// again by their name, and every identity of the platform must be verified again before it
// can approve. Old identities stay, unused, so their history is kept.
import type { AppDeps } from "./deps.ts";

export interface RematchResult { moved: number; unverified: number; unmatched: string[] }

export async function rematchAfterLogin(deps: AppDeps, platform: string, rooms: { id: string; topic: string }[]): Promise<RematchResult> {
  return deps.store.write(async (r) => {
    const result: RematchResult = { moved: 0, unverified: await r.platform.unverifyAll(platform), unmatched: [] };
    const current = new Set(rooms.map((x) => x.id));
    for (const group of await r.groups.list({ platform })) {
      if (current.has(group.externalId)) continue;
      const same = rooms.filter((x) => x.topic === group.title);
      // Two rooms of that name: guessing could hand a grid to the wrong room; an admin rebinds.
      if (same.length === 1 && (await r.platform.moveGroup(platform, group.externalId, (same[0] as { id: string }).id))) result.moved++;
      else result.unmatched.push(group.title ?? group.externalId);
    }
    await r.audit.record({
      communityId: null, actorId: null, action: "platform.relogin", subjectType: "platform", subjectId: null,
      data: { platform, moved: result.moved, unverified: result.unverified, unmatched: result.unmatched.length },
    });
    return result;
  });
}
