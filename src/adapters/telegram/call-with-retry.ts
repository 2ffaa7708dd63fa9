// A Bot API call that honours 429 Too Many Requests: waits `retry_after` and tries again, a
// bounded number of times. Past that the error carries `retryAfterMs` so the outbox retries later.

import { readTelegramError } from "./api-error.ts";

export const retryAfterSeconds = (e: unknown): number | null => readTelegramError(e).retryAfter;

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function callWithRetry<T>(fn: () => Promise<T>, opts: { retries: number; sleep: Sleep; maxWaitMs?: number }): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      const seconds = retryAfterSeconds(e);
      if (seconds === null) throw e;
      const waitMs = seconds * 1000;
      if (attempt >= opts.retries || waitMs > (opts.maxWaitMs ?? 60_000)) {
        throw Object.assign(e as object, { retryAfterMs: waitMs });
      }
      await opts.sleep(waitMs);
    }
  }
}

/** Errors that retrying cannot fix: the bot was removed, the chat is gone. */
export function isPermanent(e: unknown): boolean {
  const { code } = readTelegramError(e);
  return code === 400 || code === 403;
}
