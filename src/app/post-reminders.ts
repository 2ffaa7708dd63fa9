// Queues the day's reminders: one per grid group (recorded as a scheduled post of the day,
// so it goes out at most once whatever restarts do) and one per admin account (its outbox
// dedupe key names the day and the account).
import { postKey } from "./post-honour-list.ts";
import type { AppDeps } from "./deps.ts";
import type { ChatGroupRec } from "./ports.ts";

export interface ReminderPost { group: ChatGroupRec; text: string }
export interface AdminPost { platform: string; chatId: string; text: string }
export type PostStatus = "queued" | "already-posted";

export async function postReminders(
  deps: AppDeps, job: string, day: string, posts: { groups: readonly ReminderPost[]; admins: readonly AdminPost[] },
): Promise<{ groups: PostStatus[]; admins: PostStatus[] }> {
  return deps.store.write(async (r) => {
    const now = deps.clock();
    const groups: PostStatus[] = [];
    for (const { group, text } of posts.groups) {
      const dedupeKey = postKey(job, day, group.id);
      const recorded = await r.honour.recordPost({ job, period: day, chatGroupId: group.id }, dedupeKey);
      if (recorded === "created") await r.outbox.enqueue({ platform: group.platform, chatId: group.externalId, text }, { dedupeKey, notBefore: now });
      groups.push(recorded === "created" ? "queued" : "already-posted");
    }
    const admins: PostStatus[] = [];
    for (const a of posts.admins) {
      const queued = await r.outbox.enqueue({ platform: a.platform, chatId: a.chatId, text: a.text }, { dedupeKey: `job:${job}:${day}:admin:${a.platform}:${a.chatId}`, notBefore: now });
      admins.push(queued === null ? "already-posted" : "queued");
    }
    return { groups, admins };
  });
}
