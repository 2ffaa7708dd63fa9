// What an operator sees when the database or an output path is wrong: one clear sentence that
// says what to do, a non-zero exit, no stack trace, and no stray file or folder left behind.
import { execFile } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/test-app.ts";

const BIN = fileURLToPath(new URL("../../bin/deedbank.js", import.meta.url));
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Root may write any file: to see what a bot without write access sees, root (CI) runs the CLI
 * as nobody (uid/gid 65534, no groups) through util-linux's setpriv. */
const NOBODY = ["--reuid=65534", "--regid=65534", "--clear-groups"];

function run(args: string[], opts: { env?: Record<string, string>; cwd?: string; unprivileged?: boolean } = {}) {
  return new Promise<{ stdout: string; stderr: string; code: number }>((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "silent", ...opts.env };
    if (!opts.env?.DATABASE_URL) delete env.DATABASE_URL;
    const asNobody = opts.unprivileged === true && process.getuid?.() === 0;
    const [file, argv] = asNobody ? ["setpriv", [...NOBODY, process.execPath, BIN, ...args]] : [process.execPath, [BIN, ...args]];
    const child = execFile(file, argv, { env, cwd: opts.cwd ?? dir }, (err, stdout, stderr) =>
      resolve({ stdout, stderr, code: err ? Number((err as { code?: number }).code ?? 1) : 0 }),
    );
    child.stdin?.end("");
  });
}

/** One sentence on stderr, no stack trace, a non-zero exit. */
function expectOneSentence(r: { stderr: string; code: number }, says: RegExp): void {
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(says);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|node:internal|\.ts:\d+/);
  expect(r.stderr.trim().split("\n").length).toBeLessThanOrEqual(2);
}

const good = join(dir, "good.db");
beforeAll(async () => {
  const r = await run(["simulate", "--demo", "--db", good]);
  expect(r.code).toBe(0);
}, 60_000);

const copyOf = (name: string) => {
  const f = join(dir, name);
  const src = new Database(good);
  src.pragma("wal_checkpoint(TRUNCATE)");
  src.close();
  writeFileSync(f, readFileSync(good));
  return f;
};

describe("a database the bot cannot use", () => {
  it("a folder, or /, is refused without creating anything", async () => {
    const folder = join(dir, "afolder");
    mkdirSync(folder);
    expectOneSentence(await run(["jobs", "list", "--db", folder]), /is a folder/);
    expect(readdirSync(folder)).toEqual([]);
    expectOneSentence(await run(["jobs", "list", "--db", "/"]), /is a folder/);
  });

  it("a garbage file is refused and left as it was", async () => {
    const junk = join(dir, "junk.db");
    writeFileSync(junk, "this is a shopping list, not a database\n".repeat(200));
    const before = readFileSync(junk);
    expectOneSentence(await run(["jobs", "list", "--db", junk]), /not a DeedBank database/);
    expect(readFileSync(junk).equals(before)).toBe(true);
    expect(existsSync(`${junk}-wal`) || existsSync(`${junk}-shm`)).toBe(false);
  });

  it("a DATABASE_URL with a scheme this version cannot use names the key, and creates no folder", async () => {
    const cwd = join(dir, "cwd-url");
    mkdirSync(cwd);
    const r = await run(["jobs", "list"], { env: { DATABASE_URL: "mysql://bot@db.example.org/deedbank" }, cwd });
    expectOneSentence({ ...r, stderr: r.stderr.replace(/^Configuration problems:\n/, "") }, /DATABASE_URL/);
    const pg = await run(["jobs", "list"], { env: { DATABASE_URL: "postgres://bot@127.0.0.1:1/none" }, cwd });
    expect(pg.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(cwd)).toEqual([]);
  });

  // Runs as root too (CI): the CLI is then started as nobody. No way to drop root fails the test, never skips it.
  it("a read-only database file is refused with what to do, and nothing is left beside it", async () => {
    const ro = join(dir, "ro");
    mkdirSync(ro);
    const f = join(ro, "ro.db");
    writeFileSync(f, readFileSync(copyOf("ro-src.db")));
    chmodSync(f, 0o444);
    chmodSync(ro, 0o555);
    chmodSync(dir, 0o755); // mkdtemp's 0700 would keep nobody out of the folder altogether
    try {
      if (process.getuid?.() === 0) {
        // The child really is without write access (else this test would prove nothing).
        const probe = await new Promise<string>((resolve) => execFile("setpriv", [...NOBODY, process.execPath, "-e",
          `try { require("fs").accessSync(${JSON.stringify(f)}, 2); console.log("writable") } catch { console.log("read-only") }`],
          (err, stdout) => resolve(err ? `setpriv failed: ${err.message}` : stdout.trim())));
        expect(probe, "running as root: setpriv (util-linux) must run the CLI as nobody").toBe("read-only");
      }
      const r = await run(["jobs", "list", "--db", f], { unprivileged: true });
      expectOneSentence(r, /cannot be written \(read-only\)/);
      expect(r.stderr).toMatch(/write access/);
      expect(readdirSync(ro)).toEqual(["ro.db"]);
    } finally {
      chmodSync(ro, 0o755);
      chmodSync(dir, 0o700);
    }
  });

  it("a damaged file is refused at start, pointing to the restore", async () => {
    const f = copyOf("damaged.db");
    const bytes = readFileSync(f);
    // scribble over the middle of the file: b-tree pages that quick_check reads
    for (let i = 4096 * 3; i < bytes.length - 4096; i += 4096) bytes.fill(0x5a, i + 8, i + 200);
    writeFileSync(f, bytes);
    expectOneSentence(await run(["jobs", "list", "--db", f]), /damaged[\s\S]*deedbank restore/);
  });

  it("a database from a newer DeedBank, or with an edited migration, is refused", async () => {
    const newer = copyOf("newer.db");
    const db = new Database(newer);
    db.prepare(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ('x', 'abc', current_timestamp, '29991231000000_from_the_future', 1)`).run();
    db.close();
    expectOneSentence(await run(["jobs", "list", "--db", newer]), /newer DeedBank/);

    const edited = copyOf("edited.db");
    const db2 = new Database(edited);
    db2.prepare(`UPDATE "_prisma_migrations" SET checksum = '0000' WHERE rowid = (SELECT MIN(rowid) FROM "_prisma_migrations")`).run();
    db2.close();
    expectOneSentence(await run(["jobs", "list", "--db", edited]), /different text of migration/);
  });
});

describe("an output path that is a folder", () => {
  it("honour --out on a folder says to give a file name, and leaves no stray file", async () => {
    const out = join(dir, "posters-dir");
    mkdirSync(out);
    expectOneSentence(await run(["honour", "--db", good, "--out", out]), /is a folder/);
    expect(readdirSync(out)).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
  });
});
