// `deedbank db copy`: moves a community's SQLite file into a PostgreSQL database, in one
// transaction on the target, and checks before committing that every row count, every
// resident's points balance and every ticket balance came across unchanged.
import Database from "better-sqlite3";
import { parseDatabaseUrl, DatabaseOpenError, type DbSettings } from "./db-url.ts";
import { applyMigrations } from "./migrate.ts";
import { connectPool } from "./postgres.ts";

export interface CopyReport {
  tables: { table: string; rows: number }[];
  residents: number;
  points: number;
  tickets: number;
}

type Col = { column_name: string; data_type: string };
const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** SQLite keeps times as ISO text, "YYYY-MM-DD HH:MM:SS" (UTC) or epoch ms; booleans as 0/1. */
function toPg(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (type.startsWith("timestamp")) {
    if (typeof value === "number" || typeof value === "bigint") return new Date(Number(value));
    const s = String(value);
    return new Date(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?$/.test(s) ? `${s.replace(" ", "T")}Z` : s);
  }
  if (type === "boolean") return value === 1 || value === "1" || value === true;
  if (typeof value === "bigint") return value.toString();
  return value;
}

/** Tables in an order where every foreign key points at a table already filled. */
function fkOrder(tables: string[], edges: { child: string; parent: string }[]): string[] {
  const done: string[] = [];
  const left = new Set(tables);
  while (left.size) {
    const ready = [...left].filter((t) => edges.every((e) => e.child !== t || e.parent === t || !left.has(e.parent)));
    if (!ready.length) throw new Error(`foreign keys form a cycle among ${[...left].join(", ")}`);
    for (const t of ready.sort()) {
      done.push(t);
      left.delete(t);
    }
  }
  return done;
}

/** Tables whose rows the migrations write themselves (a counter row): the file's rows replace them. */
const SEEDED = new Set(["CacheVersion"]);

const balances = (rows: { id: unknown; n: unknown }[]) => new Map(rows.map((r) => [Number(r.id), Number(r.n)]));

export async function copyDatabase(fromUrl: string, toUrl: string, settings: DbSettings = {}): Promise<CopyReport> {
  const from = parseDatabaseUrl(fromUrl, settings);
  const to = parseDatabaseUrl(toUrl, settings);
  if (from.kind !== "sqlite") throw new DatabaseOpenError("db copy reads a SQLite file: give --from file:./data/deedbank.db.");
  if (to.kind !== "postgresql") throw new DatabaseOpenError("db copy writes to PostgreSQL: give --to postgresql://user@host:5432/database.");
  applyMigrations(from.file); // the same schema version on both sides
  const lite = new Database(from.file, { readonly: true });
  const pool = await connectPool(to); // applies the PostgreSQL migrations
  const client = await pool.connect();
  try {
    const tables = (lite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`).all() as { name: string }[]).map((t) => t.name);
    const edges = (await client.query<{ child: string; parent: string }>(
      `SELECT cl.relname AS child, pa.relname AS parent FROM pg_constraint c
         JOIN pg_class cl ON cl.oid = c.conrelid JOIN pg_class pa ON pa.oid = c.confrelid
        WHERE c.contype = 'f' AND c.connamespace = $1::regnamespace`, [to.schema])).rows;
    await client.query("BEGIN ISOLATION LEVEL SERIALIZABLE");
    const report: CopyReport = { tables: [], residents: 0, points: 0, tickets: 0 };
    for (const table of fkOrder(tables, edges)) {
      const cols = (await client.query<Col>(
        `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position`,
        [to.schema, table])).rows;
      if (!cols.length) throw new Error(`the target has no table ${table}: its schema is older than the file's`);
      const [{ n: existing }] = (await client.query(`SELECT COUNT(*)::int AS n FROM ${q(table)}`)).rows as [{ n: number }];
      if (existing > 0 && !SEEDED.has(table)) {
        throw new DatabaseOpenError(`The target already holds data (${table} has ${existing} rows): copy into an empty database, or a new schema with ?schema=<name>.`);
      }
      if (SEEDED.has(table)) await client.query(`DELETE FROM ${q(table)}`);
      // The rows arrive as they are, running totals and cache version included: the triggers
      // that keep those (and the append-only guards) wait until the copy is done. ALTER TABLE
      // is transactional, so a copy that fails leaves them on.
      await client.query(`ALTER TABLE ${q(table)} DISABLE TRIGGER USER`);
      const liteCols = new Set((lite.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((c) => c.name));
      const missing = [...liteCols].filter((c) => !cols.some((x) => x.column_name === c));
      if (missing.length) throw new Error(`the target's ${table} lacks ${missing.join(", ")}: its schema is older than the file's`);
      const use = cols.filter((c) => liteCols.has(c.column_name));
      const rows = lite.prepare(`SELECT ${use.map((c) => q(c.column_name)).join(", ")} FROM ${q(table)} ORDER BY rowid`).raw().all() as unknown[][];
      const per = Math.max(1, Math.floor(30_000 / use.length));
      for (let i = 0; i < rows.length; i += per) {
        const chunk = rows.slice(i, i + per);
        const params: unknown[] = [];
        const values = chunk.map((row) => `(${row.map((v, j) => (params.push(toPg(v, use[j]!.data_type)), `$${params.length}`)).join(", ")})`);
        await client.query(`INSERT INTO ${q(table)} (${use.map((c) => q(c.column_name)).join(", ")}) VALUES ${values.join(", ")}`, params);
      }
      if (use.some((c) => c.column_name === "id")) {
        await client.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), GREATEST((SELECT MAX(id) FROM ${q(table)}), 1), (SELECT MAX(id) FROM ${q(table)}) IS NOT NULL)`, [q(table)]);
      }
      report.tables.push({ table, rows: rows.length });
    }
    for (const { table } of report.tables) await client.query(`ALTER TABLE ${q(table)} ENABLE TRIGGER USER`);
    // Checks, still inside the transaction: a mismatch rolls everything back.
    for (const { table, rows } of report.tables) {
      const [{ n }] = (await client.query(`SELECT COUNT(*)::int AS n FROM ${q(table)}`)).rows as [{ n: number }];
      if (n !== rows) throw new Error(`${table}: ${rows} rows in the file, ${n} in the target`);
    }
    for (const [table, column, what] of [["LedgerEntry", "points", "points"], ["TicketEntry", "tickets", "ticket"]] as const) {
      if (!tables.includes(table)) continue;
      const want = balances(lite.prepare(`SELECT residentId AS id, SUM(${column}) AS n FROM ${table} GROUP BY residentId`).all() as { id: unknown; n: unknown }[]);
      const got = balances((await client.query(`SELECT "residentId" AS id, SUM(${q(column)})::bigint AS n FROM ${q(table)} GROUP BY "residentId"`)).rows);
      for (const [id, n] of want) {
        if (got.get(id) !== n) throw new Error(`resident ${id}'s ${what} balance is ${n} in the file but ${got.get(id) ?? 0} in the target`);
      }
      if (got.size !== want.size) throw new Error(`${what} balances: ${want.size} residents in the file, ${got.size} in the target`);
      const total = [...want.values()].reduce((a, b) => a + b, 0);
      if (what === "points") {
        report.points = total;
        report.residents = want.size;
      } else report.tickets = total;
    }
    // Planner statistics for the new rows: without them (autovacuum off, or not yet round)
    // PostgreSQL guesses one row per table and picks slow plans for the rankings.
    for (const { table } of report.tables) await client.query(`ANALYZE ${q(table)}`);
    await client.query("COMMIT");
    return report;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    client.release();
    await pool.end();
    lite.close();
  }
}

