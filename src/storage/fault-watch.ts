// Storage faults (a full disk, an I/O error, a read-only file) are not bugs of one message:
// they last until someone acts. The watch tells its listeners once when writes start failing
// and once when they work again, however many messages fail in between.
export type StorageFault = "full" | "io" | "readonly" | "corrupt";

const FAULTS: [RegExp, StorageFault][] = [
  [/SQLITE_FULL|database or disk is full/i, "full"],
  [/SQLITE_READONLY|readonly database/i, "readonly"],
  [/SQLITE_CORRUPT|SQLITE_NOTADB|malformed|not a database/i, "corrupt"],
  [/SQLITE_IOERR|disk I\/O error|SQLITE_CANTOPEN/i, "io"],
];

/** The storage fault behind an error (looking through Prisma's wrappers), or null. */
export function storageFaultOf(e: unknown): StorageFault | null {
  for (let cur: unknown = e, depth = 0; cur && depth < 6; depth++) {
    const o = cur as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown; originalMessage?: unknown };
    const text = [o.code, o.originalCode, o.message, o.originalMessage].filter((x) => typeof x === "string").join(" ");
    for (const [re, kind] of FAULTS) if (re.test(text)) return kind;
    cur = o.cause;
  }
  return null;
}

export type FaultListener = (event: { state: "failing"; fault: StorageFault } | { state: "recovered" }) => void;

export class FaultWatch {
  #failing: StorageFault | null = null;
  #okInARow = 0;
  readonly #listeners: FaultListener[] = [];

  /**
   * A full disk still lets small writes through (they reuse free pages), so one success proves
   * little: the watch tells "recovered" only after `recoverAfter` writes in a row succeed.
   */
  constructor(private readonly recoverAfter = 3) {}

  get failing(): StorageFault | null {
    return this.#failing;
  }

  subscribe(fn: FaultListener): () => void {
    this.#listeners.push(fn);
    return () => void this.#listeners.splice(this.#listeners.indexOf(fn), 1);
  }

  /** Runs one write and observes how it ended. */
  async watch<T>(write: () => Promise<T>): Promise<T> {
    try {
      const result = await write();
      this.observe();
      return result;
    } catch (e) {
      this.observe(e);
      throw e;
    }
  }

  /** After each write: the error it threw, or undefined when it committed. */
  observe(error?: unknown): void {
    const fault = error === undefined ? null : storageFaultOf(error);
    if (error !== undefined && !fault) return;
    if (fault) {
      this.#okInARow = 0;
      if (!this.#failing) {
        this.#failing = fault;
        this.#emit({ state: "failing", fault });
      }
    } else if (this.#failing && ++this.#okInARow >= this.recoverAfter) {
      this.#failing = null;
      this.#okInARow = 0;
      this.#emit({ state: "recovered" });
    }
  }

  #emit(event: Parameters<FaultListener>[0]): void {
    for (const fn of [...this.#listeners]) {
      try {
        fn(event);
      } catch {
        // a listener's failure must not turn into a failed write
      }
    }
  }
}
