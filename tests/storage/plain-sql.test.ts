// The hot paths run plain SQL (storage/repos/sql.ts) beside Prisma's repositories, in the same
// transaction (issue 14). A use case that fails after both kinds of writes must leave neither;
// a credit written twice must land once; and the values read back must be the same on SQLite
// and PostgreSQL (dates as Date, booleans as booleans, counts as numbers).
import { afterEach, describe, expect, it } from "vitest";
import { rawAll } from "../helpers/raw-sql.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
afterEach(() => app?.dispose());

const count = async (table: string) => Number((await rawAll<{ n: number }>(app, `SELECT COUNT(*) AS n FROM "${table}"`))[0]?.n);

describe("plain SQL inside the store's transactions", () => {
  it("rolls back plain-SQL and Prisma writes together when the use case fails", async () => {
    app = await testApp();
    const before = { audit: await count("AuditEvent"), outbox: await count("OutboxMessage"), grids: await count("Grid") };
    await expect(app.deps.store.write(async (r) => {
      await r.audit.record({ communityId: 1, actorId: null, action: "test.rolled-back", subjectType: "test", subjectId: null });
      await r.outbox.enqueue({ platform: "console", chatId: "x", text: "never sent" }, { dedupeKey: "test:rolled-back" });
      await r.grids.create(1, "第99网格"); // through Prisma
      throw new Error("the use case fails after its writes");
    })).rejects.toThrow("the use case fails");
    expect({ audit: await count("AuditEvent"), outbox: await count("OutboxMessage"), grids: await count("Grid") }).toEqual(before);
    // The store is usable afterwards: the next write commits.
    await app.deps.store.write((r) => r.audit.record({ communityId: 1, actorId: null, action: "test.committed", subjectType: "test", subjectId: null }));
    expect(await count("AuditEvent")).toBe(before.audit + 1);
  });

  it("appends a ledger credit and a ticket once per idempotency key, and queues a dedupe key once", async () => {
    app = await testApp();
    const [resident] = await rawAll<{ id: number }>(app, `SELECT id FROM "Resident" ORDER BY id LIMIT 1`);
    const line = { communityId: 1, residentId: Number(resident?.id), points: 3, kind: "adjustment" as const, reportId: null, idempotencyKey: "test:once", actorId: null, at: new Date() };
    const outcomes = await app.deps.store.write(async (r) => [
      await r.ledger.append(line),
      await r.ledger.append(line),
      await r.tickets.append({ communityId: 1, residentId: line.residentId, tickets: 1, kind: "earned", reportId: null, createdAt: new Date(), idempotencyKey: "test:ticket" }),
      await r.tickets.append({ communityId: 1, residentId: line.residentId, tickets: 1, kind: "earned", reportId: null, createdAt: new Date(), idempotencyKey: "test:ticket" }),
      (await r.outbox.enqueue({ platform: "console", chatId: "x", text: "a" }, { dedupeKey: "test:dedupe" })) !== null,
      (await r.outbox.enqueue({ platform: "console", chatId: "x", text: "a" }, { dedupeKey: "test:dedupe" })) !== null,
    ]);
    expect(outcomes).toEqual(["created", "duplicate", "created", "duplicate", true, false]);
    expect(await rawAll(app, `SELECT points FROM "LedgerEntry" WHERE "idempotencyKey" = 'test:once'`)).toHaveLength(1);
  });

  it("reads back the same shapes on either database", async () => {
    app = await testApp();
    const report = await app.deps.store.write(async (r) => {
      const identity = await r.identities.create({ platform: "console", externalUserId: "plain-sql", displayName: "测试", verified: true });
      expect(identity.verified).toBe(true);
      expect((await r.identities.byExternal("console", "plain-sql"))?.verified).toBe(true);
      const resident = await r.residents.create({ communityId: 1, gridId: null, name: "测试人" });
      expect(resident.masked).toBe(false);
      return r.reports.create({
        communityId: 1, gridId: null, chatGroupId: null, platform: "console", externalChatId: "c", externalMessageId: "m-plain",
        senderIdentityId: identity.id, senderResidentId: resident.id, rawText: "扶老人过马路", deeds: [{ category: "help", quantity: 1, points: 2 }],
        suggestedPoints: 2, doerName: null, at: new Date("2026-11-25T02:00:00Z"),
      });
    });
    expect(report.createdAt).toEqual(new Date("2026-11-25T02:00:00Z"));
    expect(report.decidedAt).toBeNull();
    expect(report.senderName).toBe("测试");
    expect(report.deeds).toEqual([{ category: "help", quantity: 1, points: 2 }]);
    const again = await app.deps.store.read((r) => r.reports.byMessage("console", "c", "m-plain"));
    expect(again).toEqual(report);
    expect(await app.deps.store.read((r) => r.reports.countBySenderSince(report.senderIdentityId, new Date("2026-11-25T00:00:00Z")))).toBe(1);
  });

  it("builds a new report from what it wrote exactly as it would read it back (several doers, a sender's language)", async () => {
    app = await testApp();
    const { built, identity, resident } = await app.deps.store.write(async (r) => {
      const identity = await r.identities.create({ platform: "console", externalUserId: "built", displayName: "李四", locale: "en" });
      const resident = await r.residents.create({ communityId: 1, gridId: null, name: "李四" });
      await r.identities.link(identity.id, resident.id, false);
      const grid = await r.grids.create(1, "第98网格");
      await r.roles.grant(resident.id, 1, "admin", null);
      await r.roles.grant(resident.id, 1, "grid_worker", grid.id);
      const built = await r.reports.create({
        communityId: 1, gridId: null, chatGroupId: null, platform: "console", externalChatId: "c", externalMessageId: "m-built",
        senderIdentityId: identity.id, senderResidentId: resident.id, rawText: "我和王五扶老人过马路", deeds: [{ category: "help", quantity: 1, points: 2 }],
        suggestedPoints: 2, doerName: null, doers: [null, "王五"], duplicateOf: 7, at: new Date("2026-11-25T02:00:00.123Z"),
        sender: { displayName: identity.displayName, locale: identity.locale },
      });
      return { built, identity, resident };
    });
    expect(built.doers).toHaveLength(2);
    expect(await app.deps.store.read((r) => r.reports.byMessage("console", "c", "m-built"))).toEqual(built);
    // The sender as the router reads it: identity, resident and roles in one statement.
    const actor = await app.deps.store.read((r) => r.identities.withResident("console", "built"));
    expect(actor).toEqual({ identity: { ...identity, residentId: resident.id, verified: false }, resident, roles: expect.any(Array) });
    expect(new Set(actor?.roles.map((g) => `${g.role}:${g.communityId}:${g.gridId === null ? "-" : "grid"}`))).toEqual(new Set(["admin:1:-", "grid_worker:1:grid"]));
    expect(actor?.roles).toEqual(expect.arrayContaining(await app.deps.store.read((r) => r.roles.forResident(resident.id))));
    expect(await app.deps.store.read((r) => r.identities.withResident("console", "nobody"))).toBeNull();
    const day = await app.deps.store.read((r) => r.reports.bySenderSince(identity.id, new Date("2026-11-25T00:00:00Z"), 500));
    expect(day.map((x) => x.number)).toEqual([built.number]);
  });

  it("finds a grid's reports sharing a deed by their deed key, reports of several deeds by their text, and follows corrected deeds", async () => {
    // (deedKey "*": several deeds, or a row written without a key: compared by text)
    app = await testApp();
    const since = new Date("2026-11-25T00:00:00Z");
    const flyers = { category: "flyer_removal", quantity: 3, points: 6 };
    const patrol = { category: "patrol", quantity: 2, points: 4 };
    const numbers = await app.deps.store.write(async (r) => {
      const identity = await r.identities.create({ platform: "console", externalUserId: "keys", displayName: "赵六" });
      const grid = await r.grids.create(1, "第97网格");
      const make = (id: string, deeds: typeof flyers[]) => r.reports.create({
        communityId: 1, gridId: grid.id, chatGroupId: null, platform: "console", externalChatId: "c", externalMessageId: id,
        senderIdentityId: identity.id, senderResidentId: null, rawText: id, deeds, suggestedPoints: 1, doerName: null,
        at: new Date("2026-11-25T02:00:00Z"), sender: { displayName: "赵六", locale: null },
      });
      const one = await make("one", [flyers]);
      const two = await make("two", [patrol, flyers]);
      const other = await make("other", [{ ...flyers, quantity: 30 }]);
      return { grid: grid.id, one: one.number, two: two.number, other: other.number, oneId: one.id };
    });
    const inGrid = async (deeds: { category: string; quantity: number }[]) =>
      (await app.deps.store.read((r) => r.reports.recentInGrid(numbers.grid, since, deeds))).map((x) => x.number).sort((a, b) => a - b);
    expect(await inGrid([{ category: "flyer_removal", quantity: 3 }])).toEqual([numbers.one, numbers.two]);
    expect(await inGrid([{ category: "patrol", quantity: 2 }])).toEqual([numbers.two]);
    expect(await inGrid([{ category: "flyer_removal", quantity: 30 }])).toEqual(expect.arrayContaining([numbers.other]));
    // A reviewer corrects the deeds: the key follows them.
    await app.deps.store.write((r) => r.reports.transition(numbers.oneId, "pending", { status: "pending", deeds: [{ ...patrol, quantity: 5, points: 10 }] }));
    expect(await inGrid([{ category: "flyer_removal", quantity: 3 }])).toEqual([numbers.two]);
    expect(await inGrid([{ category: "patrol", quantity: 5 }])).toEqual([numbers.one]);
    expect(await rawAll<{ deedKey: string | null }>(app, `SELECT "deedKey" FROM "DeedReport" WHERE "id" = ${numbers.oneId}`)).toEqual([{ deedKey: "patrol:5" }]);
  });
});
