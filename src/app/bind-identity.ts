// Linking chat accounts to one resident with one-time codes. A verified account asks for a
// code (/bind) and says it from the other account (绑定码 123456); the operator can also make
// a code at the terminal (deedbank bind-code), which is how accounts are verified again after
// a WeChat re-login. A code works once, for a short time.
import { createHmac, randomInt } from "node:crypto";
import type { AppDeps } from "./deps.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";
import { fail, type Result } from "./errors.ts";
import { ensureIdentity, type Actor } from "./actor.ts";
import type { Repos, ResidentRec } from "./ports.ts";

export const CHAT_CODE_MINUTES = 10;
export const OPERATOR_CODE_HOURS = 24;
/** Eight digits, with at most 5 failed tries per account and 20 per community an hour: guessing a live code is hopeless. */
export const CODE_DIGITS = 8;
export const BIND_LIMITS = { account: 5, community: 20, windowMs: 3_600_000 } as const;

/** Codes are stored keyed-hashed: the database (or a backup) does not hold a usable code. */
const codeHash = (deps: AppDeps, code: string) => createHmac("sha256", deps.settings.drawKey).update(`bind-code:${code}`).digest("hex");

async function newCode(deps: AppDeps, r: Repos, communityId: number, residentId: number, expiresAt: Date): Promise<string> {
  for (;;) {
    const code = String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, "0");
    // the rare clash with an earlier code: draw again
    if ((await r.platform.createBindCode({ code: codeHash(deps, code), communityId, residentId, expiresAt })) === "created") return code;
  }
}

/** A code for the resident behind a verified chat account. */
export async function issueBindCode(deps: AppDeps, actor: Actor): Promise<Result<{ code: string; minutes: number }>> {
  const resident = actor.resident;
  if (!resident || !actor.verified) return fail("BIND.NOT_VERIFIED");
  return deps.store.write(async (r) => {
    const expiresAt = new Date(deps.clock().getTime() + CHAT_CODE_MINUTES * 60_000);
    const code = await newCode(deps, r, resident.communityId, resident.id, expiresAt);
    await r.audit.record({ communityId: resident.communityId, actorId: resident.id, action: "bind.code", subjectType: "resident", subjectId: resident.id });
    return { ok: true as const, code, minutes: CHAT_CODE_MINUTES };
  });
}

/** A code made by the operator for a resident (the trust anchor when no account is verified). */
export async function operatorBindCode(deps: AppDeps, residentId: number, opts: { replace?: boolean } = {}): Promise<{ code: string; expiresAt: Date }> {
  return deps.store.write(async (r) => {
    const resident = await r.residents.byId(residentId);
    if (!resident) throw new Error(`no resident ${residentId}`);
    // One live code per resident when asked: the new one replaces those not yet used.
    if (opts.replace) await r.platform.expireBindCodes(resident.id, deps.clock());
    const expiresAt = new Date(deps.clock().getTime() + OPERATOR_CODE_HOURS * 3_600_000);
    const code = await newCode(deps, r, resident.communityId, resident.id, expiresAt);
    await r.audit.record({ communityId: resident.communityId, actorId: null, action: "bind.code", subjectType: "resident", subjectId: resident.id, data: { by: "operator" } });
    return { code, expiresAt };
  });
}

/**
 * The account saying a valid code becomes that resident's, verified. Failed tries are counted
 * in the database per account and per community; past a limit every try (even a right code)
 * is refused for the hour, and the staff get `staffAlert` once per hour and scope.
 */
export async function redeemBindCode(
  deps: AppDeps, actor: Actor, code: string, receipt?: Receipt<{ resident: ResidentRec }>,
  opts: { communityId?: number | null; staffAlert?: string } = {},
): Promise<Result<{ resident: ResidentRec } & Receipted>> {
  return deps.store.write(async (r) => {
    const now = deps.clock();
    const since = new Date(now.getTime() - BIND_LIMITS.windowMs);
    const scopes = { account: `account:${actor.account.platform}:${actor.account.userId}`, community: `community:${opts.communityId ?? "none"}` };
    const over = async () =>
      (await r.platform.bindFailuresSince(scopes.account, since)) >= BIND_LIMITS.account ? "account"
        : (await r.platform.bindFailuresSince(scopes.community, since)) >= BIND_LIMITS.community ? "community" : null;
    const alert = async (scope: "account" | "community") => {
      if (!opts.staffAlert) return;
      const hour = Math.floor(now.getTime() / BIND_LIMITS.windowMs);
      for (const platform of ["telegram", "wechat", "console"]) {
        for (const chatId of await r.platform.adminAccounts(platform)) {
          await r.outbox.enqueue({ platform, chatId, text: opts.staffAlert }, { dedupeKey: `bind-limit:${scopes[scope]}:${hour}:${platform}:${chatId}`, notBefore: now });
        }
      }
    };
    const limited = await over();
    if (limited) {
      await alert(limited);
      return fail("BIND.TOO_MANY");
    }
    const taken = await r.platform.takeBindCode(codeHash(deps, code.replace(/[\s-]/g, "")), now);
    if (!taken) {
      await r.platform.recordBindFailure([scopes.account, scopes.community], now);
      const reached = await over();
      if (reached) await alert(reached);
      return fail("BIND.CODE_INVALID");
    }
    const resident = await r.residents.byId(taken.residentId);
    if (!resident) return fail("BIND.CODE_INVALID");
    const identity = await ensureIdentity(r, actor.account);
    await r.identities.link(identity.id, resident.id, true);
    await r.audit.record({
      communityId: resident.communityId, actorId: resident.id, action: "identity.bound", subjectType: "identity",
      subjectId: identity.id, data: { platform: actor.account.platform },
    });
    const done = { resident };
    return { ok: true as const, ...done, receipt: await queueReceipt(r, receipt, done, deps.clock()) };
  });
}
