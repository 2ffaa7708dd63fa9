// Linking chat accounts to one resident with one-time codes. A verified account asks for a
// code (/bind) and says it from the other account (绑定码 123456); the operator can also make
// a code at the terminal (deedbank bind-code), which is how accounts are verified again after
// a WeChat re-login. A code works once, for a short time.
import { randomInt } from "node:crypto";
import type { AppDeps } from "./deps.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";
import { fail, type Result } from "./errors.ts";
import { ensureIdentity, type Actor } from "./actor.ts";
import type { Repos, ResidentRec } from "./ports.ts";

export const CHAT_CODE_MINUTES = 10;
export const OPERATOR_CODE_HOURS = 24;

async function newCode(r: Repos, communityId: number, residentId: number, expiresAt: Date): Promise<string> {
  for (;;) {
    const code = String(randomInt(100_000, 1_000_000));
    // the rare clash with an earlier code: draw again
    if ((await r.platform.createBindCode({ code, communityId, residentId, expiresAt })) === "created") return code;
  }
}

/** A code for the resident behind a verified chat account. */
export async function issueBindCode(deps: AppDeps, actor: Actor): Promise<Result<{ code: string; minutes: number }>> {
  const resident = actor.resident;
  if (!resident || !actor.verified) return fail("BIND.NOT_VERIFIED");
  return deps.store.write(async (r) => {
    const expiresAt = new Date(deps.clock().getTime() + CHAT_CODE_MINUTES * 60_000);
    const code = await newCode(r, resident.communityId, resident.id, expiresAt);
    await r.audit.record({ communityId: resident.communityId, actorId: resident.id, action: "bind.code", subjectType: "resident", subjectId: resident.id });
    return { ok: true as const, code, minutes: CHAT_CODE_MINUTES };
  });
}

/** A code made by the operator for a resident (the trust anchor when no account is verified). */
export async function operatorBindCode(deps: AppDeps, residentId: number): Promise<{ code: string; expiresAt: Date }> {
  return deps.store.write(async (r) => {
    const resident = await r.residents.byId(residentId);
    if (!resident) throw new Error(`no resident ${residentId}`);
    const expiresAt = new Date(deps.clock().getTime() + OPERATOR_CODE_HOURS * 3_600_000);
    const code = await newCode(r, resident.communityId, resident.id, expiresAt);
    await r.audit.record({ communityId: resident.communityId, actorId: null, action: "bind.code", subjectType: "resident", subjectId: resident.id, data: { by: "operator" } });
    return { code, expiresAt };
  });
}

/** The account saying a valid code becomes that resident's, verified. */
export async function redeemBindCode(
  deps: AppDeps, actor: Actor, code: string, receipt?: Receipt<{ resident: ResidentRec }>,
): Promise<Result<{ resident: ResidentRec } & Receipted>> {
  return deps.store.write(async (r) => {
    const taken = await r.platform.takeBindCode(code.trim(), deps.clock());
    if (!taken) return fail("BIND.CODE_INVALID");
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
