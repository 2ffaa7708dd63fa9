// Recomputes a draw's winners from its published data: the seed must hash to the commitment
// published before the draw, and the winners must follow from seed and entries.
import { verifyDraw as verify, type DrawnWinner } from "../domain/draw.ts";
import type { AppDeps } from "./deps.ts";
import { fail, type Result } from "./errors.ts";
import type { DrawRec, WinnerRec } from "./reward-ports.ts";
import { sha256Hex } from "./sha256.ts";

/** What is published at the draw: everything needed to check it, and nothing secret. */
export interface PublishedDraw {
  id: number; title: string; commitment: string; seed: string; allowRepeatWinners: boolean;
  prizes: { id: number; name: string; quantity: number }[];
  entries: { residentId: number; name: string; tickets: number }[];
  winners: (DrawnWinner & { name: string })[];
}

export function publishedDraw(draw: DrawRec, winners: readonly (WinnerRec & { name?: string })[]): PublishedDraw {
  return {
    id: draw.id, title: draw.title, commitment: draw.commitment, seed: draw.seed, allowRepeatWinners: draw.allowRepeatWinners,
    prizes: draw.prizes, entries: draw.entries ?? [],
    winners: winners.map((w) => ({ position: w.position, prizeId: w.prizeId, residentId: w.residentId, name: w.name ?? "" })),
  };
}

export type Verdict = ReturnType<typeof verify> & { published: PublishedDraw; ok: true };

/** Checks published data (from a file anyone may hold). */
export const verifyPublished = (published: PublishedDraw): Verdict => ({ ok: true, published, ...verify(published, sha256Hex) });

/** Checks a drawn draw as this database holds it. */
export async function verifyStoredDraw(deps: AppDeps, communityId: number, drawId: number): Promise<Result<Verdict>> {
  const found = await deps.store.read(async (r) => {
    const draw = await r.draws.byId(communityId, drawId);
    return draw ? { draw, winners: await r.draws.winners(drawId) } : null;
  });
  if (!found) return fail("DRAW.NOT_FOUND", { id: drawId });
  if (found.draw.status !== "drawn") return fail("DRAW.NOT_DRAWN", { id: drawId });
  const names = new Map((found.draw.entries ?? []).map((e) => [e.residentId, e.name]));
  return verifyPublished(publishedDraw(found.draw, found.winners.map((w) => ({ ...w, name: names.get(w.residentId) ?? "" }))));
}
