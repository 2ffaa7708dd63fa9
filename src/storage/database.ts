// Opens the database DATABASE_URL names: SQLite (`file:…`, the default) or PostgreSQL
// (`postgresql://…`, see postgres.ts). For SQLite: applies migrations, sets the connection
// pragmas, and returns a Store whose every call goes through one lane.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { accessSync, closeSync, constants, existsSync, mkdirSync, openSync, readSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Repos } from "../app/ports.ts";
import type { Database } from "./database-type.ts";
import { PrismaClient } from "./generated/client.ts";
import { applyMigrations } from "./migrate.ts";
import { createRepos, type Db } from "./repos/index.ts";
import { sqliteSql } from "./repos/sql.ts";
import type BetterSqlite3 from "better-sqlite3";
import { withBusyRetry } from "./busy-retry.ts";
import { WriteLane } from "./write-lane.ts";
import { databaseFile, parseDatabaseUrl, type DbSettings } from "./db-url.ts";

export { databaseFile, DatabaseOpenError, type DbSettings } from "./db-url.ts";
export type { Database } from "./database-type.ts";
import { FaultWatch } from "./fault-watch.ts";
import { guardTransactions } from "./guard-transactions.ts";
import { DatabaseRefused } from "./database-refused.ts";
import { storageFaultOf } from "./fault-watch.ts";


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

/** Refuses, before anything is created, a path SQLite cannot use as a DeedBank database. */
function checkDatabasePath(urlOrPath: string, file: string): void {
  const st = statSync(file, { throwIfNoEntry: false });
  if (st?.isDirectory()) {
    throw new DatabaseRefused("directory", `The database path ${file} is a folder: give a file inside it instead, e.g. --db ${join(file, "deedbank.db")}.`);
  }
  if (st && st.size > 0) {
    const head = Buffer.alloc(16);
    const fd = openSync(file, "r");
    try {
      readSync(fd, head, 0, 16, 0);
    } finally {
      closeSync(fd);
    }
    if (head.toString("latin1") !== "SQLite format 3\u0000") {
      throw new DatabaseRefused("not-sqlite", `The file ${file} is not a DeedBank database (not SQLite): check --db or DATABASE_URL, or restore a backup with \`deedbank restore FILE\`.`);
    }
  }
}

const writable = (file: string): boolean => {
  try {
    accessSync(dirname(file), constants.W_OK);
    if (existsSync(file)) accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/** The one sentence for a database that cannot be opened or written at start. */
function refusalFor(e: unknown, file: string): unknown {
  if (e instanceof DatabaseRefused) return e;
  const fault = storageFaultOf(e);
  const code = String((e as { code?: unknown })?.code ?? "");
  if (fault === "readonly" || (fault === "io" && !writable(file)) || code === "EACCES" || code === "EROFS" || code === "EPERM") {
    return new DatabaseRefused("readonly", `The database ${file} cannot be written (read-only): give the bot's user write access to the file and its folder, or choose another --db.`);
  }
  if (fault === "corrupt") {
    return new DatabaseRefused("damaged", `The database ${file} is damaged: stop the bot and restore the last good backup with \`deedbank restore FILE\`.`);
  }
  if (fault === "io" || code === "ENOTDIR" || code === "ENOENT") {
    return new DatabaseRefused("cannot-open", `The database ${file} cannot be opened: check that its folder exists and is a folder, or choose another --db.`);
  }
  if (fault === "full") {
    return new DatabaseRefused("readonly", `The disk holding ${file} is full: free some space, then start again.`);
  }
  return e;
}

async function openSqlite(urlOrPath: string, opts: OpenOptions = {}): Promise<Database> {
  const file = databaseFile(urlOrPath);
  try {
    checkDatabasePath(urlOrPath, file);
    mkdirSync(dirname(file), { recursive: true });
    applyMigrations(file);
  } catch (e) {
    throw refusalFor(e, file);
  }
  // One connection, Prisma's adapter's: the store runs its transactions and hot statements on it
  // directly (issue 14: a Prisma interactive transaction and each statement through Prisma cost
  // far more than the SQL itself); Prisma's repositories run on the same connection, inside.
  let conn: BetterSqlite3.Database | null = null;
  let own = false;
  const adapter = guardTransactions(new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 10_000 }), {
    connected: (c) => {
      conn = c;
    },
    inOwnTransaction: () => own,
  });
  const prisma = opts.onQuery
    ? new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] })
    : new PrismaClient({ adapter });
  const onQuery = opts.onQuery;
  if (onQuery) (prisma as unknown as { $on(e: "query", cb: (q: { query: string }) => void): void }).$on("query", (q) => onQuery(q.query));
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  await prisma.$queryRawUnsafe("PRAGMA busy_timeout = 10000");
  const lane = new WriteLane();
  const faults = new FaultWatch();
  // Prisma may reconnect (a connection it found broken): statements are prepared per connection.
  let repos: { on: BetterSqlite3.Database; repos: Repos; begin: BetterSqlite3.Statement; commit: BetterSqlite3.Statement; rollback: BetterSqlite3.Statement } | null = null;
  const current = () => {
    if (!conn) throw new Error("the SQLite connection is not open");
    if (repos?.on !== conn) {
      repos = {
        on: conn, repos: createRepos(prisma as unknown as Db, sqliteSql(conn, onQuery)),
        begin: conn.prepare("BEGIN IMMEDIATE"), commit: conn.prepare("COMMIT"), rollback: conn.prepare("ROLLBACK"),
      };
    }
    return repos;
  };
  current();
  return {
    provider: "sqlite",
    file,
    dataDir: dirname(file),
    faults,
    raw: (sql) => lane.run(() => prisma.$queryRawUnsafe(sql)),
    read: (fn) => lane.run(() => withBusyRetry(() => fn(current().repos))),
    // One writer: the scope (what a write may run beside on PostgreSQL) changes nothing here.
    write: (fn) =>
      lane.run(() =>
        faults.watch(() =>
          withBusyRetry(async () => {
            // BEGIN IMMEDIATE takes the write lock first: a second process waits (busy_timeout)
            // at the start instead of failing later when its read snapshot has gone stale.
            const c = current();
            onQuery?.("BEGIN IMMEDIATE");
            c.begin.run();
            own = true;
            try {
              const out = await fn(c.repos);
              own = false;
              onQuery?.("COMMIT");
              c.commit.run();
              return out;
            } catch (e) {
              own = false;
              if (c.on.inTransaction) {
                try {
                  c.rollback.run();
                } catch {
                  // SQLite may have undone it already (SQLITE_FULL, an I/O error)
                }
              }
              throw e;
            }
          }),
        ),
      ),
    close: async () => {
      await lane.run(() => prisma.$disconnect());
    },
  };
}
