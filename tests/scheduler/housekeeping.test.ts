// The nightly housekeeping: sent messages past the retention period leave the outbox but
// their dedupe keys stay; old honour posters are deleted, recent ones kept.
import { mkdirSync, utimesSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { HOUSEKEEPING } from "../../src/scheduler/jobs/housekeeping.ts";
import { rawAll } from "../helpers/raw-sql.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
afterEach(() => app?.dispose());

const rows = (t: TestApp) =>
  rawAll<{ dedupeKey: string | null; text: string; status: string }>(t, `SELECT "dedupeKey", text, status FROM "OutboxMessage" ORDER BY id`);

describe("housekeeping", () => {
  it("prunes sent messages after the retention period, keeping dedupe keys, and deletes old posters", async () => {
    app = await testApp({ env: { DEEDBANK_RETENTION_DAYS: "30" } });
    await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1"]); // a decision notice, sent, with a dedupe key
    await app.deps.store.write(async (r) => {
      await r.outbox.enqueue({ platform: "console", chatId: "group:一网格", text: "old, no key" }, { notBefore: app.now });
      await r.outbox.enqueue({ platform: "console", chatId: "group:一网格", text: "still pending" }, { notBefore: new Date("2099-01-01") });
      const [due] = await r.outbox.due(app.now, 10, "console");
      if (due) await r.outbox.markSent(due.id, "x", app.now);
    });
    const before = await rows(app);
    const keyed = before.filter((m) => m.dedupeKey && m.status === "sent");
    expect(keyed.length).toBeGreaterThan(0);
    expect(before.some((m) => m.text === "old, no key" && m.status === "sent")).toBe(true);

    const dir = join(app.dir, "posters");
    mkdirSync(dir, { recursive: true });
    const old = join(dir, "honour-baishipo-2026-W40-1.jpg");
    const recent = join(dir, "honour-baishipo-2026-W47-1.jpg");
    const other = join(dir, "notes.txt");
    for (const f of [old, recent, other]) writeFileSync(f, "x");
    const days = (n: number) => new Date(app.now.getTime() + n * 86_400_000);
    utimesSync(old, days(-40), days(-40));
    utimesSync(other, days(-400), days(-400));

    const job = app.jobs.find((j) => j.id === HOUSEKEEPING);
    if (!job) throw new Error("no housekeeping job");
    // Ten days on: nothing is old enough yet.
    app.setNow(days(10));
    await job.run({ scheduledAt: app.now });
    expect(await rows(app)).toEqual(before);
    expect(existsSync(old)).toBe(false); // 50 days old by then
    expect(existsSync(recent)).toBe(true);
    expect(existsSync(other)).toBe(true); // not a poster

    // Forty days on: sent messages go; keyed ones stay as empty rows; the pending one stays.
    app.setNow(days(40));
    await job.run({ scheduledAt: app.now });
    const after = await rows(app);
    expect(after.find((m) => m.text === "old, no key")).toBeUndefined();
    expect(after.find((m) => m.text === "still pending")?.status).toBe("pending");
    expect(after.filter((m) => m.dedupeKey).map((m) => [m.dedupeKey, m.text])).toEqual(keyed.map((m) => [m.dedupeKey, ""]));
    // The keys still stop a second copy.
    const again = await app.deps.store.write((r) => r.outbox.enqueue({ platform: "console", chatId: "c", text: "t" }, { dedupeKey: keyed[0]?.dedupeKey ?? "" }));
    expect(again).toBeNull();
  });
});
