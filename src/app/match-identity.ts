// A person seen for the first time under a new platform id (web WeChat gives new ids at every
// login) is matched to the resident they were, by the group's grid and their name, but the
// match is never trusted: the identity stays unverified, so it cannot approve, until the
// person uses a one-time code (/bind). A name alone never gives rights.
import type { AppDeps } from "./deps.ts";

export async function matchIdentity(
  deps: AppDeps,
  input: { platform: string; chatId: string; userId: string; displayName: string },
): Promise<"known" | "matched" | "new"> {
  const { platform, chatId, userId, displayName } = input;
  const known = await deps.store.read((r) => r.identities.byExternal(platform, userId));
  if (known) return "known";
  return deps.store.write(async (r) => {
    if (await r.identities.byExternal(platform, userId)) return "known";
    const group = await r.groups.byExternal(platform, chatId);
    const earlier = group
      ? (await r.identities.list(platform)).filter((i) => i.displayName === displayName && i.residentId !== null && i.gridId === group.gridId)
      : [];
    const residents = new Set(earlier.map((i) => i.residentId));
    // One resident by that name in this grid: link (unverified). None or several: a newcomer.
    const residentId = residents.size === 1 ? (earlier[0]?.residentId ?? null) : null;
    await r.identities.create({ platform, externalUserId: userId, displayName, residentId, verified: false });
    return residentId === null ? "new" : "matched";
  });
}
