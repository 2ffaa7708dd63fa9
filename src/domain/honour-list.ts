// The honour list (光荣榜) of a period: residents ranked by the points of their deeds
// approved in it, each with what they did, plus the period's totals. Residents with equal
// points share a rank number (1, 1, 3); among them, the order follows rank(): whoever
// reached the total first, then the lower resident id.
import { rank } from "./ranking.ts";

/** One approved report, as the list needs it. */
export interface ApprovedDeed {
  residentId: number;
  /** The grid the deed counts for (the doer's grid, else the report's). */
  gridId: number | null;
  points: number;
  approvedAt: Date;
  deeds: readonly { category: string; quantity: number }[];
}

export interface DeedCount { category: string; quantity: number }

export interface HonourEntry {
  rank: number;
  residentId: number;
  points: number;
  /** What they did, most frequent first; empty when a report named no catalog deed. */
  deeds: DeedCount[];
}

export interface HonourTotals { deeds: number; residents: number; points: number }

export interface HonourBoard { entries: HonourEntry[]; totals: HonourTotals }

/** The top `limit` of the given deeds (pass one grid's deeds for a grid's list). */
export function buildBoard(approved: readonly ApprovedDeed[], limit: number): HonourBoard {
  const byResident = new Map<number, { points: number; lastAt: Date; deeds: Map<string, number> }>();
  for (const a of approved) {
    const acc = byResident.get(a.residentId) ?? { points: 0, lastAt: a.approvedAt, deeds: new Map<string, number>() };
    acc.points += a.points;
    if (a.approvedAt > acc.lastAt) acc.lastAt = a.approvedAt;
    for (const d of a.deeds) acc.deeds.set(d.category, (acc.deeds.get(d.category) ?? 0) + d.quantity);
    byResident.set(a.residentId, acc);
  }
  const ranked = rank([...byResident].map(([residentId, acc]) => ({ residentId, points: acc.points, lastAt: acc.lastAt })));
  // Competition ranking: a tie shares the number of the first of its group.
  const shared = ranked.map((r, i) => (i > 0 && ranked[i - 1]?.points === r.points ? 0 : r.rank));
  for (let i = 1; i < shared.length; i++) if (shared[i] === 0) shared[i] = shared[i - 1] as number;
  const entries = ranked.slice(0, limit).map((r, i) => ({
    rank: shared[i] as number,
    residentId: r.residentId,
    points: r.points,
    deeds: [...(byResident.get(r.residentId)?.deeds ?? [])]
      .map(([category, quantity]) => ({ category, quantity }))
      .sort((x, y) => y.quantity - x.quantity || x.category.localeCompare(y.category)),
  }));
  return {
    entries,
    totals: {
      deeds: approved.length,
      residents: ranked.length,
      points: approved.reduce((s, a) => s + a.points, 0),
    },
  };
}

/** Entries that share their points with a neighbour on the list (shown as 并列 / tie). */
export function tiedRanks(entries: readonly HonourEntry[]): Set<number> {
  const tied = new Set<number>();
  entries.forEach((e, i) => {
    if (entries[i - 1]?.points === e.points || entries[i + 1]?.points === e.points) tied.add(e.rank);
  });
  return tied;
}
