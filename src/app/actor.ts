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
  /** The identity as read for this message (null: none yet). Use cases that need the sender's
   * identity take it from here instead of reading it again (ensureIdentity). */
  identity?: IdentityRec | null;
}

/** The "operator": whoever runs the command line on the server, trusted with the database itself. */
export type Operator = "operator";

export async function resolveActor(deps: AppDeps, user: PlatformUser): Promise<Actor> {
  return deps.store.read(async (r) => {
    // One statement: the identity, its resident and the resident's roles (issue 14).
    const found = await r.identities.withResident(user.platform, user.userId);
    const identity = found?.identity ?? null;
    const resident = found?.resident ?? null;
    return {
      account: user,
      identityId: identity?.id ?? null,
      resident,
      communityId: resident?.communityId ?? null,
      roles: found?.roles ?? [],
      verified: identity?.verified ?? false,
      locale: identity?.locale ?? null,
      identity,
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
export async function ensureIdentity(r: Repos, user: PlatformUser, read?: IdentityRec | null): Promise<IdentityRec> {
  // The identity the router read for this same message (Actor.identity) is current: not read
  // again. None read yet: looked up here, inside the write (a second message of a new sender
  // may have created it meanwhile).
  const known = read ?? (await r.identities.byExternal(user.platform, user.userId));
  if (!known) {
    return r.identities.create({ platform: user.platform, externalUserId: user.userId, displayName: user.displayName, locale: user.locale ?? null });
  }
  if (known.locale || !user.locale) return known;
  await r.identities.setLocale(known.id, user.locale);
  return { ...known, locale: user.locale };
}
