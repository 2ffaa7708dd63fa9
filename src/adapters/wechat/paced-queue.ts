// Web WeChat blocks accounts that send fast: sends go one at a time, several seconds apart
// with jitter. Nothing is dropped: a failed send is retried, and after its retries it is
// handed back to the caller (the outbox keeps it).
export interface PacedQueueOptions {
  intervalMs: number;
  jitterMs: number;
  /** 0 ≤ x < 1 (Math.random in production; fixed in tests). */
  random: () => number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  retries?: number;
}

export class PacedQueue {
  #tail: Promise<unknown> = Promise.resolve();
  #last = Number.NEGATIVE_INFINITY;
  #waiting = 0;

  constructor(private readonly o: PacedQueueOptions) {}

  /** How many sends are queued and not yet done. */
  get length(): number {
    return this.#waiting;
  }

  push<T>(send: () => Promise<T>): Promise<T> {
    this.#waiting++;
    const run = async (): Promise<T> => {
      try {
        for (let attempt = 0; ; attempt++) {
          await this.#pace();
          try {
            const result = await send();
            this.#last = this.o.now();
            return result;
          } catch (e) {
            this.#last = this.o.now();
            if (attempt >= (this.o.retries ?? 2)) throw e;
          }
        }
      } finally {
        this.#waiting--;
      }
    };
    const next = this.#tail.then(run, run);
    this.#tail = next.catch(() => undefined);
    return next;
  }

  async #pace(): Promise<void> {
    const due = this.#last + this.o.intervalMs + Math.floor(this.o.random() * this.o.jitterMs);
    const now = this.o.now();
    if (due > now) await this.o.sleep(due - now);
  }
}
