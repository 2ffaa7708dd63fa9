// Whether a report number is one still awaiting review in a community: a reply to one card that
// also names another waiting report is asked back, never guessed (issue 11).
import type { AppDeps } from "./deps.ts";

export async function isAwaitingReview(deps: AppDeps, communityId: number, number: number): Promise<boolean> {
  const report = await deps.store.read((r) => r.reports.byNumber(communityId, number));
  return report?.status === "pending";
}
