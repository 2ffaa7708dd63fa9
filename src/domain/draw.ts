// A prize draw as a pure function of its published data: entries, prizes and seed. Anyone
// holding those can recompute the winners; the seed's hash was published before the draw.

export interface DrawEntry { residentId: number; tickets: number }
export interface DrawPrizeSpec { id: number; name: string; quantity: number }
export interface DrawnWinner { position: number; prizeId: number; residentId: number }

/** SHA-256 as lowercase hex; passed in so that the domain stays free of I/O modules. */
export type Sha256Hex = (text: string) => string;

/**
 * Every ticket is one slot, in entry order (entries sorted by resident id). For the k-th
 * prize unit the slot index is SHA-256(seed + ":" + k) read as a number, modulo the slots
 * left. A winner's other slots leave the pool unless repeat wins are allowed. Prizes left
 * when no slots remain stay unawarded.
 */
export function drawWinners(
  input: {
    entries: readonly DrawEntry[]; prizes: readonly DrawPrizeSpec[]; seed: string; allowRepeatWinners: boolean;
    /** Scheme 2: the digest of the entries, mixed into every pick so the seed is committed over them. */
    bind?: string;
  },
  sha256: Sha256Hex,
): DrawnWinner[] {
  // The slots are counted, never listed: millions of tickets cost no memory. Slot i belongs to
  // the entry whose running total of tickets first exceeds i (entries in resident id order).
  const pool = [...input.entries].filter((e) => e.tickets > 0).sort((a, b) => a.residentId - b.residentId).map((e) => ({ ...e }));
  let total = pool.reduce((s, e) => s + e.tickets, 0);
  const units = input.prizes.flatMap((p) => Array.from({ length: p.quantity }, () => p.id));
  const winners: DrawnWinner[] = [];
  const salt = input.bind === undefined ? "" : `${input.bind}:`;
  for (const [k, prizeId] of units.entries()) {
    if (total === 0) break;
    let index = Number(BigInt(`0x${sha256(`${input.seed}:${salt}${k + 1}`)}`) % BigInt(total));
    let at = 0;
    while (index >= (pool[at] as DrawEntry).tickets) index -= (pool[at++] as DrawEntry).tickets;
    const entry = pool[at] as DrawEntry;
    winners.push({ position: k + 1, prizeId, residentId: entry.residentId });
    const gone = input.allowRepeatWinners ? 1 : entry.tickets;
    entry.tickets -= gone;
    total -= gone;
    if (entry.tickets === 0) pool.splice(at, 1);
  }
  return winners;
}

/** Checks published data: the seed matches the commitment and the winners recompute. */
export function verifyDraw(
  published: {
    commitment: string; seed: string; entries: readonly DrawEntry[]; prizes: readonly DrawPrizeSpec[];
    allowRepeatWinners: boolean; winners: readonly DrawnWinner[];
  },
  sha256: Sha256Hex,
): { seedMatches: boolean; winnersMatch: boolean; expected: DrawnWinner[] } {
  const expected = drawWinners(published, sha256);
  const key = (w: DrawnWinner) => `${w.position}:${w.prizeId}:${w.residentId}`;
  return {
    seedMatches: sha256(published.seed) === published.commitment.toLowerCase(),
    winnersMatch: expected.map(key).join(",") === [...published.winners].sort((a, b) => a.position - b.position).map(key).join(","),
    expected,
  };
}
