// A grid worker records fixed points (`固定积分 @张秀英 党员`): an award row and a ledger row
// of kind "fixed" per resident, in one transaction. A household award (five-good family)
// reaches every member of the household.
import { fixedAwardBlocker, fixedPointsOf, readFixedChoice } from "../domain/fixed-catalog.ts";
import type { AppDeps } from "./deps.ts";
import { queueReceipt, type Receipt, type Receipted } from "./receipt.ts";
import { fail, type Result } from "./errors.ts";
import { findResident } from "./find-resident.ts";
import { fixedCatalogOf } from "./fixed-catalog-of.ts";
import type { ResidentRec } from "./ports.ts";
import { authorize, type Actor } from "./actor.ts";

export interface FixedInput { communityId: number; actor: Actor; name: string; words: string[]; pick?: number }

export interface FixedRecorded {
  category: { code: string; zh: string; en: string; level: string | null };
  points: number;
  /** Who received it (several for a household award), and who already held it. */
  awarded: ResidentRec[];
  skipped: ResidentRec[];
}

export const fixedKey = {
  award: (awardId: number) => `fixed:${awardId}`,
  removal: (awardId: number) => `fixed-removal:${awardId}`,
};

export async function recordFixedPoints(deps: AppDeps, input: FixedInput & { receipt?: Receipt<FixedRecorded> }): Promise<Result<FixedRecorded & Receipted>> {
  return deps.store.write(async (r) => {
    const found = await findResident(r, input.communityId, input.name, input.pick);
    if (!found.ok) return found;
    const target = found.resident;
    const staff = authorize(input.actor, { kind: "serve", communityId: input.communityId, resident: target });
    if (!staff.ok) return staff;
    const choice = readFixedChoice(await fixedCatalogOf(r, input.communityId), input.words);
    if (!choice) return fail("FIXED.UNKNOWN_CATEGORY", { words: input.words.join(" ") });
    const points = fixedPointsOf(choice);
    // Checked before anything is written: a failure is a value, and the transaction still commits.
    const refused = fixedAwardBlocker(choice, await r.fixed.held(target.id, choice.category.code));
    if (refused) return fail(refused, { name: target.name, category: choice.category.names.zh, max: choice.category.maxPerResident });
    const members = choice.category.household ? await r.residents.byIds(await r.fixed.household(target.id)) : [target];
    // Staff never award fixed points to themselves or their own household.
    const own = await r.fixed.household(staff.actorId);
    const mine = members.find((m) => own.includes(m.id));
    if (mine) return fail("AUTH.OWN_HOUSEHOLD", { name: mine.name });
    const awarded: ResidentRec[] = [];
    const skipped: ResidentRec[] = [];
    for (const member of members) {
      if (fixedAwardBlocker(choice, await r.fixed.held(member.id, choice.category.code))) {
        skipped.push(member);
        continue;
      }
      const award = await r.fixed.create({
        communityId: input.communityId, residentId: member.id, code: choice.category.code, level: choice.level?.code ?? null,
        detail: choice.detail, points, actorId: staff.actorId,
      });
      await r.ledger.append({
        communityId: input.communityId, residentId: member.id, points, kind: "fixed", reportId: null,
        idempotencyKey: fixedKey.award(award.id), actorId: staff.actorId, note: choice.category.code, at: deps.clock(),
      });
      await r.audit.record({
        communityId: input.communityId, actorId: staff.actorId, action: "fixed.recorded", subjectType: "resident",
        subjectId: member.id, data: { awardId: award.id, code: choice.category.code, level: choice.level?.code ?? null, points },
      });
      awarded.push(member);
    }
    const level = choice.level ? choice.level.names : null;
    const done: FixedRecorded = {
      points, awarded, skipped,
      category: { code: choice.category.code, zh: choice.category.names.zh + (level ? `·${level.zh}` : ""), en: choice.category.names.en + (level ? ` (${level.en})` : ""), level: choice.level?.code ?? null },
    };
    return { ok: true as const, ...done, receipt: await queueReceipt(r, input.receipt, done, deps.clock()) };
  }, { communityId: input.communityId });
}
