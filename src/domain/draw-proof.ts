// Scheme 2 of a draw anyone can check. What the chat shows binds everything:
// - at the opening, the commitment: SHA-256 of the draw's terms (title, prizes, mode, repeat
//   rule) and the secret seed; so neither the seed nor the prizes can change later;
// - at the result, the seed, the digest of the entries (names and tickets), which is mixed into
//   every pick, and a result code: a digest of all of it with the winners.
// A file that differs from the chat in any way then fails on the commitment or on the code.
import { drawWinners, type DrawnWinner, type Sha256Hex } from "./draw.ts";

export const DRAW_SCHEME = 2;

export interface DrawTerms { title: string; prizes: readonly { name: string; quantity: number }[]; mode: string; allowRepeatWinners: boolean }
export interface NamedEntry { residentId: number; name: string; tickets: number }

const termsText = (t: DrawTerms) =>
  JSON.stringify(["deedbank-draw", DRAW_SCHEME, t.title, t.prizes.map((p) => [p.name, p.quantity]), t.mode, t.allowRepeatWinners]);

export const drawCommitment = (terms: DrawTerms, seed: string, sha256: Sha256Hex): string => sha256(`${termsText(terms)}\n${seed}`);

export const entriesDigest = (entries: readonly NamedEntry[], sha256: Sha256Hex): string =>
  sha256(JSON.stringify([...entries].sort((a, b) => a.residentId - b.residentId).map((e) => [e.residentId, e.name, e.tickets])));

/** The short code in the result message: everything published, winners included. */
export function resultCode(
  p: { commitment: string; seed: string; entriesDigest: string; winners: readonly { position: number; prize: string; residentId: number; name: string }[] },
  sha256: Sha256Hex,
): string {
  const winners = [...p.winners].sort((a, b) => a.position - b.position).map((w) => [w.position, w.prize, w.residentId, w.name]);
  return sha256(JSON.stringify([p.commitment, p.seed, p.entriesDigest, winners])).slice(0, 16);
}

export interface ProofFile extends DrawTerms {
  scheme: 2; id: number; commitment: string; seed: string;
  prizes: readonly { id: number; name: string; quantity: number }[];
  entries: readonly NamedEntry[]; entriesDigest: string;
  winners: readonly (DrawnWinner & { name: string })[]; resultCode: string;
}

export interface ProofCheck { what: string; ok: boolean }

/** Every check of a scheme-2 draw; `chat` holds what the chat showed, when the checker has it. */
export function checkProof(f: ProofFile, chat: { commitment?: string; code?: string }, sha256: Sha256Hex): { checks: ProofCheck[]; expected: DrawnWinner[] } {
  const digest = entriesDigest(f.entries, sha256);
  const expected = drawWinners({ entries: f.entries, prizes: f.prizes, seed: f.seed, allowRepeatWinners: f.allowRepeatWinners, bind: digest }, sha256);
  const key = (w: DrawnWinner) => `${w.position}:${w.prizeId}:${w.residentId}`;
  const names = new Map(f.entries.map((e) => [e.residentId, e.name]));
  const prizeName = new Map(f.prizes.map((p) => [p.id, p.name]));
  const code = resultCode({
    commitment: f.commitment, seed: f.seed, entriesDigest: digest,
    winners: f.winners.map((w) => ({ ...w, prize: prizeName.get(w.prizeId) ?? "" })),
  }, sha256);
  const checks: ProofCheck[] = [
    { what: "the seed and the terms (title, prizes, rules) hash to the commitment", ok: drawCommitment(f, f.seed, sha256) === f.commitment.toLowerCase() },
    { what: "the entries hash to the published entries digest", ok: digest === f.entriesDigest },
    { what: "the winners recompute from seed and entries", ok: expected.map(key).join(",") === [...f.winners].sort((a, b) => a.position - b.position).map(key).join(",") },
    { what: "each winner's name is the entry's name", ok: f.winners.every((w) => names.get(w.residentId) === w.name && prizeName.has(w.prizeId)) },
    { what: "the result code recomputes", ok: code === f.resultCode },
  ];
  if (chat.commitment !== undefined) checks.push({ what: "the commitment is the one shown in the chat when the draw opened", ok: chat.commitment.trim().toLowerCase() === f.commitment.toLowerCase() });
  if (chat.code !== undefined) checks.push({ what: "the result code is the one shown in the chat with the result", ok: chat.code.trim().toLowerCase() === code });
  return { checks, expected };
}
