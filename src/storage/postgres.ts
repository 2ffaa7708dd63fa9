// PostgreSQL: the same repositories over the client generated from prisma/postgres/schema.prisma,
// through the pg driver adapter (no engine download). Several processes may share the server.
// Every write is one READ COMMITTED transaction that first takes transaction-scoped advisory
// locks according to its scope (docs/postgresql-writes.md):
// - a community's write: the global write lock SHARED, then that community's lock EXCLUSIVE,
//   so writes of different communities run in parallel and writes of one community run one
//   after another, each seeing every earlier commit (READ COMMITTED re-reads per statement);
// - a "rows" write (outbox claim/mark: conditional updates that lock their own rows): the
//   global lock SHARED only;
// - any other write (setup, imports, cross-community): the global lock EXCLUSIVE, alone.
// Reads never wait for them. Why not SERIALIZABLE: a serialization failure at COMMIT leaves
// the adapter's transaction hanging in Prisma 6.19.3 (seen with three processes sending the outbox).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { Repos, WriteScope } from "../app/ports.ts";
import { PrismaClient } from "./generated-pg/client.ts";
import type { Database } from "./database-type.ts";
import { DatabaseOpenError, explainPgError, type DbTarget } from "./db-url.ts";
import { applyPgMigrations } from "./migrate-pg.ts";
import { createRepos, prismaSql, type Db } from "./repos/index.ts";
import { WriteLane } from "./write-lane.ts";
import { FaultWatch } from "./fault-watch.ts";

type PgTarget = Extract<DbTarget, { kind: "postgresql" }>;

/** The high half of the global write lock's bigint key (the low half names the schema). */
export const WRITE_LOCK = 0x6465_6462; // "dedb"

/**
 * Advisory locks belong to the whole database, not to a schema: the keys carry a hash of the
 * schema, so that two deployments (or test schemas) in one database do not wait for each other.
 * In pg_locks: the global lock is (classid WRITE_LOCK, objid schema, objsubid 1), a community's
 * (classid schema, objid communityId, objsubid 2).
 */
export function lockKeys(schema: string): { global: bigint; schema: number } {
  let h = 0x811c9dc5;
  for (const ch of Buffer.from(schema, "utf8")) h = Math.imul(h ^ ch, 0x01000193) >>> 0;
  return { global: (BigInt(WRITE_LOCK) << 32n) | BigInt(h), schema: h };
}

/** The advisory locks a write of this scope takes, in this order (shared before exclusive, global before community: no cycles). */
export function lockStatement(schema: string, scope: WriteScope | undefined): string {
  const keys = lockKeys(schema);
  if (scope === undefined) return `SELECT pg_advisory_xact_lock(${keys.global})`;
  if (scope === "rows") return `SELECT pg_advisory_xact_lock_shared(${keys.global})`;
  const id = Number(scope.communityId);
  if (!Number.isInteger(id)) throw new Error("write scope: communityId must be an integer");
  // The two-int4 form: the schema hash as a signed int4.
  return `SELECT pg_advisory_xact_lock_shared(${keys.global}), pg_advisory_xact_lock(${keys.schema | 0}, ${id})`;
}

const laneKey = (scope: WriteScope | undefined) => (scope === undefined ? "all" : scope === "rows" ? "rows" : `c${scope.communityId}`);

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
    await analyzeUnknownTables(client);
  } finally {
    client.release();
  }
  return pool;
}

/**
 * ANALYZE the tables that hold rows but have never been analysed (a bulk load on a server
 * with autovacuum off, or before it came round): with no statistics the planner takes every
 * table for one row, and the rankings' aggregates run several times slower (bench:scale).
 * Where autovacuum runs, this finds nothing to do.
 */
async function analyzeUnknownTables(client: pg.PoolClient): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT relname AS name FROM pg_stat_user_tables
     WHERE schemaname = current_schema() AND n_live_tup + n_tup_ins > 0 AND last_analyze IS NULL AND last_autoanalyze IS NULL`);
  for (const { name } of rows) await client.query(`ANALYZE "${name.replace(/"/g, '""')}"`);
}

export async function openPostgres(target: PgTarget, dataDir: string): Promise<Database> {
  const pool = await connectPool(target);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { schema: target.schema }) });
  const reads: Repos = createRepos(prisma as unknown as Db, prismaSql(prisma as unknown as Db, "postgresql"));
  // Writes that would wait for the same lock queue in the process first (one lane per lock),
  // which keeps the pool free for reads and for the other communities' writes.
  const lanes = new Map<string, WriteLane>();
  const lane = (key: string) => lanes.get(key) ?? (lanes.set(key, new WriteLane()), lanes.get(key) as WriteLane);
  const faults = new FaultWatch();
  return {
    provider: "postgresql",
    file: "",
    dataDir,
    faults,
    raw: (sql) => prisma.$queryRawUnsafe(sql),
    read: (fn) => withConflictRetry(() => fn(reads), 3),
    write: (fn, scope) =>
      lane(laneKey(scope)).run(() =>
        faults.watch(() => withConflictRetry(() =>
          prisma.$transaction(async (tx) => {
            // Waiting for the lock is not a slow statement: statement_timeout applies after it.
            // One round trip for the locks and the timeout that applies after them.
            await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = 0`);
            await tx.$executeRawUnsafe(`${lockStatement(target.schema, scope)}, set_config('statement_timeout', '${Number(target.pool.statement_timeout ?? 0)}', true)`);
            return fn(createRepos(tx as unknown as Db, prismaSql(tx as unknown as Db, "postgresql")));
          }, { isolationLevel: "ReadCommitted", maxWait: 60_000, timeout: 60_000 }),
        )),
      ),
    close: async () => {
      await Promise.all([...lanes.values()].map((l) => l.run(async () => undefined)));
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}
