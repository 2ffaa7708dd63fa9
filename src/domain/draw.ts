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
  input: { entries: readonly DrawEntry[]; prizes: readonly DrawPrizeSpec[]; seed: string; allowRepeatWinners: boolean },
  sha256: Sha256Hex,
): DrawnWinner[] {
  let slots = [...input.entries]
    .filter((e) => e.tickets > 0)
    .sort((a, b) => a.residentId - b.residentId)
    .flatMap((e) => Array.from({ length: e.tickets }, () => e.residentId));
  const units = input.prizes.flatMap((p) => Array.from({ length: p.quantity }, () => p.id));
  const winners: DrawnWinner[] = [];
  for (const [k, prizeId] of units.entries()) {
    if (slots.length === 0) break;
    const index = Number(BigInt(`0x${sha256(`${input.seed}:${k + 1}`)}`) % BigInt(slots.length));
    const residentId = slots[index] as number;
    winners.push({ position: k + 1, prizeId, residentId });
    slots = input.allowRepeatWinners ? slots.filter((_, i) => i !== index) : slots.filter((id) => id !== residentId);
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
