// A resident asks to appear as 张*英 on public lists (the ranking, the honour list), or by
// name again: each call flips the setting. Recorded in the audit trail.
import { publicName } from "../domain/mask-name.ts";
import type { AppDeps } from "./deps.ts";
import type { Actor } from "./actor.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";

/** `shown`: how public lists show the resident from now on. */
export interface MaskState { name: string; masked: boolean; shown: string }

/** The new setting, or null when this user is not a known resident. */
export async function toggleMask(deps: AppDeps, input: { actor: Actor; receipt?: Receipt<MaskState> }): Promise<(MaskState & Receipted) | null> {
  const residentId = input.actor.resident?.id;
  if (residentId === undefined) return null;
  return deps.store.write(async (r) => {
    // Read again inside the write: two quick toggles must flip twice.
    const resident = await r.residents.byId(residentId);
    if (!resident) return null;
    const masked = !resident.masked;
    await r.residents.setMasked(resident.id, masked);
    await r.audit.record({
      communityId: resident.communityId, actorId: resident.id, action: masked ? "resident.masked" : "resident.unmasked",
      subjectType: "resident", subjectId: resident.id,
    });
    const done: MaskState = { name: resident.name, masked, shown: publicName({ name: resident.name, masked }) };
    return { ...done, receipt: await queueReceipt(r, input.receipt, done, deps.clock()) };
  });
}
