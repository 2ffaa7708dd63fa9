// Opens the database DATABASE_URL names: SQLite (`file:…`, the default) or PostgreSQL
// (`postgresql://…`, see postgres.ts). For SQLite: applies migrations, sets the connection
// pragmas, and returns a Store whose every call goes through one lane.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Repos } from "../app/ports.ts";
import type { Database } from "./database-type.ts";
import { PrismaClient } from "./generated/client.ts";
import { applyMigrations } from "./migrate.ts";
import { createRepos, type Db } from "./repos/index.ts";
import { withBusyRetry } from "./busy-retry.ts";
import { WriteLane } from "./write-lane.ts";
import { databaseFile, parseDatabaseUrl, type DbSettings } from "./db-url.ts";

export { databaseFile, DatabaseOpenError, type DbSettings } from "./db-url.ts";
export type { Database } from "./database-type.ts";


/** The one factory: the URL picks the provider; a bad or unreachable URL throws DatabaseOpenError. */
export async function openDatabase(url: string, settings: DbSettings & OpenOptions = {}): Promise<Database> {
  const target = parseDatabaseUrl(url, settings);
  if (target.kind === "postgresql") {
    const { openPostgres } = await import("./postgres.ts");
    return openPostgres(target, resolve(settings.dataDir ?? "data"));
  }
  return openSqlite(target.file, settings);
}

export interface OpenOptions {
  /** Called with every SQL statement Prisma sends (the benchmark counts statements per use case; SQLite only). */
  onQuery?: (sql: string) => void;
}

async function openSqlite(urlOrPath: string, opts: OpenOptions = {}): Promise<Database> {
  const file = databaseFile(urlOrPath);
  mkdirSync(dirname(file), { recursive: true });
  applyMigrations(file);
  const adapter = new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 10_000 });
  const prisma = opts.onQuery
    ? new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] })
    : new PrismaClient({ adapter });
  const onQuery = opts.onQuery;
  if (onQuery) (prisma as unknown as { $on(e: "query", cb: (q: { query: string }) => void): void }).$on("query", (q) => onQuery(q.query));
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  await prisma.$queryRawUnsafe("PRAGMA busy_timeout = 10000");
  const lane = new WriteLane();
  const reads: Repos = createRepos(prisma as unknown as Db);
  return {
    provider: "sqlite",
    file,
    dataDir: dirname(file),
    read: (fn) => lane.run(() => withBusyRetry(() => fn(reads))),
    write: (fn) =>
      lane.run(() =>
        withBusyRetry(() =>
          prisma.$transaction(
            async (tx) => {
              await takeWriteLock(tx as unknown as Db);
              return fn(createRepos(tx as unknown as Db));
            },
            { timeout: 30_000 },
          ),
        ),
      ),
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
