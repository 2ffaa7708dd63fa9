// The PostgreSQL schema is generated from prisma/schema.prisma, and the committed PostgreSQL
// migrations must produce it, guards included. Fails when someone changes the SQLite schema
// (a table, a column, an index, a trigger) without `npm run db:pg-migration -- <name>`.
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/storage/migrate.ts";
import { applyPgMigrations, PG_MIGRATIONS_DIR } from "../../src/storage/migrate-pg.ts";
import { freshPgSchema, PG_URL } from "../helpers/pg.ts";
import { tempDir } from "../helpers/test-app.ts";

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const dirs = (d: string) => readdirSync(d, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const sqliteSql = dirs(root("prisma/migrations")).map((n) => readFileSync(root(`prisma/migrations/${n}/migration.sql`), "utf8")).join("\n");
const pgSql = dirs(PG_MIGRATIONS_DIR).map((n) => readFileSync(join(PG_MIGRATIONS_DIR, n, "migration.sql"), "utf8")).join("\n");
const sqliteTriggers = [...sqliteSql.matchAll(/CREATE TRIGGER (?:IF NOT EXISTS )?"?(\w+)"?/gi)].map((m) => m[1] as string);

/** The models alone: comments and spacing do not need a migration. */
const models = (schema: string) =>
  schema.split("\n").map((l) => l.replace(/\/\/.*$/, "").trim()).filter((l) => l && !/^(output|url)\s*=/.test(l)).join("\n");

describe("the PostgreSQL schema", () => {
  it("is generated from prisma/schema.prisma (node prisma/postgres/make-schema.mjs)", () => {
    expect(() => execFileSync(process.execPath, [root("prisma/postgres/make-schema.mjs"), "--check"], { stdio: "pipe" })).not.toThrow();
  });

  it("is what the committed PostgreSQL migrations were written for (else: npm run db:pg-migration -- <name>)", () => {
    const snapshot = dirs(PG_MIGRATIONS_DIR).reverse().find((n) => existsSync(join(PG_MIGRATIONS_DIR, n, "schema.prisma")));
    expect(snapshot).toBeDefined();
    expect(models(readFileSync(join(PG_MIGRATIONS_DIR, snapshot!, "schema.prisma"), "utf8")))
      .toBe(models(readFileSync(root("prisma/postgres/schema.prisma"), "utf8")));
  });

  it("has every SQLite trigger, under the same name", () => {
    expect(sqliteTriggers.length).toBeGreaterThan(0);
    expect(sqliteTriggers.filter((t) => !new RegExp(`"${t}"`).test(pgSql))).toEqual([]);
  });
});

type Row = Record<string, unknown>;

/** Indexes only PostgreSQL has, each for a plan SQLite does not need (see its migration). */
const PG_ONLY_INDEXES = ["LedgerEntry_ranking_idx"];

/** The names of the indexes and foreign keys of a database the SQLite migrations built. */
function sqliteOnly(): Set<string> {
  const file = join(tempDir(), "names.db");
  applyMigrations(file);
  const lite = new Database(file, { readonly: true });
  const rows = lite.prepare(`SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE '\\_%' ESCAPE '\\'`).all() as { type: string; name: string; sql: string }[];
  lite.close();
  const out = new Set<string>();
  for (const r of rows) {
    if (r.type === "index") out.add(r.name);
    if (r.type === "table") for (const [, fk] of r.sql.matchAll(/CONSTRAINT\s+"(\w+)"\s+FOREIGN KEY/gi)) out.add(fk!);
  }
  return out;
}
async function catalog(client: pg.ClientBase, schema: string): Promise<Record<string, Row[]>> {
  const q = async (sql: string) =>
    (await client.query(sql, [schema])).rows.map((r: Row) => JSON.parse(JSON.stringify(r).replaceAll(`${schema}.`, "").replaceAll(`\\"${schema}\\".`, "")) as Row);
  return {
    columns: await q(`SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
      WHERE table_schema = $1 AND table_name <> '_prisma_migrations' ORDER BY 1, 2`),
    indexes: await q(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename <> '_prisma_migrations' ORDER BY 1, 2`),
    constraints: await q(`SELECT c.conrelid::regclass::text AS tbl, c.conname, c.contype, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
      WHERE c.connamespace = $1::regnamespace AND c.contype <> 'c' AND c.conrelid::regclass::text NOT LIKE '%_prisma_migrations' ORDER BY 1, 2`),
  };
}

describe.skipIf(!PG_URL)("the PostgreSQL migrations on a server", () => {
  it("produce exactly the tables, columns, indexes and keys of the generated schema", async () => {
    const migrated = await freshPgSchema("m");
    const expected = await freshPgSchema("e");
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      await client.query(`SET search_path = "${migrated.schema}"`);
      await applyPgMigrations(client);
      const script = execFileSync(process.execPath, [
        root("node_modules/prisma/build/index.js"), "migrate", "diff", "--config", root("prisma/postgres/prisma.config.ts"),
        "--from-empty", "--to-schema-datamodel", root("prisma/postgres/schema.prisma"), "--script",
      ], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).replace(/CREATE SCHEMA IF NOT EXISTS "public";/, "");
      await client.query(`SET search_path = "${expected.schema}"`);
      await client.query(script);
      const got = await catalog(client, migrated.schema);
      const want = await catalog(client, expected.schema);
      // Beyond the generated schema, the migrations add exactly the foreign keys and indexes the
      // SQLite migrations keep in SQL only (same names), nothing else.
      const names = (c: Record<string, Row[]>) => new Set([...c.indexes!.map((r) => r.indexname), ...c.constraints!.map((r) => r.conname)] as string[]);
      const wantNames = names(want);
      const extra = [...names(got)].filter((n) => !wantNames.has(n)).sort();
      expect(extra).toEqual([...sqliteOnly(), ...PG_ONLY_INDEXES].filter((n) => !wantNames.has(n)).sort());
      const drop = (c: Record<string, Row[]>) => ({
        columns: c.columns,
        indexes: c.indexes!.filter((r) => !extra.includes(r.indexname as string)),
        constraints: c.constraints!.filter((r) => !extra.includes(r.conname as string)),
      });
      expect(drop(got)).toEqual(want);
    } finally {
      await client.end();
      await migrated.drop();
      await expected.drop();
    }
  }, 120_000);

  it("have the triggers and as many CHECK constraints per table as the SQLite migrations", async () => {
    const file = join(tempDir(), "checks.db");
    applyMigrations(file);
    const lite = new Database(file, { readonly: true });
    const tables = lite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%'`).all() as { name: string; sql: string }[];
    lite.close();
    const liteChecks = Object.fromEntries(tables.map((t) => [t.name, (t.sql.match(/\bCHECK\s*\(/gi) ?? []).length]).filter(([, n]) => n));
    const s = await freshPgSchema("c");
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      await client.query(`SET search_path = "${s.schema}"`);
      await applyPgMigrations(client);
      const rows = (await client.query<{ tbl: string; n: number }>(`SELECT c.conrelid::regclass::text AS tbl, COUNT(*)::int AS n FROM pg_constraint c
        WHERE c.connamespace = $1::regnamespace AND c.contype = 'c' GROUP BY 1`, [s.schema])).rows;
      expect(Object.fromEntries(rows.map((r) => [r.tbl.replace(`${s.schema}.`, "").replaceAll('"', ""), r.n]))).toEqual(liteChecks);
      const triggers = (await client.query<{ tgname: string }>(`SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE c.relnamespace = $1::regnamespace AND NOT t.tgisinternal`, [s.schema])).rows.map((r) => r.tgname);
      expect(sqliteTriggers.filter((t) => !triggers.includes(t))).toEqual([]);
    } finally {
      await client.end();
      await s.drop();
    }
  }, 60_000);
});
