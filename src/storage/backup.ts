// Consistent copies of the SQLite database while the bot runs (SQLite's online backup API,
// page by page under the database's own locks, so a copy never holds half a transaction),
// their check, the nightly rotation, and the restore that keeps the current file aside.
import Database from "better-sqlite3";
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { checkAppliedMigrations } from "./check-migrations.ts";
import { DatabaseRefused } from "./database-refused.ts";
import { appliedMigrations, applyMigrations, shippedMigrations } from "./migrate.ts";

const stamp = (at: Date) => at.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);

/** Where backups go by default: a `backups` folder beside the database. */
export const backupDir = (dbFile: string) => join(dirname(dbFile), "backups");
export const backupFileName = (at: Date) => `deedbank-${stamp(at)}.db`;

/** Checks a copy: a SQLite file that passes integrity_check and that this version can open. */
export function checkBackup(file: string): { residents: number; ledgerRows: number } {
  const st = statSync(file, { throwIfNoEntry: false });
  if (!st?.isFile()) throw new DatabaseRefused("cannot-open", `${file} is not a file: give the path of a backup, e.g. data/backups/deedbank-20261201-033000.db.`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    throw new DatabaseRefused("not-sqlite", `${file} cannot be opened as a database: pick another backup.`);
  }
  try {
    let ok: unknown;
    try {
      ok = db.pragma("integrity_check", { simple: true });
    } catch {
      throw new DatabaseRefused("not-sqlite", `${file} is not a DeedBank database (not SQLite): pick another backup.`);
    }
    if (ok !== "ok") throw new DatabaseRefused("damaged", `The backup ${file} is damaged (integrity_check failed): pick an older backup.`);
    const hasTable = db.prepare(`SELECT 1 FROM sqlite_master WHERE name = '_prisma_migrations'`).get();
    if (!hasTable) throw new DatabaseRefused("not-sqlite", `${file} is not a DeedBank database (it has no migrations table): pick another backup.`);
    checkAppliedMigrations(appliedMigrations(db), shippedMigrations(), file);
    const count = (table: string) => Number((db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n);
    return { residents: count("Resident"), ledgerRows: count("LedgerEntry") };
  } finally {
    db.close();
  }
}

/** Copies the live database to `out` (online: the bot may keep writing), then checks the copy. */
export async function backupDatabase(dbFile: string, out: string): Promise<{ file: string; bytes: number; residents: number; ledgerRows: number }> {
  const target = resolve(out);
  if (statSync(target, { throwIfNoEntry: false })?.isDirectory()) {
    throw new DatabaseRefused("directory", `--out ${out} is a folder: give a file name instead, e.g. --out ${join(out, backupFileName(new Date()))}.`);
  }
  if (!existsSync(dbFile)) throw new DatabaseRefused("cannot-open", `There is no database at ${dbFile} to back up: check --db or DATABASE_URL.`);
  mkdirSync(dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.part`;
  const src = new Database(dbFile, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    await src.backup(tmp);
    // A backup is one self-contained file: no WAL beside it.
    const copy = new Database(tmp);
    try {
      copy.pragma("journal_mode = DELETE");
    } finally {
      copy.close();
    }
    const checked = checkBackup(tmp);
    renameSync(tmp, target);
    return { file: target, bytes: statSync(target).size, ...checked };
  } finally {
    src.close();
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`, `${tmp}-journal`]) rmSync(f, { force: true });
  }
}

/** Keeps the newest `keep` backups (by name, which sorts by time) in `dir`; returns those removed. */
export function pruneBackups(dir: string, keep: number): string[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => /^deedbank-\d{8}-\d{6}\.db$/.test(f)).sort();
  const old = files.slice(0, Math.max(0, files.length - keep));
  for (const f of old) rmSync(join(dir, f), { force: true });
  return old;
}

/**
 * Replaces the database with a checked backup. The current file (and its WAL) is kept aside
 * as `<db>.before-restore-<time>`, so a restore can itself be undone. Stop the bot first.
 */
export function restoreDatabase(dbFile: string, from: string, at: Date): { aside: string | null; checked: ReturnType<typeof checkBackup> } {
  const source = resolve(from);
  if (source === resolve(dbFile)) throw new DatabaseRefused("cannot-open", `${from} is the database itself: give a backup file.`);
  const checked = checkBackup(source);
  mkdirSync(dirname(dbFile), { recursive: true });
  const tmp = join(dirname(dbFile), `.${basename(dbFile)}.restore.part`);
  copyFileSync(source, tmp);
  let aside: string | null = null;
  if (existsSync(dbFile)) {
    // Fold the WAL into the file first, so the copy kept aside is one whole file.
    const cur = new Database(dbFile, { timeout: 10_000 });
    try {
      cur.pragma("wal_checkpoint(TRUNCATE)");
    } finally {
      cur.close();
    }
    aside = `${dbFile}.before-restore-${stamp(at)}`;
    renameSync(dbFile, aside);
  }
  for (const ext of ["-wal", "-shm"]) rmSync(`${dbFile}${ext}`, { force: true });
  renameSync(tmp, dbFile);
  applyMigrations(dbFile); // an older backup is brought up to this version
  return { aside, checked };
}
