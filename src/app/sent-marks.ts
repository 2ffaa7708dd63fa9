// Receipts the adapter sent directly are marked sent in the outbox (receipt.ts). That mark was a
// write transaction of its own after every reply; here it waits in memory and is written inside
// the next write transaction of this process (the next message's, usually), or on its own after
// MARK_DELAY_MS, or before a read that looks at what was sent (quotes, card lookups), or at close.
//
// What a crash costs: a receipt sent but not yet marked stays pending in the outbox, and the
// dispatcher sends it again once its grace time (RECEIPT_GRACE_MS) has passed: at least once,
// never lost, as when a process died between a send and its mark before; the window is now up to
// MARK_DELAY_MS (or until the next write) instead of one transaction. Another process cannot take
// the row meanwhile: it is not due before its grace time, which is far longer than MARK_DELAY_MS.
import type { Repos, Store, WriteScope } from "./ports.ts";

/** How long a mark waits for another write to carry it before it is written on its own. */
export const MARK_DELAY_MS = 250;

interface Mark { id: number; messageId: string | null; at: Date }

export class SentMarks {
  #pending: Mark[] = [];
  #timer: ReturnType<typeof setTimeout> | null = null;
  /** Writes the pending marks (a write of the store these marks ride on). */
  flush: () => Promise<void> = async () => {};

  get size(): number {
    return this.#pending.length;
  }

  add(mark: Mark): void {
    this.#pending.push(mark);
    this.#schedule();
  }

  /** The pending marks, to write in the caller's transaction (given back with `restore` if it fails). */
  take(): Mark[] {
    const out = this.#pending;
    this.#pending = [];
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    return out;
  }

  restore(marks: readonly Mark[]): void {
    if (marks.length === 0) return;
    this.#pending = [...marks, ...this.#pending];
    this.#schedule();
  }

  /** Forgets the pending marks without writing them: what a crash does (tests only). */
  dropForTest(): void {
    this.take();
  }

  #schedule(): void {
    if (this.#timer || this.#pending.length === 0) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      // A failed flush (a full disk, a closed store) keeps the marks for the next write; not
      // retried on a timer (a store that is gone would spin). At worst the receipt goes again.
      this.flush().catch(() => undefined);
    }, MARK_DELAY_MS);
    this.#timer.unref?.();
  }
}

/** Writes marks in a transaction of the caller. */
async function writeMarks(r: Repos, marks: readonly Mark[]): Promise<void> {
  for (const m of marks) await r.outbox.markSent(m.id, m.messageId, m.at);
}

/**
 * The store with pending marks written at the start of each write transaction. A write that
 * fails (rolled back) gives its marks back, to be written with the next one.
 */
export function withSentMarks(store: Store, marks: SentMarks): Store {
  const write = async <T>(fn: (repos: Repos) => Promise<T>, scope?: WriteScope): Promise<T> => {
    let carried: Mark[] = [];
    try {
      return await store.write(async (r) => {
        // A retried transaction (busy) runs this again: the first try's marks come back first.
        marks.restore(carried);
        carried = marks.take();
        await writeMarks(r, carried);
        return fn(r);
      }, scope);
    } catch (e) {
      marks.restore(carried);
      throw e;
    }
  };
  marks.flush = async () => {
    if (marks.size > 0) await write(async () => undefined, "rows");
  };
  return { read: (fn) => store.read(fn), write };
}
