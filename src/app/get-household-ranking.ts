// Households ranked by their members' points in a period (`排行榜 家庭`): the same points as
// the residents' ranking, summed per household. Residents without a household are left out.
import { rankingPeriod, type PeriodKind } from "../domain/ranking-period.ts";
import { rank, type Ranked } from "../domain/ranking.ts";
import { publicName } from "../domain/mask-name.ts";
import type { AppDeps } from "./deps.ts";
import type { CommunityRec } from "./ports.ts";
import type { HouseholdRec } from "./register-ports.ts";

export interface HouseholdRow extends Ranked { household: HouseholdRec; head: string | null }

export async function getHouseholdRanking(
  deps: AppDeps, community: CommunityRec, opts: { period?: PeriodKind; limit?: number } = {},
): Promise<{ kind: PeriodKind; period: string; top: HouseholdRow[] }> {
  const kind = opts.period ?? "week";
  const range = rankingPeriod(kind, deps.clock(), community.timezone);
  return deps.store.read(async (r) => {
    const tallies = kind === "all" ? await r.honour.earnedTotals(community.id) : await r.ledger.tally(community.id, range.start, range.end);
    const { households, memberOf } = await r.register.householdIndex(community.id);
    const sums = new Map<number, { residentId: number; points: number; lastAt: Date }>();
    for (const t of tallies) {
      const hh = memberOf.get(t.residentId);
      if (hh === undefined) continue;
      const seen = sums.get(hh);
      // `residentId` carries the household id through the ranking (ties: first to reach the total).
      sums.set(hh, seen ? { residentId: hh, points: seen.points + t.points, lastAt: t.lastAt > seen.lastAt ? t.lastAt : seen.lastAt } : { residentId: hh, points: t.points, lastAt: t.lastAt });
    }
    const ranked = rank([...sums.values()]).slice(0, opts.limit ?? 10);
    const byId = new Map(households.map((h) => [h.id, h]));
    const heads = new Map((await r.residents.byIds(households.filter((h) => ranked.some((x) => x.residentId === h.id)).flatMap((h) => (h.headResidentId ? [h.headResidentId] : []))))
      .map((p) => [p.id, p]));
    return {
      kind, period: range.label,
      top: ranked.flatMap((x) => {
        const household = byId.get(x.residentId);
        if (!household) return [];
        const head = household.headResidentId ? heads.get(household.headResidentId) : undefined;
        return [{ ...x, household, head: head ? publicName(head) : null }];
      }),
    };
  });
}
