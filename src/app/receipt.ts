// Replies that confirm a write ("兑换成功", the report card, "已撤回") are receipts: a use case
// queues its receipt in the outbox inside the write's own transaction, so a crash right after
// the commit cannot lose it. How to follow it in a new use case:
//
//   export async function doThing(deps, input: { ...; receipt?: Receipt<Done> }): Promise<Result<Done & Receipted>> {
//     return deps.store.write(async (r) => {
//       ...the write...
//       const done = { ... };
//       return ok({ ...done, receipt: await queueReceipt(r, input.receipt, done, deps.clock()) });
//     });
//   }
//
// The command passes `receipt: (done) => ctx.reply(text)` (pure: rendered inside the
// transaction, no I/O) and returns `res.receipt` as its reply. The row waits RECEIPT_GRACE_MS
// before the dispatcher may take it: in that time the adapter sends it at once and marks it
// sent (onDelivered → markReceiptSent, written with the next write: sent-marks.ts); only if
// that never happens (a crash, a failed send) does the dispatcher deliver it.
import type { AppDeps } from "./deps.ts";
import type { OutboxDraft, Repos } from "./ports.ts";

export const RECEIPT_GRACE_MS = 60_000;

/** Renders the confirming reply of a write from its outcome (pure; null: no reply). */
export type Receipt<T> = (outcome: T) => OutboxDraft | null;

/** What a use case with a receipt adds to its success: the queued reply, to send now. */
export interface Receipted { receipt: OutboxDraft | null }

export async function queueReceipt<T>(r: Repos, render: Receipt<T> | undefined, outcome: T, now: Date): Promise<OutboxDraft | null> {
  const draft = render?.(outcome);
  if (!draft) return null;
  // One receipt per incoming message: a redelivered message does not queue a second one.
  const dedupeKey = draft.replyToMessageId ? `receipt:${draft.platform}:${draft.chatId}:${draft.replyToMessageId}` : undefined;
  const queued = await r.outbox.enqueue(draft, { notBefore: new Date(now.getTime() + RECEIPT_GRACE_MS), ...(dedupeKey ? { dedupeKey } : {}) });
  return queued === null ? null : { ...draft, outboxId: queued };
}

/**
 * The adapter sent a receipt directly: the dispatcher must not send it again. The mark is
 * written with this process's next write (sent-marks.ts: at most MARK_DELAY_MS later), not in a
 * transaction of its own (issue 14).
 */
export async function markReceiptSent(deps: AppDeps, out: OutboxDraft, messageId: string | null): Promise<void> {
  const id = out.outboxId;
  if (id === undefined || id === null) return;
  if (deps.marks) return deps.marks.add({ id, messageId, at: deps.clock() });
  await deps.store.write((r) => r.outbox.markSent(id, messageId, deps.clock()), "rows");
}
