// A deed reported twice: by the same person again, or by several neighbours about the same doer,
// in whatever words or language. Two reports are the same deed when they share a doer and a
// deed (category and count: "three flyers" and "3张小广告" both read flyer_removal ×3) on the
// same day. Doers are compared by key: the resident when known ("r12"), else the name as
// written ("n王桂兰"); the caller resolves names to residents.
import type { ParsedDeed } from "./parser/index.ts";

export interface ReportSketch {
  number: number;
  senderIdentityId: number;
  text: string;
  deeds: readonly ParsedDeed[];
  /** Who did it, as keys (see doerKey). */
  doers: readonly string[];
}

export type Duplicate =
  /** The same sender sent the same text again: refused, as before. */
  | { kind: "resent"; of: ReportSketch }
  /** The same deed of the same doer, reported again: a card that points to the first. */
  | { kind: "same_deed"; of: ReportSketch };

const norm = (s: string) => s.replace(/[\s\p{P}\p{S}]+/gu, "").toLowerCase();

/** The key of a doer: a resident id when known, else the name without spaces and case. */
export const doerKey = (who: { residentId: number } | { name: string }): string =>
  "residentId" in who ? `r${who.residentId}` : `n${norm(who.name)}`;

/** Whether two reports share a deed: the same category counted the same. */
export function sharesDeed(a: readonly ParsedDeed[], b: readonly ParsedDeed[]): boolean {
  return a.some((x) => b.some((y) => x.category === y.category && x.quantity === y.quantity));
}

/** The earlier report (from the same day) that `candidate` repeats, if any; resent text first. */
export function findDuplicate(candidate: ReportSketch, sameDay: readonly ReportSketch[]): Duplicate | null {
  const text = norm(candidate.text);
  const resent = sameDay.find((r) => r.senderIdentityId === candidate.senderIdentityId && norm(r.text) === text);
  if (resent) return { kind: "resent", of: resent };
  const same = sameDay
    .filter((r) => sharesDeed(r.deeds, candidate.deeds) && r.doers.some((d) => candidate.doers.includes(d)))
    .sort((a, b) => a.number - b.number)[0];
  return same ? { kind: "same_deed", of: same } : null;
}
