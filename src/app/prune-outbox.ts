// Sent messages are kept for the retention period (to look into what was sent), then go. A
// message with a dedupe key leaves its key behind, text emptied, for a year more: the key
// is what stops its cause (a decision, a draw, an honour post) from being queued twice.
import type { AppDeps } from "./deps.ts";

export const KEYS_KEPT_DAYS = 365;

export async function pruneOutbox(deps: AppDeps, retentionDays: number): Promise<{ deleted: number; emptied: number }> {
  const now = deps.clock().getTime();
  const day = 86_400_000;
  return deps.store.write((r) =>
    r.outbox.pruneSent(new Date(now - retentionDays * day), new Date(now - (retentionDays + KEYS_KEPT_DAYS) * day)),
  );
}
