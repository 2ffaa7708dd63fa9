// Opens the SQLite database: applies migrations, sets the connection pragmas, and returns
// a Store whose every call goes through one lane.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Repos, Store } from "../app/ports.ts";
import { PrismaClient } from "./generated/client.ts";
import { applyMigrations } from "./migrate.ts";
import { createRepos, type Db } from "./repos/index.ts";
import { withBusyRetry } from "./busy-retry.ts";
import { WriteLane } from "./write-lane.ts";
import { FaultWatch } from "./fault-watch.ts";
import { guardTransactions } from "./guard-transactions.ts";

export interface Database extends Store {
  readonly file: string;
  /** Tells once when writes start failing for a storage fault (full disk …), once when they work again. */
  readonly faults: FaultWatch;
  /** One statement outside any transaction, on the lane (PRAGMAs for operations and tests). */
  raw(sql: string): Promise<unknown>;
  close(): Promise<void>;
}

/** `file:./data/x.db`, `./data/x.db` or an absolute path → an absolute file path. */
export function databaseFile(urlOrPath: string): string {
  return resolve(urlOrPath.replace(/^file:/, ""));
}

export async function openDatabase(urlOrPath: string): Promise<Database> {
  const file = databaseFile(urlOrPath);
  mkdirSync(dirname(file), { recursive: true });
  applyMigrations(file);
  const prisma = new PrismaClient({ adapter: guardTransactions(new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 10_000 })) });
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  await prisma.$queryRawUnsafe("PRAGMA busy_timeout = 10000");
  const lane = new WriteLane();
  const faults = new FaultWatch();
  const reads: Repos = createRepos(prisma as unknown as Db);
  return {
    file,
    faults,
    raw: (sql) => lane.run(() => prisma.$queryRawUnsafe(sql)),
    read: (fn) => lane.run(() => withBusyRetry(() => fn(reads))),
    write: (fn) =>
      lane.run(async () => {
        try {
          const result = await withBusyRetry(() =>
            prisma.$transaction(
              async (tx) => {
                await takeWriteLock(tx as unknown as Db);
                return fn(createRepos(tx as unknown as Db));
              },
              { timeout: 30_000 },
            ),
          );
          faults.observe();
          return result;
        } catch (e) {
          faults.observe(e);
          throw e;
        }
      }),
    close: async () => {
      await lane.run(() => prisma.$disconnect());
    },
  };
}

/**
 * The adapter opens transactions with a plain (deferred) BEGIN. Taking the write lock first,
 * as BEGIN IMMEDIATE would, makes a second process wait (busy_timeout) at the start instead
 * of failing later when its read snapshot has gone stale. A write that matches no row is
 * enough to take the lock.
 */
async function takeWriteLock(tx: Db): Promise<void> {
  await tx.$executeRawUnsafe(`UPDATE "Community" SET "reportSeq" = "reportSeq" WHERE 0`);
}
