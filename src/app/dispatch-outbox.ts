// Sends the messages the outbox holds for one platform. The network call runs outside any
// transaction: a message is taken, sent, then marked in a write of its own. A process that
// dies between send and mark sends it again after its lease ends (at least once, never lost).
import type { AppDeps } from "./deps.ts";
import type { OutboxItem } from "./ports.ts";

/** Delivers one message on a platform; the platform's message id comes back (or null). */
export type SendPort = (item: OutboxItem) => Promise<{ messageId: string | null }>;

export interface DispatchOptions {
  platform: string;
  send: SendPort;
  /** How many messages one call takes at most. */
  limit?: number;
  /** How long a taken message is this sender's before another process may take it (ms). */
  leaseMs?: number;
  /** Attempts before a message is given up as failed. */
  maxAttempts?: number;
  /** Wait before the next attempt, from the attempt number (1, 2, ...). */
  backoffMs?: (attempt: number) => number;
}

export interface DispatchResult { sent: number; retried: number; failed: number }

/**
 * Errors a sender may throw: `retryAfterMs` (the platform asked to wait, e.g. Telegram 429)
 * or `permanent` (retrying cannot help, e.g. the chat is gone).
 */
interface SendFailure { message?: string; retryAfterMs?: number; permanent?: boolean }

const DEFAULT_LIMIT = 20;

export const defaultBackoff = (attempt: number) => Math.min(60_000 * 2 ** (attempt - 1), 3_600_000);

export async function dispatchOutbox(deps: AppDeps, opts: DispatchOptions): Promise<DispatchResult> {
  return (await dispatchRound(deps, opts)).result;
}

/** One round: what it sent, and how many messages were due when it looked (a full batch: look again). */
async function dispatchRound(deps: AppDeps, opts: DispatchOptions): Promise<{ result: DispatchResult; due: number }> {
  const { platform, send, limit = DEFAULT_LIMIT, leaseMs = 10 * 60_000, maxAttempts = 5, backoffMs = defaultBackoff } = opts;
  const result: DispatchResult = { sent: 0, retried: 0, failed: 0 };
  // Read first, outside a write: most calls find nothing due and then cost one statement, not a
  // write transaction (issue 14). What is due is then leased, not just read: with several bot
  // processes on one database each message is taken once (the lease is a conditional update
  // that leaves out whatever another sender took or marked since the read).
  const now = deps.clock();
  const candidates = await deps.store.read((r) => r.outbox.due(now, limit, platform));
  if (candidates.length === 0) return { result, due: 0 };
  const due = await deps.store.write((r) => r.outbox.lease(candidates, now, new Date(now.getTime() + leaseMs)), "rows");
  for (const item of due) {
    let sent: { messageId: string | null } | null = null;
    let outcome: SendFailure = {};
    try {
      sent = await send(item);
    } catch (e) {
      const err = e as SendFailure;
      outcome = { retryAfterMs: err?.retryAfterMs, permanent: err?.permanent, message: (e as Error)?.message ?? String(e) };
    }
    if (sent) {
      const { messageId } = sent;
      await deps.store.write((r) => r.outbox.markSent(item.id, messageId, deps.clock()), "rows");
      result.sent++;
      continue;
    }
    const attempt = item.attempts + 1;
    const giveUp = outcome.permanent === true || attempt >= maxAttempts;
    const wait = Math.max(outcome.retryAfterMs ?? 0, backoffMs(attempt));
    const retryAt = giveUp ? null : new Date(deps.clock().getTime() + wait);
    await deps.store.write((r) => r.outbox.markFailed(item.id, outcome.message ?? "send failed", retryAt), "rows");
    if (giveUp) result.failed++;
    else result.retried++;
  }
  return { result, due: candidates.length };
}

/** Sends until nothing is due now (for the simulator and tests; bounded by `rounds`). */
export async function drainOutbox(deps: AppDeps, opts: DispatchOptions, rounds = 50): Promise<DispatchResult> {
  const total: DispatchResult = { sent: 0, retried: 0, failed: 0 };
  for (let i = 0; i < rounds; i++) {
    const { result: r, due } = await dispatchRound(deps, opts);
    total.sent += r.sent;
    total.retried += r.retried;
    total.failed += r.failed;
    if (r.sent + r.retried + r.failed === 0) break;
    // Fewer than a full batch was due and none is to be retried: nothing else is due, no second
    // look (issue 14: a read less per drain).
    if (due < (opts.limit ?? DEFAULT_LIMIT) && r.retried === 0) break;
  }
  return total;
}
