// Resolves a platform identity to the resident and roles behind it (inside a transaction).
import type { RoleGrant } from "../domain/permissions.ts";
import type { IdentityRec, Repos, ResidentRec } from "./ports.ts";

export interface PlatformUser { platform: string; userId: string; displayName: string; locale?: string | null }

export interface Actor {
  identity: IdentityRec | null;
  resident: ResidentRec | null;
  roles: RoleGrant[];
}

export async function loadActor(r: Repos, user: PlatformUser): Promise<Actor> {
  const identity = await r.identities.byExternal(user.platform, user.userId);
  const resident = identity?.residentId ? await r.residents.byId(identity.residentId) : null;
  const roles = resident ? await r.roles.forResident(resident.id) : [];
  return { identity, resident, roles };
}

/** The identity of a platform user, created on first use: nothing is asked of a new resident. */
export async function ensureIdentity(r: Repos, user: PlatformUser): Promise<IdentityRec> {
  return (
    (await r.identities.byExternal(user.platform, user.userId)) ??
    r.identities.create({ platform: user.platform, externalUserId: user.userId, displayName: user.displayName, locale: user.locale ?? null })
  );
}
