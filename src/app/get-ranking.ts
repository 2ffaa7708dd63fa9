// A ranking of a community (this week by default, or 上周/本月/本季/年度/总榜): top N by
// points, plus one resident's place.
import { rankingPeriod, type PeriodKind } from "../domain/ranking-period.ts";
import { publicName } from "../domain/mask-name.ts";
import { rank, type Ranked } from "../domain/ranking.ts";
import { lowerBySpending } from "../domain/tickets.ts";
import type { AppDeps } from "./deps.ts";
import type { CommunityRec, ResidentRec } from "./ports.ts";

/** `name` is the resident as public lists show them (masked if they asked). */
export interface RankingRow extends Ranked { resident: ResidentRec; name: string }
export type { PeriodKind };
export interface Ranking { kind: PeriodKind; period: string; top: RankingRow[]; mine: Ranked | null; participants: number }

export async function getRanking(
  deps: AppDeps,
  community: CommunityRec,
  opts: { residentId?: number | null; limit?: number; period?: PeriodKind } = {},
): Promise<Ranking> {
  const kind = opts.period ?? "week";
  const range = rankingPeriod(kind, deps.clock(), community.timezone);
  return deps.store.read(async (r) => {
    // Periods count dynamic points (deeds and their reversals); all time counts everything earned.
    const tallies = kind === "all"
      ? await r.honour.earnedTotals(community.id)
      : await r.ledger.tally(community.id, range.start, range.end);
    const { shopLowersRanking } = await r.rewardSettings.get(community.id);
    const ranked = rank(shopLowersRanking ? lowerBySpending(tallies, await r.points.spentBetween(community.id, range.start, range.end)) : tallies);
    const head = ranked.slice(0, opts.limit ?? 10);
    const people = new Map((await r.residents.byIds(head.map((x) => x.residentId))).map((p) => [p.id, p]));
    return {
      kind,
      period: range.label,
      top: head.flatMap((x) => {
        const resident = people.get(x.residentId);
        return resident ? [{ ...x, resident, name: publicName(resident) }] : [];
      }),
      mine: ranked.find((x) => x.residentId === opts.residentId) ?? null,
      participants: ranked.length,
    };
  });
}
