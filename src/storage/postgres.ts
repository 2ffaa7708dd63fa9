// PostgreSQL: the same repositories over the client generated from prisma/postgres/schema.prisma,
// through the pg driver adapter (no engine download). Several processes may share the server:
// every write transaction first takes one transaction-scoped advisory lock, so writes from all
// processes run one after another and each use case sees every earlier commit (READ COMMITTED
// re-reads per statement), as SQLite's single writer gives. Reads never wait for it.
// Why not SERIALIZABLE: a serialization failure at COMMIT leaves the adapter's transaction
// hanging in Prisma 6.19.3 (seen with three processes sending the outbox). A lock per
// community would let communities write in parallel; one city's write rate (well under 100
// a second) does not need it.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { Repos } from "../app/ports.ts";
import { PrismaClient } from "./generated-pg/client.ts";
import type { Database } from "./database-type.ts";
import { DatabaseOpenError, explainPgError, type DbTarget } from "./db-url.ts";
import { applyPgMigrations } from "./migrate-pg.ts";
import { createRepos, type Db } from "./repos/index.ts";
import { WriteLane } from "./write-lane.ts";
import { FaultWatch } from "./fault-watch.ts";

type PgTarget = Extract<DbTarget, { kind: "postgresql" }>;

/** The advisory lock every write takes (any number, the same in every process). */
const WRITE_LOCK = 0x6465_6462; // "dedb"

/** Serialization failure, deadlock, or a unique key another transaction took first. */
const isConflict = (e: unknown): boolean => {
  const err = e as { code?: string; message?: string; cause?: { code?: string; originalCode?: string } };
  const text = `${err?.code ?? ""} ${err?.cause?.code ?? ""} ${err?.cause?.originalCode ?? ""} ${err?.message ?? String(e)}`;
  return /\b(40001|40P01|P2034|P2002)\b|could not serialize|deadlock detected|write conflict/i.test(text);
};

export async function withConflictRetry<T>(fn: () => Promise<T>, attempts = 30): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (i >= attempts || !isConflict(e)) throw e;
      await new Promise((r) => setTimeout(r, Math.min(5 * i, 100) + Math.floor(Math.random() * 20 * Math.min(i, 5))));
    }
  }
}

/** Opens a pool, checks the server answers, applies migrations; errors in one sentence. */
export async function connectPool(target: PgTarget): Promise<pg.Pool> {
  // The first connection fails fast with a clear sentence; later ones wait for a free slot.
  const pool = new pg.Pool(target.pool);
  pool.on("error", () => undefined); // an idle connection dropped by the server: the next query reconnects
  let client: pg.PoolClient;
  try {
    client = await Promise.race([
      pool.connect(),
      new Promise<never>((_, reject) => setTimeout(() => reject(Object.assign(new Error("timeout"), { code: "ETIMEDOUT" })), 10_000).unref()),
    ]);
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw new DatabaseOpenError(explainPgError(e, target.where), { cause: e });
  }
  try {
    if (target.schema !== "public") await client.query(`CREATE SCHEMA IF NOT EXISTS "${target.schema}"`);
    await applyPgMigrations(client);
  } finally {
    client.release();
  }
  return pool;
}

export async function openPostgres(target: PgTarget, dataDir: string): Promise<Database> {
  const pool = await connectPool(target);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { schema: target.schema }) });
  const reads: Repos = createRepos(prisma as unknown as Db, "postgresql");
  // Writes wait for one lock anyway; queuing them in the process first keeps the pool free for reads.
  const lane = new WriteLane();
  const faults = new FaultWatch();
  return {
    provider: "postgresql",
    file: "",
    dataDir,
    faults,
    raw: (sql) => prisma.$queryRawUnsafe(sql),
    read: (fn) => withConflictRetry(() => fn(reads), 3),
    write: (fn) =>
      lane.run(() =>
        faults.watch(() => withConflictRetry(() =>
          prisma.$transaction(async (tx) => {
            // Waiting for the lock is not a slow statement: statement_timeout applies after it.
            await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = 0`);
            await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`);
            await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = ${Number(target.pool.statement_timeout ?? 0)}`);
            return fn(createRepos(tx as unknown as Db, "postgresql"));
          }, { isolationLevel: "ReadCommitted", maxWait: 60_000, timeout: 60_000 }),
        )),
      ),
    close: async () => {
      await lane.run(() => prisma.$disconnect());
      await pool.end().catch(() => undefined);
    },
  };
}
