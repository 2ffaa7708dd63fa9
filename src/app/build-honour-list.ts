// The honour list (光荣榜) of one community for one period: the community's top list and
// each grid's, from the reports approved in the period (and not revoked since).
import type { Catalog } from "../domain/catalog.ts";
import type { Period } from "../domain/period.ts";
import { buildBoard, type HonourBoard } from "../domain/honour-list.ts";
import type { AppDeps } from "./deps.ts";
import type { CommunityRec, GridRec, ResidentRec } from "./ports.ts";

export interface HonourList {
  community: CommunityRec;
  period: Period;
  overall: HonourBoard;
  grids: { grid: GridRec; board: HonourBoard }[];
  /** Everyone on any of the lists, by id (names and whether they asked to be masked). */
  residents: Map<number, ResidentRec>;
  catalog: Catalog;
}

export async function buildHonourList(
  deps: AppDeps,
  community: CommunityRec,
  period: Period,
  opts: { limit?: number } = {},
): Promise<HonourList> {
  const limit = opts.limit ?? 10;
  await deps.parsers.refresh(); // a catalog imported since the last message shows its new names
  const { catalog } = await deps.parsers.forCommunity(community.id);
  return deps.store.read(async (r) => {
    const approved = await r.honour.approvedBetween(community.id, period.start, period.end);
    const overall = buildBoard(approved, limit);
    const grids = (await r.grids.list(community.id)).map((grid) => ({
      grid,
      board: buildBoard(approved.filter((a) => a.gridId === grid.id), limit),
    }));
    const ids = new Set([overall, ...grids.map((g) => g.board)].flatMap((b) => b.entries.map((e) => e.residentId)));
    const residents = new Map((await r.residents.byIds([...ids])).map((p) => [p.id, p]));
    return { community, period, overall, grids, residents, catalog };
  });
}
