// Applies the committed Prisma migrations at start, in the table format Prisma uses, so the
// app needs no CLI at run time and `prisma migrate` still recognises what was applied.
import Database from "better-sqlite3";
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations/", import.meta.url));

const PRISMA_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/** Applies pending migrations to the SQLite file; returns the names it applied. */
export function applyMigrations(file: string, dir = MIGRATIONS_DIR): string[] {
  const db = new Database(file, { timeout: 10_000 });
  try {
    db.pragma("journal_mode = WAL");
    // A migration that rebuilds a table (SQLite's only way to add a CHECK or a foreign key)
    // drops a table other tables refer to: foreign keys must be off while it runs, and the
    // pragma does nothing inside a transaction, so it is set here. Each migration is then
    // checked with foreign_key_check before it commits.
    db.pragma("foreign_keys = OFF");
    db.exec(PRISMA_MIGRATIONS_TABLE);
    const names = existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
      : [];
    const applied: string[] = [];
    for (const name of names) {
      const sql = readFileSync(`${dir}/${name}/migration.sql`, "utf8");
      // IMMEDIATE: two processes starting at once apply each migration once.
      db.transaction(() => {
        const done = db
          .prepare(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = ? AND finished_at IS NOT NULL`)
          .get(name);
        if (done) return;
        db.exec(sql);
        const broken = db.pragma("foreign_key_check") as { table: string; rowid: number; parent: string }[];
        if (broken.length > 0) {
          const first = broken[0]!;
          throw new Error(
            `migration ${name} would leave ${broken.length} row(s) pointing at missing rows ` +
              `(first: ${first.table} row ${first.rowid} → ${first.parent}); nothing was changed`,
          );
        }
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
           VALUES (?, ?, current_timestamp, ?, 1)`,
        ).run(randomUUID(), createHash("sha256").update(sql).digest("hex"), name);
        applied.push(name);
      }).immediate();
    }
    return applied;
  } finally {
    db.close();
  }
}
