// The one check before any review (approve, reject, revoke): who is acting, and may they
// decide this report — by their roles, their verified account, and not about themself.
import { reviewRefusal, type Reviewer } from "../domain/permissions.ts";
import { fail, type Failure } from "./errors.ts";
import { loadActor, type PlatformUser } from "./load-actor.ts";
import type { Repos, ReportRec } from "./ports.ts";

export async function checkReviewer(
  r: Repos,
  user: PlatformUser,
  report: ReportRec,
  concerned: readonly (number | null)[],
): Promise<Reviewer | Failure> {
  const actor = await loadActor(r, user);
  if (!actor.resident) return fail("AUTH.NOT_REVIEWER");
  const reviewer = { residentId: actor.resident.id, verified: actor.identity?.verified ?? false, roles: actor.roles };
  const refusal = reviewRefusal(reviewer, report, concerned);
  return refusal ? fail(refusal, { number: report.number }) : reviewer;
}
