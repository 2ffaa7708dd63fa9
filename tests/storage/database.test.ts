// Storage on a temp SQLite file: migrations, pragmas, and the append-only ledger.
import Database from "better-sqlite3";
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

  it("runs in WAL mode with foreign keys and a busy timeout", async () => {
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

  it("refuses UPDATE and DELETE of ledger rows in the database itself", async () => {
    await oneResidentWithCredit();
    const raw = new Database(file);
    expect(() => raw.prepare(`UPDATE "LedgerEntry" SET points = 500`).run()).toThrow(/append-only/);
    expect(() => raw.prepare(`DELETE FROM "LedgerEntry"`).run()).toThrow(/append-only/);
    expect(() => raw.prepare(`DELETE FROM "AuditEvent"`).run()).not.toThrow(); // empty table: nothing to refuse
    expect((raw.prepare(`SELECT points FROM "LedgerEntry"`).get() as { points: number }).points).toBe(5);
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
