// The running bot keeps its parser and the chats' places in memory, and notices a change made
// by another process (deedbank catalog import) at the next message: no clock involved.
import { afterEach, describe, expect, it } from "vitest";
import pino from "pino";
import { exportCatalog, importCatalog } from "../../src/app/import-catalog.ts";
import { loadConfig } from "../../src/config/load-config.ts";
import { createApp, type App } from "../../src/create-app.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
let other: App | undefined;
afterEach(async () => {
  await other?.close();
  other = undefined;
  await app?.dispose();
});

describe("the parser cache", () => {
  it("uses a catalog imported by another process from the next message on", async () => {
    let statements = 0;
    app = await testApp();
    expect(await app.chat("张秀英: 今天做了一件神秘好事")).not.toMatch(/#1/);
    // A second process (as `deedbank catalog import` is) adds a keyword.
    other = await createApp(loadConfig({ LOG_LEVEL: "silent" }, { db: app.db.file }), { log: pino({ level: "silent" }) });
    const catalog = await exportCatalog(other.deps, 1);
    const changed = catalog.map((c) => (c.code === "flyer_removal" ? { ...c, match: { ...c.match, keywords: [...(c.match.keywords ?? []), "神秘好事"] } } : c));
    await importCatalog(other.deps, 1, changed);
    expect(await app.chat("张秀英: 今天又做了一件神秘好事")).toMatch(/#1/);
    // Ordinary chatter, once everything is cached, costs one statement: the change counter.
    const counted = await createApp(loadConfig({ LOG_LEVEL: "silent" }, { db: app.db.file }), { log: pino({ level: "silent" }), onQuery: () => statements++ });
    try {
      const say = (text: string, id: string) => counted.handle({ platform: "console", chatId: "group:一网格", messageId: id, sender: { id: "张秀英", name: "张秀英" }, text });
      await say("大家早上好", "a");
      statements = 0;
      expect(await say("今天天气真不错", "b")).toEqual([]);
      expect(statements).toBeLessThanOrEqual(1);
    } finally {
      await counted.close();
    }
  });
});
