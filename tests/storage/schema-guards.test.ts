// The schema guards itself (issue 9): a database filled at the schema before the
// schema-guards migration is migrated with its rows, ids, counters and triggers intact, and
// afterwards the database itself refuses a bad status or kind, a reference to nobody, and a
// role granted twice.
import Database from "better-sqlite3";
import { cpSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/storage/migrate.ts";
import { tempDir } from "../helpers/test-app.ts";

const MIGRATIONS = fileURLToPath(new URL("../../prisma/migrations/", import.meta.url));
const GUARDS = "20261201091000_schema_guards";

/** Every status and kind column, with one value it allows. */
const GUARDED: [table: string, column: string][] = [
  ["Resident", "status"], ["Role", "role"], ["CatalogItem", "unit"], ["DeedReport", "status"],
  ["LedgerEntry", "kind"], ["OutboxMessage", "status"], ["FixedAward", "status"], ["TicketEntry", "kind"],
  ["Draw", "status"], ["Draw", "mode"], ["DrawWinner", "status"],
];
const APPEND_ONLY = new Set(["LedgerEntry", "TicketEntry"]);

/** One row in every table the migration rebuilds (DrawPledge stays empty), written at the previous schema. */
const FILL = `
INSERT INTO "Community" (id, slug, name) VALUES (1, 'c', '白石坡社区');
INSERT INTO "Grid" (id, communityId, name) VALUES (1, 1, '一网格');
INSERT INTO "ChatGroup" (id, platform, externalId, gridId) VALUES (1, 'console', 'g1', 1);
INSERT INTO "Resident" (id, communityId, gridId, name, status) VALUES (1, 1, 1, '张秀英', 'active'), (2, 1, 1, '王敏', 'active'), (3, 1, NULL, '周华', 'unregistered');
INSERT INTO "ChatIdentity" (id, platform, externalUserId, displayName, residentId, verified) VALUES (1, 'console', '张秀英', '张秀英', 1, 1);
INSERT INTO "Role" (id, residentId, communityId, role, gridId) VALUES (1, 2, 1, 'grid_worker', 1), (2, 3, 1, 'admin', NULL), (3, 3, 1, 'admin', NULL);
INSERT INTO "CatalogItem" (id, communityId, code, nameZh, nameEn, points, unit, match) VALUES (1, 1, 'flyer_removal', '撕小广告', 'flyers', 2, 'item', '{}');
INSERT INTO "DeedReport" (id, communityId, number, gridId, chatGroupId, platform, externalChatId, externalMessageId, senderIdentityId, senderResidentId, rawText, deeds, suggestedPoints, doerResidentId, status, awardedPoints, reviewerId, decidedAt, updatedAt)
  VALUES (1, 1, 1, 1, 1, 'console', 'g1', 'm1', 1, 1, '撕了3张小广告', '[]', 6, 1, 'approved', 6, 2, 1764500000000, 1764500000000),
         (2, 1, 2, 1, 1, 'console', 'g1', 'm2', 1, 1, '扫了楼道', '[]', 2, NULL, 'pending', NULL, NULL, NULL, 1764500000000);
INSERT INTO "LedgerEntry" (id, communityId, residentId, points, kind, reportId, idempotencyKey, actorId) VALUES (1, 1, 1, 6, 'deed', 1, 'deed:1', 2), (2, 1, 1, 20, 'fixed', NULL, 'fixed:1', 2), (3, 1, 1, -5, 'exchange', NULL, 'exchange:1', 2);
INSERT INTO "OutboxMessage" (id, platform, chatId, text, status) VALUES (1, 'console', 'g1', 'hi', 'sent'), (2, 'console', 'g1', 'later', 'pending');
DELETE FROM "OutboxMessage" WHERE id = 2;
INSERT INTO "RewardSettings" (communityId, ticketRatio) VALUES (1, 3);
INSERT INTO "FixedCategory" (id, communityId, code, nameZh, nameEn, points) VALUES (1, 1, 'party_member', '党员', 'party member', 20);
INSERT INTO "FixedAward" (id, communityId, residentId, code, points, actorId, status) VALUES (1, 1, 1, 'party_member', 20, 2, 'active');
INSERT INTO "Draw" (id, communityId, title, status, mode, closesAt, commitment, seed, createdById) VALUES (1, 1, '元旦抽奖', 'drawn', 'choose', 1764500000000, 'abc', 'def', 3);
INSERT INTO "DrawPrize" (id, drawId, name, quantity) VALUES (1, 1, '大米', 1);
INSERT INTO "DrawWinner" (id, drawId, prizeId, position, residentId, status) VALUES (1, 1, 1, 1, 1, 'pending');
INSERT INTO "TicketEntry" (id, communityId, residentId, tickets, kind, reportId, drawId, idempotencyKey) VALUES (1, 1, 1, 3, 'earned', 1, NULL, 'tickets:1'), (2, 1, 1, -2, 'draw', NULL, 1, 'draw:1:1');
INSERT INTO "ShopItem" (id, communityId, name, price, stock) VALUES (1, 1, '大米', 5, 9);
INSERT INTO "ShopExchange" (id, communityId, itemId, residentId, price, handedById) VALUES (1, 1, 1, 1, 5, 2);
`;

const TABLES = [
  "Resident", "Role", "CatalogItem", "DeedReport", "LedgerEntry", "OutboxMessage", "RewardSettings", "FixedCategory",
  "FixedAward", "TicketEntry", "Draw", "DrawPrize", "DrawPledge", "DrawWinner", "ShopItem", "ShopExchange", "ChatIdentity",
];

/** A database at the schema just before the schema-guards migration. */
function databaseAtPreviousSchema(): string {
  const dir = tempDir();
  const previous = join(dir, "migrations");
  mkdirSync(previous);
  for (const name of readdirSync(MIGRATIONS, { withFileTypes: true })) {
    if (name.isDirectory() && name.name < GUARDS) cpSync(join(MIGRATIONS, name.name), join(previous, name.name), { recursive: true });
  }
  const file = join(dir, "old.db");
  expect(applyMigrations(file, previous)).not.toContain(GUARDS);
  return file;
}

const dump = (raw: Database.Database, table: string) => raw.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all();

describe("the schema-guards migration on a database filled at the previous schema", () => {
  let file: string;
  let before: Record<string, unknown[]>;
  let seqBefore: unknown[];

  beforeAll(() => {
    file = databaseAtPreviousSchema();
    const raw = new Database(file);
    raw.exec(FILL);
    // The previous schema let a role be granted twice when gridId is NULL: that is the bug.
    expect(raw.prepare(`SELECT COUNT(*) AS n FROM "Role" WHERE role = 'admin'`).get()).toEqual({ n: 2 });
    before = Object.fromEntries(TABLES.map((t) => [t, dump(raw, t)]));
    seqBefore = raw.prepare(`SELECT name, seq FROM sqlite_sequence ORDER BY name`).all();
    raw.close();
    expect(applyMigrations(file)).toContain(GUARDS);
  });

  it("keeps every row, with its id and values; only the duplicate admin role goes", () => {
    const raw = new Database(file, { readonly: true });
    for (const t of TABLES) {
      const expected = t === "Role" ? before[t]!.filter((r) => (r as { id: number }).id !== 3) : before[t];
      // Later migrations may add columns (DeedReport.duplicateOf …): compare the columns that existed.
      const cols = Object.keys((before[t]![0] ?? {}) as object);
      const after = dump(raw, t).map((r) => Object.fromEntries(cols.map((c) => [c, (r as Record<string, unknown>)[c]])));
      expect(after, t).toEqual(expected);
      if (t !== "DrawPledge") expect(dump(raw, t).length, t).toBeGreaterThan(0);
    }
    // Later migrations may add counters of their own tables; the ones that existed are unchanged.
    const known = new Set((seqBefore as { name: string }[]).map((r) => r.name));
    const seqAfter = (raw.prepare(`SELECT name, seq FROM sqlite_sequence ORDER BY name`).all() as { name: string }[]).filter((r) => known.has(r.name));
    expect(seqAfter).toEqual(seqBefore);
    expect(raw.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(raw.pragma("foreign_key_check")).toEqual([]);
    raw.close();
  });

  it("does not hand out an id again (the outbox row deleted before the migration)", () => {
    const raw = new Database(file);
    const { lastInsertRowid } = raw.prepare(`INSERT INTO "OutboxMessage" (platform, chatId, text) VALUES ('console', 'g1', 'x')`).run();
    expect(Number(lastInsertRowid)).toBe(3);
    raw.close();
  });

  it("re-creates the triggers: ledger and tickets stay append-only, stock and prizes stay guarded", () => {
    const raw = new Database(file);
    expect(() => raw.prepare(`UPDATE "LedgerEntry" SET points = 500`).run()).toThrow(/append-only/);
    expect(() => raw.prepare(`DELETE FROM "LedgerEntry"`).run()).toThrow(/append-only/);
    expect(() => raw.prepare(`UPDATE "TicketEntry" SET tickets = 9`).run()).toThrow(/append-only/);
    expect(() => raw.prepare(`DELETE FROM "TicketEntry"`).run()).toThrow(/append-only/);
    expect(() => raw.prepare(`UPDATE "ShopItem" SET stock = -1`).run()).toThrow(/below zero/);
    raw.prepare(`INSERT INTO "DrawWinner" (id, drawId, prizeId, position, residentId, status) VALUES (2, 1, 1, 2, 1, 'pending')`).run();
    raw.prepare(`UPDATE "DrawWinner" SET status = 'collected' WHERE id = 2`).run();
    expect(() => raw.prepare(`UPDATE "DrawWinner" SET status = 'pending' WHERE id = 2`).run()).toThrow(/already collected/);
    raw.close();
  });

  it("refuses a bad status or kind in every guarded column", () => {
    const raw = new Database(file);
    for (const [table, column] of GUARDED) {
      const attempt = APPEND_ONLY.has(table)
        ? () => {
            const row = raw.prepare(`SELECT * FROM "${table}" LIMIT 1`).get() as Record<string, unknown>;
            const { id: _id, ...rest } = { ...row, [column]: "bogus", idempotencyKey: `bad:${table}` };
            const cols = Object.keys(rest);
            raw.prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(",")}) VALUES (${cols.map(() => "?").join(",")})`).run(
              ...Object.values(rest).map((v) => (v instanceof Date ? v.getTime() : v)),
            );
          }
        : () => raw.prepare(`UPDATE "${table}" SET "${column}" = 'bogus' WHERE id = 1`).run();
      expect(attempt, `${table}.${column}`).toThrow(/CHECK constraint failed/);
    }
    raw.close();
  });

  it("refuses references to nobody and a role granted twice", () => {
    const raw = new Database(file);
    raw.pragma("foreign_keys = ON");
    const refused: [string, string][] = [
      ["DeedReport", "reviewerId"], ["DeedReport", "doerResidentId"], ["FixedAward", "actorId"], ["FixedAward", "residentId"],
      ["DrawWinner", "residentId"], ["ShopExchange", "handedById"], ["Draw", "createdById"],
    ];
    for (const [table, column] of refused) {
      expect(() => raw.prepare(`UPDATE "${table}" SET "${column}" = 999`).run(), `${table}.${column}`).toThrow(/FOREIGN KEY/);
    }
    expect(() => raw.prepare(`INSERT INTO "DrawPledge" (drawId, residentId, tickets) VALUES (1, 999, 1)`).run()).toThrow(/FOREIGN KEY/);
    expect(() => raw.prepare(`INSERT INTO "RewardSettings" (communityId) VALUES (999)`).run()).toThrow(/FOREIGN KEY/);
    expect(() => raw.prepare(`INSERT INTO "TicketEntry" (communityId, residentId, tickets, kind, idempotencyKey) VALUES (1, 999, 1, 'earned', 'x')`).run()).toThrow(/FOREIGN KEY/);
    expect(() => raw.prepare(`INSERT INTO "Role" (residentId, communityId, role, gridId) VALUES (3, 1, 'admin', NULL)`).run()).toThrow(/UNIQUE/);
    expect(() => raw.prepare(`INSERT INTO "Role" (residentId, communityId, role, gridId) VALUES (2, 1, 'grid_worker', 1)`).run()).toThrow(/UNIQUE/);
    // A different grid is a different role.
    raw.prepare(`INSERT INTO "Grid" (id, communityId, name) VALUES (2, 1, '二网格')`).run();
    expect(() => raw.prepare(`INSERT INTO "Role" (residentId, communityId, role, gridId) VALUES (2, 1, 'grid_worker', 2)`).run()).not.toThrow();
    raw.close();
  });
});

describe("a migration that would leave a reference to nobody", () => {
  it("fails whole and leaves the database as it was", () => {
    const file = databaseAtPreviousSchema();
    const raw = new Database(file);
    raw.exec(FILL);
    raw.prepare(`UPDATE "DeedReport" SET reviewerId = 999 WHERE id = 1`).run();
    raw.close();
    expect(() => applyMigrations(file)).toThrow(/DeedReport row 1 → Resident/);
    const after = new Database(file, { readonly: true });
    expect(after.prepare(`SELECT migration_name FROM "_prisma_migrations" WHERE migration_name = ?`).get(GUARDS)).toBeUndefined();
    expect((after.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'DeedReport'`).get() as { sql: string }).sql).not.toMatch(/CHECK/);
    expect(after.prepare(`SELECT COUNT(*) AS n FROM "Role"`).get()).toEqual({ n: 3 });
    after.close();
  });
});
