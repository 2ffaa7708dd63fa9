// Writes the next PostgreSQL migration: `npm run db:pg-migration -- <name>`.
//  1. regenerates prisma/postgres/schema.prisma from prisma/schema.prisma;
//  2. diffs it against the schema the PostgreSQL migrations already produce (the snapshot
//     schema.prisma kept in the newest migration folder that has one), offline;
//  3. writes prisma/postgres/migrations/<UTC time>_<name>/migration.sql with that SQL, then a
//     hand-written part listing every SQLite trigger, CHECK constraint, SQL-only foreign key
//     or index PostgreSQL still lacks (port them there, in PostgreSQL syntax), and stores the new snapshot.
// tests/storage/pg-schema.test.ts fails until the migrations produce the current schema.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import process from "node:process";
import { fileURLToPath } from "node:url";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const PG_DIR = here("./migrations/");
const SQLITE_DIR = here("../migrations/");
const SCHEMA = here("./schema.prisma");

const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:pg-migration -- <name>   (lower-case letters, digits and _, e.g. add_shop_limits)");
  process.exit(2);
}

const dirs = (d) => (existsSync(d) ? readdirSync(d, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : []);
const sqlOf = (d, names) => names.map((n) => readFileSync(`${d}/${n}/migration.sql`, "utf8")).join("\n");

execFileSync(process.execPath, [here("./make-schema.mjs")], { stdio: "inherit" });
const snapshot = dirs(PG_DIR).reverse().find((n) => existsSync(`${PG_DIR}/${n}/schema.prisma`));
const prisma = here("../../node_modules/prisma/build/index.js");
const diff = execFileSync(
  process.execPath,
  [prisma, "migrate", "diff", "--config", here("./prisma.config.ts"),
    ...(snapshot ? ["--from-schema-datamodel", `${PG_DIR}/${snapshot}/schema.prisma`] : ["--from-empty"]),
    "--to-schema-datamodel", SCHEMA, "--script"],
  { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
)
  .replace(/^-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "public";\n\n?/m, "")
  .replace(/^-- This is an empty migration\.\s*$/m, "")
  .trim();

export function missingGuards(sqliteSql, pgSql) {
  const todo = [];
  for (const [, trigger] of sqliteSql.matchAll(/CREATE TRIGGER (?:IF NOT EXISTS )?"?(\w+)"?/gi)) {
    if (!new RegExp(`"?${trigger}"?`).test(pgSql)) todo.push(`trigger "${trigger}"`);
  }
  for (const [, constraint] of sqliteSql.matchAll(/CONSTRAINT\s+"?(\w+)"?\s+CHECK/gi)) {
    if (!new RegExp(`"?${constraint}"?`).test(pgSql)) todo.push(`CHECK constraint "${constraint}"`);
  }
  // Foreign keys and indexes the Prisma schema cannot express (no relation, an expression):
  // neither the PostgreSQL migrations nor the diff above name them. Indexes SQLite dropped again are skipped.
  const dropped = new Set([...sqliteSql.matchAll(/DROP INDEX (?:IF EXISTS )?"?(\w+)"?/gi)].map((m) => m[1]));
  for (const [, fk] of sqliteSql.matchAll(/CONSTRAINT\s+"?(\w+)"?\s+FOREIGN KEY/gi)) {
    if (!new RegExp(`"${fk}"`).test(pgSql)) todo.push(`foreign key "${fk}"`);
  }
  for (const [, index] of sqliteSql.matchAll(/CREATE (?:UNIQUE )?INDEX (?:IF NOT EXISTS )?"?(\w+)"?/gi)) {
    if (!dropped.has(index) && !new RegExp(`"${index}"`).test(pgSql)) todo.push(`index "${index}"`);
  }
  return [...new Set(todo)];
}
const todo = missingGuards(sqlOf(SQLITE_DIR, dirs(SQLITE_DIR)), `${sqlOf(PG_DIR, dirs(PG_DIR))}\n${diff}`);

if (!diff && todo.length === 0) {
  console.log("The PostgreSQL migrations already produce prisma/schema.prisma: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = `${PG_DIR}${stamp}_${name}`;
mkdirSync(dir, { recursive: true });
writeFileSync(
  `${dir}/migration.sql`,
  `-- PostgreSQL migration "${name}", written by npm run db:pg-migration.\n\n` +
    `${diff ? `${diff}\n` : "-- (no table changes)\n"}\n` +
    `-- Hand-written part: the triggers, CHECK constraints and SQL-only foreign keys and indexes\n` +
    `-- of the SQLite migrations, in PostgreSQL syntax, under the same names (see\n` +
    `-- 20261130000001_guards and 20261201000530_sqlite_parity for examples).\n` +
    todo.map((t) => `-- TODO port ${t} from prisma/migrations\n`).join(""),
);
copyFileSync(SCHEMA, `${dir}/schema.prisma`);
console.log(`Wrote prisma/postgres/migrations/${stamp}_${name}/migration.sql`);
if (todo.length) console.log(`Port by hand, then delete the TODO lines: ${todo.join(", ")}.`);
console.log("Then run the PostgreSQL tests (DEEDBANK_TEST_POSTGRES_URL=… npx vitest run tests/storage/pg-schema.test.ts).");
