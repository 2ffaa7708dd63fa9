// Checks what a database says was applied against the migrations this version ships, before
// anything else runs: a database from a newer DeedBank, or one whose applied migrations were
// edited since, is refused at start instead of failing later on every message. Pure, so the
// SQLite and the PostgreSQL migrators both call it with their own rows.
import { createHash } from "node:crypto";
import { DatabaseRefused } from "./database-refused.ts";

export interface AppliedMigration { name: string; checksum: string; finished: boolean }
export interface KnownMigration { name: string; sql: string }

export const migrationChecksum = (sql: string): string => createHash("sha256").update(sql).digest("hex");

/** Throws DatabaseRefused when `applied` holds a migration unknown here, or one whose text changed. */
export function checkAppliedMigrations(applied: AppliedMigration[], known: KnownMigration[], where: string): void {
  const byName = new Map(known.map((m) => [m.name, migrationChecksum(m.sql)]));
  const unknown = applied.filter((a) => a.finished && !byName.has(a.name)).map((a) => a.name);
  if (unknown.length) {
    throw new DatabaseRefused("newer",
      `The database ${where} was updated by a newer DeedBank (migration ${unknown.join(", ")} is unknown to this version): ` +
      "run the newer version again, or restore a backup made by this one with `deedbank restore FILE`.");
  }
  const changed = applied.filter((a) => a.finished && byName.get(a.name) !== a.checksum).map((a) => a.name);
  if (changed.length) {
    throw new DatabaseRefused("migration-changed",
      `The database ${where} was built with a different text of migration ${changed.join(", ")} than this version ships: ` +
      "reinstall this version unmodified (migrations are never edited), or restore a backup with `deedbank restore FILE`.");
  }
}
