// The reporter's decision notice is queued in the same transaction as the decision itself,
// so a crash between the credit and the send cannot lose it, and a replay cannot double it.
import type { OutboxDraft, Repos } from "./ports.ts";

/** Renders the notices of a decision (inside the transaction: pure, no network). */
export type Announce<T> = (outcome: T) => OutboxDraft[];

export const decisionKey = (reportId: number, status: string, index = 0) =>
  index === 0 ? `decision:${reportId}:${status}` : `decision:${reportId}:${status}:${index}`;

/** `now` is the app clock's time of the decision: the notice is due from then. */
export async function enqueueDecision(r: Repos, reportId: number, status: string, drafts: OutboxDraft[], now: Date): Promise<void> {
  for (const [i, draft] of drafts.entries()) {
    await r.outbox.enqueue(draft, { dedupeKey: decisionKey(reportId, status, i), notBefore: now });
  }
}
