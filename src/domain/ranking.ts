// Rankings: most points first; a tie goes to whoever reached the total first, then to the
// lower resident id, so the order never changes between two readings.
export interface Tally { residentId: number; points: number; lastAt: Date }
export interface Ranked extends Tally { rank: number }

export function rank(tallies: readonly Tally[]): Ranked[] {
  const sorted = tallies
    .filter((t) => t.points > 0)
    .sort((a, b) => b.points - a.points || a.lastAt.getTime() - b.lastAt.getTime() || a.residentId - b.residentId);
  return sorted.map((t, i) => ({ ...t, rank: i + 1 }));
}
