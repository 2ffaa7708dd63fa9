// Telegram's limits for bots: about 1 message a second in one chat, 20 a minute in one group,
// 30 a second overall. Each send reserves the earliest slot that keeps all three; reservations
// are made in call order, so a chat's messages keep their order.

export interface Limits { perChatMs: number; perGroup: { count: number; windowMs: number }; global: { count: number; windowMs: number } }

export const TELEGRAM_LIMITS: Limits = {
  perChatMs: 1_000,
  perGroup: { count: 20, windowMs: 60_000 },
  global: { count: 30, windowMs: 1_000 },
};

export class RateLimiter {
  #chatNext = new Map<string, number>();
  #group = new Map<string, number[]>();
  #global: number[] = [];

  constructor(private readonly limits: Limits = TELEGRAM_LIMITS) {}

  /** The time (ms) at which a message to `chatId` may go, given `now`; the slot is taken. */
  reserve(chatId: string, isGroup: boolean, now: number): number {
    const { perChatMs, perGroup, global } = this.limits;
    let t = Math.max(now, this.#chatNext.get(chatId) ?? 0);
    const groupTimes = isGroup ? (this.#group.get(chatId) ?? []) : null;
    // Conservative: fewer than `count` others within one window either side of t means no
    // window of that length holding t can exceed the limit.
    for (let moved = true; moved; ) {
      moved = false;
      for (const [times, { count, windowMs }] of [[groupTimes, perGroup], [this.#global, global]] as const) {
        const near = times?.filter((x) => Math.abs(x - t) < windowMs) ?? [];
        if (near.length >= count) {
          t = Math.min(...near) + windowMs;
          moved = true;
        }
      }
    }
    this.#chatNext.set(chatId, t + perChatMs);
    if (groupTimes) this.#group.set(chatId, [...groupTimes.filter((x) => x > now - perGroup.windowMs), t]);
    this.#global = [...this.#global.filter((x) => x > now - global.windowMs), t];
    return t;
  }
}
