// Binding codes cannot be guessed: failed tries are limited per account and per community,
// counted in the database (a restart does not reset them), the staff are told, the codes are
// long and stored hashed, an admin from DEEDBANK_ADMINS holds one live code, and no log line
// carries a code.
import { Writable } from "node:stream";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { CODE_DIGITS, operatorBindCode } from "../../src/app/bind-identity.ts";
import { ensureAdmins } from "../../src/app/ensure-admins.ts";
import { createApp } from "../../src/create-app.ts";
import { loadConfig } from "../../src/config/load-config.ts";
import { join } from "node:path";
import { testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
afterEach(async () => app?.dispose());

const residentId = async (a: TestApp, name: string) => (await a.deps.store.read((r) => r.residents.findByName(1, null, name)))[0]!.id;
const staffAlerts = async (a: TestApp) =>
  Number(Object.values(((await a.db.raw(`SELECT COUNT(*) AS n FROM "OutboxMessage" WHERE "dedupeKey" LIKE 'bind-limit:%'`)) as Record<string, number>[])[0] ?? {})[0]);
const wrong = (code: string) => String((Number(code) + 1) % 10 ** CODE_DIGITS).padStart(CODE_DIGITS, "0");

describe("binding codes", () => {
  it("are eight digits and stored hashed", async () => {
    app = await testApp();
    const { code } = await operatorBindCode(app.deps, await residentId(app, "王敏"));
    expect(code).toMatch(/^\d{8}$/);
    const rows = (await app.db.raw(`SELECT code FROM "BindCode"`)) as { code: string }[];
    expect(rows.map((r) => r.code).join()).not.toContain(code);
  });

  it("stop after 5 wrong tries from one account, even for the right code, across a restart; staff told once", async () => {
    app = await testApp();
    const { code } = await operatorBindCode(app.deps, await residentId(app, "王敏"));
    const guesses = Array.from({ length: 8 }, (_, i) => `猜码的人: 绑定码 ${String(i).repeat(CODE_DIGITS)}`);
    const out = await app.chat(guesses);
    expect(out.match(/绑定码不对/g)?.length).toBe(5);
    expect(out.match(/试的次数太多了/g)?.length).toBe(3);
    expect(await staffAlerts(app)).toBe(1);
    // a restart does not reset the count
    const dir = app.dir;
    await app.close();
    app = await testApp({ dir, demo: false });
    expect(await app.chat(`猜码的人: 绑定码 ${code}`)).toContain("试的次数太多了");
    expect(await staffAlerts(app)).toBe(1);
    // an hour later the right code works
    app.setNow(new Date(app.now.getTime() + 3_600_001));
    expect(await app.chat(`猜码的人: 绑定码 ${code}`)).toContain("已绑定");
  });

  it("stop for the whole community after 20 wrong tries from many accounts", async () => {
    app = await testApp();
    const { code } = await operatorBindCode(app.deps, await residentId(app, "王敏"));
    await app.chat(Array.from({ length: 20 }, (_, i) => `路人${i}: 绑定码 ${wrong(code)}`));
    expect(await app.chat(`又一个路人: 绑定码 ${code}`)).toContain("试的次数太多了");
  });

  it("DEEDBANK_ADMINS=wechat:NAME keeps one live code, and gives none when WeChat is off", async () => {
    app = await testApp();
    const specs = [{ platform: "wechat" as const, id: "周华" }];
    expect((await ensureAdmins(app.deps, specs, { wechat: false })).codes).toEqual([]);
    const first = (await ensureAdmins(app.deps, specs, { wechat: true })).codes[0]!.code;
    const second = (await ensureAdmins(app.deps, specs, { wechat: true })).codes[0]!.code;
    expect(await app.chat(`周华: 绑定码 ${first}`)).toContain("绑定码不对");
    expect(await app.chat(`周华: 绑定码 ${second}`)).toContain("已绑定");
  });

  it("never appear in the logs, even when the bind fails on a full disk", async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (c: Buffer, _e, cb) => (lines.push(c.toString()), cb()) });
    app = await testApp();
    const { code } = await operatorBindCode(app.deps, await residentId(app, "王敏"));
    await app.close();
    const live = await createApp(loadConfig({ LOG_LEVEL: "debug" }, { db: join(app.dir, "test.db") }), { clock: () => app.now, log: pino({ level: "debug" }, sink) });
    try {
      const pages = (await live.db.raw("PRAGMA page_count")) as { page_count: number }[];
      await live.db.raw(`PRAGMA max_page_count = ${Number(pages[0]?.page_count)}`);
      await live.handle({ platform: "console", chatId: "group:一网格", messageId: "x1", sender: { id: "王敏2", name: "王敏" }, text: `绑定码 ${code}` });
      await live.handle({ platform: "console", chatId: "group:一网格", messageId: "x2", sender: { id: "王敏2", name: "王敏" }, text: `绑定码 ${"9".repeat(CODE_DIGITS)}` });
    } finally {
      await live.close();
    }
    expect(lines.join("")).not.toContain(code);
    expect(lines.join("")).not.toContain("9".repeat(CODE_DIGITS));
  });
});
