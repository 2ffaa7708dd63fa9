// Removing fixed points is a reversal with a reason: the award is marked removed and a ledger
// row of kind "fixed_reversal" cancels its points. A household award leaves the whole household.
import { readFixedChoice } from "../domain/fixed-catalog.ts";
import type { AppDeps } from "./deps.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";
import { fail, type Result } from "./errors.ts";
import { findResident } from "./find-resident.ts";
import { fixedCatalogOf } from "./fixed-catalog-of.ts";
import { fixedKey, type FixedInput } from "./record-fixed-points.ts";
import type { ResidentRec } from "./ports.ts";
import { authorize } from "./actor.ts";

export interface FixedRemoved { category: string; points: number; removed: ResidentRec[] }

export async function removeFixedPoints(
  deps: AppDeps, input: FixedInput & { reason: string; receipt?: Receipt<FixedRemoved> },
): Promise<Result<FixedRemoved & Receipted>> {
  const reason = input.reason.trim();
  if (!reason) return fail("FIXED.REASON_REQUIRED");
  return deps.store.write(async (r) => {
    const found = await findResident(r, input.communityId, input.name, input.pick);
    if (!found.ok) return found;
    const target = found.resident;
    const staff = authorize(input.actor, { kind: "serve", communityId: input.communityId, resident: target });
    if (!staff.ok) return staff;
    const choice = readFixedChoice(await fixedCatalogOf(r, input.communityId), input.words, { levelOptional: true });
    if (!choice) return fail("FIXED.UNKNOWN_CATEGORY", { words: input.words.join(" ") });
    const matches = (a: { level: string | null; detail: string | null }) =>
      (!choice.level || a.level === choice.level.code) && (!choice.detail || a.detail === choice.detail);
    // Checked before anything is written: a failure is a value, and the transaction still commits.
    if (!(await r.fixed.held(target.id, choice.category.code)).some(matches)) {
      return fail("FIXED.NOT_HELD", { name: target.name, category: choice.category.names.zh });
    }
    const members = choice.category.household ? await r.residents.byIds(await r.fixed.household(target.id)) : [target];
    const removed: ResidentRec[] = [];
    let points = 0;
    for (const member of members) {
      const award = (await r.fixed.held(member.id, choice.category.code)).find(matches);
      if (!award) continue;
      if (!(await r.fixed.remove(award.id, staff.actorId, reason, deps.clock()))) continue;
      await r.ledger.append({
        communityId: input.communityId, residentId: member.id, points: -award.points, kind: "fixed_reversal", reportId: null,
        idempotencyKey: fixedKey.removal(award.id), actorId: staff.actorId, note: reason, at: deps.clock(),
      });
      await r.audit.record({
        communityId: input.communityId, actorId: staff.actorId, action: "fixed.removed", subjectType: "resident",
        subjectId: member.id, data: { awardId: award.id, code: award.code, points: -award.points },
      });
      points = award.points;
      removed.push(member);
    }
    const done: FixedRemoved = { category: choice.category.names.zh, points, removed };
    return { ok: true as const, ...done, receipt: await queueReceipt(r, input.receipt, done, deps.clock()) };
  });
}
