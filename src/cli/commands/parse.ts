// `deedbank parse`: run the report parser on one text, or on JSON lines from stdin.
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Worker } from "node:worker_threads";
import { startModuleWorker } from "../../adapters/threads/start-worker.ts";
import type { Catalog } from "../../domain/catalog.ts";
import { catalogSpellings, type ReportParser, type Spellings } from "../../domain/parser/index.ts";
import { answerLine, answerLines } from "./parse-line.ts";

/** Answers are written in chunks of at most about this many characters. */
const CHUNK = 64 * 1024;

/** Lines a worker thread is sent at once, and batches each worker may hold before reading pauses. */
const BATCH = 1000;
const IN_FLIGHT_PER_WORKER = 3;

export interface ParallelJsonl {
  /** The catalog the workers compile: the one `parser` was made from. */
  catalog: Catalog;
  /**
   * Threads that parse once the input is long: this one and `workers - 1` worker threads, this
   * thread taking a batch whenever every worker has its fill, so no core waits (1, the default
   * here: this thread alone). The command passes its own default, one per core up to 4.
   */
  workers?: number;
  /** Lines parsed in this thread before workers start: a short input never pays their start-up (default 2,000). */
  after?: number;
}

/**
 * Worker threads answering batches of lines, helped by this thread: a batch no worker has room
 * for is answered here. Answers come back in any order and are written in input order.
 */
class JsonlWorkers {
  private readonly workers: Worker[] = [];
  private readonly load = new Map<Worker, number>();
  private readonly done = new Map<number, { text: string; errors: number } | { failed: string }>();
  private nextSeq = 0;
  private nextWrite = 0;
  private wake: (() => void) | null = null;
  private errors = 0;
  failure: Error | null = null;

  constructor(catalog: Catalog, spellings: Spellings, private readonly now: Date, count: number, private readonly write: (s: string) => void, private readonly parser: ReportParser) {
    for (let i = 0; i < count; i++) {
      const w = startModuleWorker(import.meta.url, "parse-worker", { catalog, spellings, now: now.getTime() });
      w.on("message", (m: { seq: number; text: string; errors: number } | { seq: number; failed: string }) => {
        this.load.set(w, (this.load.get(w) ?? 1) - 1);
        this.done.set(m.seq, m);
        this.drain();
      });
      w.on("error", (e: Error) => this.fail(e));
      w.on("exit", (code) => {
        if (code !== 0 && this.inFlight > 0) this.fail(new Error(`a parse worker stopped (exit code ${code})`));
      });
      this.workers.push(w);
      this.load.set(w, 0);
    }
  }

  get inFlight(): number {
    return this.nextSeq - this.nextWrite;
  }

  /** Batches answered but not yet written (they wait for an earlier one) count too: memory stays bounded. */
  get full(): boolean {
    return this.inFlight >= (this.workers.length + 1) * IN_FLIGHT_PER_WORKER;
  }

  /** Sends a batch to the least busy worker, or answers it here when every worker has its fill (never waits: callers wait on `settled` when `full`). */
  send(lines: string[], first: number): void {
    let target = this.workers[0] as Worker;
    for (const w of this.workers) if ((this.load.get(w) ?? 0) < (this.load.get(target) ?? 0)) target = w;
    const seq = this.nextSeq++;
    if ((this.load.get(target) ?? 0) >= IN_FLIGHT_PER_WORKER) {
      try {
        this.done.set(seq, answerLines(this.parser, lines, first, this.now));
      } catch (e) {
        this.fail(e instanceof Error ? e : new Error(String(e)));
        return;
      }
      this.drain();
      return;
    }
    this.load.set(target, (this.load.get(target) ?? 0) + 1);
    target.postMessage({ seq, first, lines });
  }

  /** Resolves when some batch has been written (or the run failed). */
  settled(): Promise<void> {
    if (this.failure || this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => (this.wake = resolve));
  }

  /** Waits for every batch sent; throws what failed. */
  async finish(): Promise<number> {
    while (!this.failure && this.inFlight > 0) await this.settled();
    if (this.failure) throw this.failure;
    return this.errors;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private drain(): void {
    for (let r = this.done.get(this.nextWrite); r !== undefined && !this.failure; r = this.done.get(this.nextWrite)) {
      this.done.delete(this.nextWrite);
      if ("failed" in r) {
        this.fail(new Error(r.failed));
        break;
      }
      this.nextWrite++;
      this.errors += r.errors;
      this.write(r.text);
    }
    this.wakeUp();
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.wakeUp();
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}

/**
 * One output line per input line, in order; a bad line yields an error line and the run goes on.
 * Lines already read are answered in one write (one write per line costs as much as parsing a
 * short line); the batch goes out as soon as the input pauses, so a line-by-line caller still
 * gets each answer before sending the next line. With `parallel`, a long input is parsed on
 * worker threads after its first lines: the answers are the same, in the same order, sooner.
 */
export async function parseJsonl(parser: ReportParser, input: Readable, output: Writable, parallel?: ParallelJsonl): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let errors = 0;
  const now = new Date();
  let pending = "";
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    if (!pending) return;
    output.write(pending);
    pending = "";
  };
  const write = (s: string): void => {
    pending += s;
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };

  const workerCount = parallel?.workers ?? 1;
  const startAfter = parallel?.after ?? 2000;
  let workers: JsonlWorkers | null = null;
  let batch: string[] = [];
  let batchFirst = 0;
  let batchScheduled = false;
  /** A partial batch goes out when the input pauses, as the answers of this thread do. */
  const sendBatch = (): void => {
    batchScheduled = false;
    if (!workers || batch.length === 0) return;
    workers.send(batch, batchFirst);
    batch = [];
  };

  // Whatever ends the run (the end of input, a broken stream), the answers already made go out.
  try {
    for await (const line of lines) {
      if (pending.length >= CHUNK) flush();
      if (output.writableNeedDrain) await new Promise<void>((resolve) => output.once("drain", resolve));
      lineNo++;
      if (workers === null && parallel && workerCount >= 2 && lineNo > startAfter) {
        // The catalog's pinyin, spelled once here (this thread has spelled it already, for `parser`:
        // the spellings are kept) and handed to every worker, which then loads no pinyin-pro. Out of
        // the try below: a catalog that cannot be compiled fails the run, as it would in a worker.
        const spellings = catalogSpellings(parallel.catalog);
        try {
          workers = new JsonlWorkers(parallel.catalog, spellings, now, workerCount - 1, write, parser);
        } catch {
          parallel = undefined; // no worker can start here: the rest is parsed in this thread
        }
      }
      if (workers) {
        if (workers.failure) throw workers.failure;
        if (batch.length === 0) batchFirst = lineNo;
        batch.push(line);
        if (batch.length >= BATCH) sendBatch();
        else if (!batchScheduled) {
          batchScheduled = true;
          setImmediate(sendBatch);
        }
        while (workers.full && !workers.failure) await workers.settled();
        continue;
      }
      const a = answerLine(parser, line, lineNo, now);
      if (a.error) errors++;
      if (a.answer) write(a.answer);
    }
    if (workers) {
      sendBatch();
      errors += await workers.finish();
    }
  } finally {
    await workers?.close();
    flush();
  }
  return errors;
}

export function formatParse(text: string, parser: ReportParser): string {
  const r = parser({ text, now: new Date() });
  return JSON.stringify(r, null, 2);
}
