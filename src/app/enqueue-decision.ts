// The reporter's decision notice is queued in the same transaction as the decision itself,
// so a crash between the credit and the send cannot lose it, and a replay cannot double it.
import type { OutboxDraft, Repos } from "./ports.ts";

/** Renders the notices of a decision (inside the transaction: pure, no network). */
export type Announce<T> = (outcome: T) => OutboxDraft[];

/** Platforms where a bot may also write to the reporter privately (a Telegram bot can, once the
 * person has started a chat with it; otherwise the send is refused and given up at once). */
const PRIVATE_NOTICE_PLATFORMS = new Set(["telegram"]);

export const decisionKey = (reportId: number, status: string, index: number | "private" = 0) =>
  index === 0 ? `decision:${reportId}:${status}` : `decision:${reportId}:${status}:${index}`;

/** `now` is the app clock's time of the decision: the notice is due from then. */
export async function enqueueDecision(r: Repos, reportId: number, status: string, drafts: OutboxDraft[], now: Date): Promise<void> {
  for (const [i, draft] of drafts.entries()) {
    await r.outbox.enqueue(draft, { dedupeKey: decisionKey(reportId, status, i), notBefore: now });
  }
  const [group] = drafts;
  if (!group || !PRIVATE_NOTICE_PLATFORMS.has(group.platform) || !group.replyToMessageId) return;
  const report = await r.reports.byMessage(group.platform, group.chatId, group.replyToMessageId);
  const reporter = report ? await r.identities.byId(report.senderIdentityId) : null;
  if (!reporter || reporter.platform !== group.platform || reporter.externalUserId === group.chatId) return;
  await r.outbox.enqueue(
    { platform: group.platform, chatId: reporter.externalUserId, text: group.text },
    { dedupeKey: decisionKey(reportId, status, "private"), notBefore: now },
  );
}
