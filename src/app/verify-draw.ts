// Recomputes a draw's winners from its published data. Draws opened since scheme 2 bind the
// terms, the seed and the entries to what the chat showed (see domain/draw-proof.ts); older
// draws (commitment = SHA-256 of the seed alone) are checked as they were published.
import { verifyDraw as verifyV1, type DrawnWinner } from "../domain/draw.ts";
import { checkProof, DRAW_SCHEME, entriesDigest, resultCode, type ProofCheck, type ProofFile } from "../domain/draw-proof.ts";
import type { AppDeps } from "./deps.ts";
import { fail, type Result } from "./errors.ts";
import type { DrawRec, WinnerRec } from "./reward-ports.ts";
import { sha256Hex } from "./sha256.ts";

/** Scheme 1 (draws opened before scheme 2): the commitment is SHA-256 of the seed alone. */
export interface PublishedDrawV1 {
  scheme?: 1; id: number; title: string; commitment: string; seed: string; allowRepeatWinners: boolean;
  prizes: { id: number; name: string; quantity: number }[];
  entries: { residentId: number; name: string; tickets: number }[];
  winners: (DrawnWinner & { name: string })[];
}
/** What is published at the draw: everything needed to check it, and nothing secret. */
export type PublishedDraw = PublishedDrawV1 | ProofFile;

/** A draw is scheme 1 when its commitment is the hash of the seed alone. */
export const isSchemeOne = (draw: Pick<DrawRec, "commitment" | "seed">) => sha256Hex(draw.seed) === draw.commitment;

/** The pick binding of a drawn draw's entries (scheme 2), or none (scheme 1). */
export const drawBinding = (draw: Pick<DrawRec, "commitment" | "seed">, entries: readonly { residentId: number; name: string; tickets: number }[]) =>
  isSchemeOne(draw) ? undefined : entriesDigest(entries, sha256Hex);

export function publishedDraw(draw: DrawRec, winners: readonly (WinnerRec & { name?: string })[]): PublishedDraw {
  const entries = draw.entries ?? [];
  const named = winners.map((w) => ({ position: w.position, prizeId: w.prizeId, residentId: w.residentId, name: w.name ?? "" }));
  const base = { id: draw.id, title: draw.title, commitment: draw.commitment, seed: draw.seed, allowRepeatWinners: draw.allowRepeatWinners, prizes: draw.prizes, entries };
  if (isSchemeOne(draw)) return { ...base, winners: named };
  const digest = entriesDigest(entries, sha256Hex);
  const prizeName = new Map(draw.prizes.map((p) => [p.id, p.name]));
  return {
    scheme: DRAW_SCHEME, ...base, mode: draw.mode, entriesDigest: digest, winners: named,
    resultCode: resultCode({ commitment: draw.commitment, seed: draw.seed, entriesDigest: digest, winners: named.map((w) => ({ ...w, prize: prizeName.get(w.prizeId) ?? "" })) }, sha256Hex),
  };
}

export interface Verdict {
  ok: true; published: PublishedDraw; seedMatches: boolean; winnersMatch: boolean; expected: DrawnWinner[];
  checks: ProofCheck[];
  /** Every check passed, including those against the chat (for a file, only when given). */
  verified: boolean;
}

/** What the chat showed: the commitment of the opening message, the code of the result message. */
export interface ChatRefs { commitment?: string; code?: string }

/** Checks published data (from a file anyone may hold) against what the chat showed. */
export function verifyPublished(published: PublishedDraw, chat: ChatRefs = {}): Verdict {
  if (published.scheme !== DRAW_SCHEME) {
    const v = verifyV1(published, sha256Hex);
    const checks = [
      { what: "sha256(seed) = commitment", ok: v.seedMatches },
      { what: "the winners recompute from seed and entries", ok: v.winnersMatch },
      ...(chat.commitment !== undefined ? [{ what: "the commitment is the one shown in the chat", ok: chat.commitment.trim().toLowerCase() === published.commitment.toLowerCase() }] : []),
    ];
    return { ok: true, published, ...v, checks, verified: checks.every((c) => c.ok) };
  }
  const { checks, expected } = checkProof(published, chat, sha256Hex);
  const verified = checks.every((c) => c.ok) && chat.commitment !== undefined && chat.code !== undefined;
  return { ok: true, published, seedMatches: checks[0]?.ok ?? false, winnersMatch: checks[2]?.ok ?? false, expected, checks, verified };
}

/** Checks a drawn draw as this database holds it, against the commitment it announced. */
export async function verifyStoredDraw(deps: AppDeps, communityId: number, drawId: number): Promise<Result<Verdict>> {
  const found = await deps.store.read(async (r) => {
    const draw = await r.draws.byId(communityId, drawId);
    return draw ? { draw, winners: await r.draws.winners(drawId) } : null;
  });
  if (!found) return fail("DRAW.NOT_FOUND", { id: drawId });
  if (found.draw.status !== "drawn") return fail("DRAW.NOT_DRAWN", { id: drawId });
  const names = new Map((found.draw.entries ?? []).map((e) => [e.residentId, e.name]));
  const published = publishedDraw(found.draw, found.winners.map((w) => ({ ...w, name: names.get(w.residentId) ?? "" })));
  const code = published.scheme === DRAW_SCHEME ? published.resultCode : undefined;
  return verifyPublished(published, { commitment: found.draw.commitment, code });
}
