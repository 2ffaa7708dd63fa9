// Storage on a temp SQLite file: migrations, pragmas, and the append-only ledger.
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/storage/migrate.ts";
import { openDatabase, type Database as Db } from "../../src/storage/database.ts";
import { tempDir } from "../helpers/test-app.ts";

let file: string;
let db: Db;
beforeEach(async () => {
  file = join(tempDir(), "nested", "dir", "s.db");
  db = await openDatabase(`file:${file}`);
});
afterEach(async () => {
  await db.close();
});

async function oneResidentWithCredit(): Promise<number> {
  return db.write(async (r) => {
    const c = await r.communities.create({ slug: "c", name: "C" });
    const p = await r.residents.create({ communityId: c.id, gridId: null, name: "张三" });
    await r.ledger.append({ communityId: c.id, residentId: p.id, points: 5, kind: "deed", reportId: null, idempotencyKey: "k1", actorId: null, at: new Date() });
    return p.id;
  });
}

describe("openDatabase", () => {
  it("creates the folder and file, applies migrations once, records them as Prisma does", () => {
    const raw = new Database(file);
    const rows = raw.prepare(`SELECT migration_name, finished_at FROM "_prisma_migrations"`).all() as { finished_at: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.finished_at)).toBe(true);
    raw.close();
    expect(applyMigrations(file)).toEqual([]);
  });

  it("runs in WAL mode with foreign keys on", async () => {
    const pragmas = await db.read(async () => {
      const raw = new Database(file);
      const mode = raw.pragma("journal_mode", { simple: true });
      raw.close();
      return mode;
    });
    expect(pragmas).toBe("wal");
    // Foreign keys on: a grid of a community that does not exist is refused.
    await expect(db.write((r) => r.grids.create(999, "x"))).rejects.toThrow();
  });

  it("waits for another process's write lock instead of failing (busy timeout)", async () => {
    const id = await oneResidentWithCredit();
    // Another process takes the write lock and keeps it 2.5 s: far longer than the busy
    // retries alone last (8 tries, under a second), well under the 10 s busy timeout.
    const holder = spawn(process.execPath, [
      "-e",
      `const db = new (require("better-sqlite3"))(process.argv[1]);
       db.exec("BEGIN IMMEDIATE");
       process.stdout.write("locked\\n");
       setTimeout(() => { db.exec("COMMIT"); db.close(); process.stdout.write("released\\n"); }, 2500);`,
      file,
    ]);
    let said = "";
    await new Promise<void>((resolve, reject) => {
      holder.stdout.on("data", (c: Buffer) => {
        said += c.toString();
        if (said.includes("locked")) resolve();
      });
      holder.on("exit", () => reject(new Error(`lock holder ended early: ${said}`)));
    });
    const exited = new Promise((resolve) => holder.on("exit", resolve));
    await db.write((r) =>
      r.ledger.append({ communityId: 1, residentId: id, points: 7, kind: "deed", reportId: null, idempotencyKey: "while-locked", actorId: null, at: new Date() }),
    );
    await exited;
    // The write went in, and only after the other process had let go of the lock.
    expect(said).toBe("locked\nreleased\n");
    expect(await db.read((r) => r.ledger.balance(id))).toBe(12);
  }, 30_000);

  it("refuses UPDATE and DELETE of ledger rows in the database itself", async () => {
    await oneResidentWithCredit();
    const raw = new Database(file);
    expect(() => raw.prepare(`UPDATE "LedgerEntry" SET points = 500`).run()).toThrow(/append-only/);
    expect(() => raw.prepare(`DELETE FROM "LedgerEntry"`).run()).toThrow(/append-only/);
    expect((raw.prepare(`SELECT points FROM "LedgerEntry"`).get() as { points: number }).points).toBe(5);
    raw.close();
  });

  it("refuses UPDATE and DELETE of audit rows in the database itself", async () => {
    await db.write((r) => r.audit.record({ communityId: null, actorId: null, action: "test.done", subjectType: "test", subjectId: 7 }));
    const raw = new Database(file);
    const count = () => (raw.prepare(`SELECT COUNT(*) AS n FROM "AuditEvent"`).get() as { n: number }).n;
    expect(count()).toBe(1);
    expect(() => raw.prepare(`UPDATE "AuditEvent" SET action = 'test.changed'`).run()).toThrow(/append-only/);
    expect(() => raw.prepare(`DELETE FROM "AuditEvent"`).run()).toThrow(/append-only/);
    expect(count()).toBe(1);
    expect(raw.prepare(`SELECT action, subjectId FROM "AuditEvent"`).get()).toEqual({ action: "test.done", subjectId: 7 });
    raw.close();
  });

  it("appends a credit once per idempotency key", async () => {
    const id = await oneResidentWithCredit();
    const again = await db.write((r) =>
      r.ledger.append({ communityId: 1, residentId: id, points: 5, kind: "deed", reportId: null, idempotencyKey: "k1", actorId: null, at: new Date() }),
    );
    expect(again).toBe("duplicate");
    expect(await db.read((r) => r.ledger.balance(id))).toBe(5);
  });

  it("rolls a failed transaction back whole", async () => {
    const id = await oneResidentWithCredit();
    await expect(
      db.write(async (r) => {
        await r.ledger.append({ communityId: 1, residentId: id, points: 7, kind: "deed", reportId: null, idempotencyKey: "k2", actorId: null, at: new Date() });
        throw new Error("crash in the middle");
      }),
    ).rejects.toThrow("crash in the middle");
    expect(await db.read((r) => r.ledger.balance(id))).toBe(5);
  });

  it("keeps a read issued during a transaction out of it (one lane)", async () => {
    const id = await oneResidentWithCredit();
    const slow = db.write(async (r) => {
      await r.ledger.append({ communityId: 1, residentId: id, points: 7, kind: "deed", reportId: null, idempotencyKey: "k3", actorId: null, at: new Date() });
      await new Promise((res) => setTimeout(res, 30));
      throw new Error("rolled back");
    });
    const during = db.read((r) => r.ledger.balance(id));
    await expect(slow).rejects.toThrow();
    expect(await during).toBe(5);
  });
});
