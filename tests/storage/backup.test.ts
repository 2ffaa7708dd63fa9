// Backups: a consistent copy while the bot writes (what is committed, even if still in the WAL),
// checked; the nightly job keeps the newest N; a restore checks the file and keeps the current
// database aside.
import { copyFileSync, existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { buildProgram } from "../../src/cli/program.ts";
import { backupDatabase, checkBackup, restoreDatabase } from "../../src/storage/backup.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
afterEach(async () => app?.dispose());

const ledgerRows = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return Number((db.prepare(`SELECT COUNT(*) AS n FROM "LedgerEntry"`).get() as { n: number }).n);
  } finally {
    db.close();
  }
};

async function approveSome(a: TestApp, n: number, from = 1): Promise<void> {
  const lines: string[] = [];
  for (let i = from; i < from + n; i++) lines.push(`张秀英: 今天第${i}次扶老人过马路`, `王敏: 通过 ${i}`);
  await a.chat(lines);
}

async function cli(args: string[]): Promise<string> {
  const stdout = new PassThrough();
  let out = "";
  stdout.on("data", (c: Buffer) => (out += c.toString()));
  await buildProgram({ stdin: Readable.from([]) as never, stdout }).parseAsync(["node", "deedbank", ...args]);
  return out;
}

describe("deedbank backup", () => {
  it("copies what is committed while the bot runs, where copying the file does not, and checks the copy", async () => {
    app = await testApp({ env: { DEEDBANK_DAILY_REPORT_LIMIT: "100" } });
    await approveSome(app, 8);
    const live = await app.deps.store.read(async (r) => (await r.ledger.balance(1)) + 0);
    expect(live).toBeGreaterThan(0);
    const rows = ledgerRows(app.db.file);
    // a plain copy of the .db file misses what is still in the WAL
    copyFileSync(app.db.file, join(app.dir, "plain-copy.db"));
    expect(ledgerRows(join(app.dir, "plain-copy.db"))).toBeLessThan(rows);

    const out = join(app.dir, "b", "copy.db");
    const done = await backupDatabase(app.db.file, out);
    expect(ledgerRows(done.file)).toBe(rows);
    expect(checkBackup(done.file).ledgerRows).toBe(rows);
  });

  it("refuses --out on a folder in one sentence, and leaves nothing behind", async () => {
    app = await testApp();
    await expect(backupDatabase(app.db.file, app.dir)).rejects.toThrow(/is a folder: give a file name/);
    expect(readdirSync(app.dir).filter((f) => f.endsWith(".part"))).toEqual([]);
  });

  it("runs from the command line, and the nightly job keeps the newest N copies and is listed", async () => {
    app = await testApp({ env: { DEEDBANK_BACKUP_KEEP: "2" } });
    const said = await cli(["backup", "--db", app.db.file, "--out", join(app.dir, "manual.db")]);
    expect(said).toMatch(/backup written and checked/);
    expect(await cli(["jobs", "list", "--db", app.db.file])).toMatch(/nightly-backup[\s\S]*30 3 \* \* \*/);
    const job = app.jobs.find((j) => j.id === "nightly-backup");
    expect(job).toBeDefined();
    for (const day of ["2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"]) {
      await job?.run({ scheduledAt: new Date(`${day}T19:30:00Z`) });
    }
    expect(readdirSync(join(app.dir, "backups")).sort()).toEqual(["deedbank-20261128-193000.db", "deedbank-20261129-193000.db"]);
  });
});

describe("deedbank restore", () => {
  it("checks the backup, keeps the current database aside, and restores", async () => {
    app = await testApp({ env: { DEEDBANK_DAILY_REPORT_LIMIT: "100" } });
    await approveSome(app, 3);
    const backup = join(app.dir, "before.db");
    await backupDatabase(app.db.file, backup);
    const atBackup = ledgerRows(backup);
    await approveSome(app, 3, 4);
    const file = app.db.file;
    const later = ledgerRows(file);
    expect(later).toBeGreaterThan(atBackup);
    await app.close();

    const { aside } = restoreDatabase(file, backup, new Date("2026-12-01T00:00:00Z"));
    expect(ledgerRows(file)).toBe(atBackup);
    expect(aside && ledgerRows(aside)).toBe(later);
    app = await testApp({ dir: app.dir });
    expect(await app.chat("张秀英: 我的积分")).toContain("张秀英");
  });

  it("refuses a file that is not a good backup, and leaves the database alone", async () => {
    app = await testApp();
    const junk = join(app.dir, "junk.db");
    writeFileSync(junk, "not a database at all".repeat(100));
    expect(() => restoreDatabase(app.db.file, junk, new Date())).toThrow(/not a DeedBank database|cannot be opened/);
    expect(() => restoreDatabase(app.db.file, join(app.dir, "missing.db"), new Date())).toThrow(/is not a file/);
    expect(readdirSync(app.dir).some((f) => f.includes("before-restore"))).toBe(false);
    expect(existsSync(app.db.file)).toBe(true);
  });
});
