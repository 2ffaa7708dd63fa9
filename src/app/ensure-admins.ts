// The first admins, from configuration (DEEDBANK_ADMINS). A Telegram user id is an account
// the platform vouches for: it becomes a verified admin. A WeChat name is not (names can be
// copied, and ids change at every login): the admin gets a one-time code to say to the bot.
import { operatorBindCode } from "./bind-identity.ts";
import type { AppDeps } from "./deps.ts";

export interface AdminSpec { platform: "telegram" | "wechat"; id: string }
export interface AdminSetup { ready: string[]; codes: { name: string; code: string; expiresAt: Date }[]; skipped: boolean }

/**
 * `wechat: true` when WeChat runs: only then does a WeChat admin get a code (one live code:
 * a new start replaces the last one instead of adding another).
 */
export async function ensureAdmins(deps: AppDeps, specs: AdminSpec[], opts: { wechat?: boolean } = { wechat: true }): Promise<AdminSetup> {
  const out: AdminSetup = { ready: [], codes: [], skipped: false };
  if (specs.length === 0) return out;
  const [community] = await deps.store.read((r) => r.communities.list());
  if (!community) return { ...out, skipped: true };
  for (const spec of specs) {
    const residentId = await deps.store.write(async (r) => {
      let identity = spec.platform === "telegram" ? await r.identities.byExternal("telegram", spec.id) : null;
      const byName = spec.platform === "wechat" ? (await r.residents.findByName(community.id, null, spec.id))[0] : undefined;
      const resident =
        (identity?.residentId ? await r.residents.byId(identity.residentId) : null) ??
        byName ??
        (await r.residents.create({ communityId: community.id, gridId: null, name: spec.platform === "wechat" ? spec.id : `管理员${spec.id}` }));
      if (spec.platform === "telegram") {
        identity ??= await r.identities.create({ platform: "telegram", externalUserId: spec.id, displayName: resident.name });
        await r.identities.link(identity.id, resident.id, true);
      }
      await r.roles.grant(resident.id, community.id, "admin", null);
      return resident.id;
    });
    if (spec.platform === "telegram") out.ready.push(`telegram:${spec.id}`);
    else if (opts.wechat) out.codes.push({ name: spec.id, ...(await operatorBindCode(deps, residentId, { replace: true })) });
  }
  return out;
}
