// Who sent a message, resolved once per message by the router (one read) and handed to the
// command in its ChatContext. Use cases decide with the domain ids in it (resident, roles,
// verified); the platform account is kept only for the use cases that create an identity on
// first use (a first report, a binding code) and is never used to look the sender up again.
import { permissionRefusal, type Permission, type RoleGrant } from "../domain/permissions.ts";
import type { AppDeps } from "./deps.ts";
import { fail, ok, type Failure, type Result } from "./errors.ts";
import type { IdentityRec, Repos, ResidentRec } from "./ports.ts";

export interface PlatformUser { platform: string; userId: string; displayName: string; locale?: string | null }

export interface Actor {
  /** The platform account (for creating an identity on first use only). */
  account: PlatformUser;
  identityId: number | null;
  resident: ResidentRec | null;
  /** The resident's community, when they are a known resident. */
  communityId: number | null;
  roles: readonly RoleGrant[];
  /** The account is proven to be this resident's (a binding code, an admin's appointment).
   * Unverified links come from name matches: they must not grant anything. */
  verified: boolean;
  /** The language the identity chose, if any. */
  locale: string | null;
}

/** The "operator": whoever runs the command line on the server, trusted with the database itself. */
export type Operator = "operator";

export async function resolveActor(deps: AppDeps, user: PlatformUser): Promise<Actor> {
  return deps.store.read(async (r) => {
    const identity = await r.identities.byExternal(user.platform, user.userId);
    const resident = identity?.residentId ? await r.residents.byId(identity.residentId) : null;
    return {
      account: user,
      identityId: identity?.id ?? null,
      resident,
      communityId: resident?.communityId ?? null,
      roles: resident ? await r.roles.forResident(resident.id) : [],
      verified: identity?.verified ?? false,
      locale: identity?.locale ?? null,
    };
  });
}

/**
 * The one permission check of the use cases: the acting resident's id when allowed (null for
 * the operator), else the failure to return (`params` fill its message).
 */
export function authorize(actor: Actor, need: Permission, params?: Failure["params"]): Result<{ actorId: number }>;
export function authorize(actor: Actor | Operator, need: Permission, params?: Failure["params"]): Result<{ actorId: number | null }>;
export function authorize(actor: Actor | Operator, need: Permission, params?: Failure["params"]): Result<{ actorId: number | null }> {
  if (actor === "operator") return ok({ actorId: null });
  const refusal = permissionRefusal({ residentId: actor.resident?.id ?? null, verified: actor.verified, roles: actor.roles }, need);
  return refusal ? fail(refusal, params) : ok({ actorId: actor.resident?.id ?? null });
}

/**
 * The identity of the actor, created on first use: nothing is asked of a new resident. A
 * language known now (the platform's, or the one a report was written in) is kept when the
 * identity had none, so that the cards and notices for this person use it from then on.
 */
export async function ensureIdentity(r: Repos, user: PlatformUser): Promise<IdentityRec> {
  const known = await r.identities.byExternal(user.platform, user.userId);
  if (!known) {
    return r.identities.create({ platform: user.platform, externalUserId: user.userId, displayName: user.displayName, locale: user.locale ?? null });
  }
  if (known.locale || !user.locale) return known;
  await r.identities.setLocale(known.id, user.locale);
  return { ...known, locale: user.locale };
}
