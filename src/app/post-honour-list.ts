// Queues a scheduled post (the honour list) for chat groups: each (job, period, group) is
// recorded in the same transaction as its outbox message, so it is posted at most once,
// whatever restarts or second processes do. The platform senders pace the sending.
import type { AppDeps } from "./deps.ts";
import type { ChatGroupRec } from "./ports.ts";

export interface GroupPost { group: ChatGroupRec; text: string; photoPath: string | null }

export interface PostOutcome { group: ChatGroupRec; status: "queued" | "already-posted" }

/** The outbox key of a scheduled post: one per (job, period, group). */
export const postKey = (job: string, period: string, chatGroupId: number) => `job:${job}:${period}:${chatGroupId}`;

export async function postHonourList(deps: AppDeps, job: string, period: string, posts: readonly GroupPost[]): Promise<PostOutcome[]> {
  return deps.store.write(async (r) => {
    const outcomes: PostOutcome[] = [];
    const now = deps.clock();
    for (const { group, text, photoPath } of posts) {
      const dedupeKey = postKey(job, period, group.id);
      const recorded = await r.honour.recordPost({ job, period, chatGroupId: group.id }, dedupeKey);
      if (recorded === "created") {
        await r.outbox.enqueue({ platform: group.platform, chatId: group.externalId, text, photoPath }, { dedupeKey, notBefore: now });
      }
      outcomes.push({ group, status: recorded === "created" ? "queued" : "already-posted" });
    }
    return outcomes;
  });
}
