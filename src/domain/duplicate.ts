// A deed reported twice (by the same person, or by several neighbours about the same doer)
// should reach the queue once.
import type { ParsedDeed } from "./parser/index.ts";

export interface ReportSketch {
  number: number;
  senderIdentityId: number;
  text: string;
  deeds: readonly ParsedDeed[];
  doerName: string | null;
}

const norm = (s: string) => s.replace(/[\s\p{P}\p{S}]+/gu, "").toLowerCase();
const deedSet = (d: readonly ParsedDeed[]) => d.map((x) => `${x.category}×${x.quantity}`).sort().join(",");

/** The earlier report (from the same day) that `candidate` repeats, if any. */
export function findDuplicate(candidate: ReportSketch, sameDay: readonly ReportSketch[]): ReportSketch | null {
  const text = norm(candidate.text);
  const deeds = deedSet(candidate.deeds);
  return (
    sameDay.find((r) => {
      if (r.senderIdentityId === candidate.senderIdentityId && norm(r.text) === text) return true;
      // Several neighbours praising the same person for the same deed.
      return candidate.doerName !== null && deeds !== "" && r.doerName === candidate.doerName && deedSet(r.deeds) === deeds;
    }) ?? null
  );
}
