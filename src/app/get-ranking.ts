// This week's ranking of a community: top N by dynamic points, plus one resident's place.
import { weekOf } from "../domain/period.ts";
import { rank, type Ranked } from "../domain/ranking.ts";
import type { AppDeps } from "./deps.ts";
import type { CommunityRec, ResidentRec } from "./ports.ts";

export interface RankingRow extends Ranked { resident: ResidentRec }
export interface Ranking { period: string; top: RankingRow[]; mine: Ranked | null; participants: number }

export async function getRanking(
  deps: AppDeps,
  community: CommunityRec,
  opts: { residentId?: number | null; limit?: number } = {},
): Promise<Ranking> {
  const week = weekOf(deps.clock(), community.timezone);
  return deps.store.read(async (r) => {
    const ranked = rank(await r.ledger.tally(community.id, week.start, week.end));
    const head = ranked.slice(0, opts.limit ?? 10);
    const people = new Map((await r.residents.byIds(head.map((x) => x.residentId))).map((p) => [p.id, p]));
    return {
      period: week.label,
      top: head.flatMap((x) => {
        const resident = people.get(x.residentId);
        return resident ? [{ ...x, resident }] : [];
      }),
      mine: ranked.find((x) => x.residentId === opts.residentId) ?? null,
      participants: ranked.length,
    };
  });
}
