// Any text gets silence or a polite answer: never a crash, never a partial write.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IncomingMessage } from "../../src/chat/message.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
beforeAll(async () => {
  app = await testApp();
});
afterAll(async () => {
  await app.dispose();
});

const say = (text: string, extra: Partial<IncomingMessage> = {}) =>
  app.handle({ platform: "console", chatId: "group:一网格", messageId: null, sender: { id: "刘建国", name: "刘建国" }, text, ...extra });

describe("bad input", () => {
  it.each([
    ["empty", ""],
    ["spaces", "   \n\t "],
    ["control characters", "\u0000\u0001\u0007\u001b[31m"],
    ["RTL marks", "\u202e\u200f\u2066"],
    ["SQL", "'; DROP TABLE \"LedgerEntry\"; --"],
    ["emoji only", "👍👍🌹🌹[强][抱拳]"],
    ["100 kB of text", "好".repeat(100_000)],
    ["an unknown slash command", "/dance"],
  ])("%s: no crash, no reply", async (_, text) => {
    expect(await say(text)).toEqual([]);
  });

  it("answers a slash command with missing arguments with its usage", async () => {
    const [out] = await say("/approve");
    expect(out?.text).toBe("格式:通过 编号 [分数]");
  });

  it("answers an approval of a report that does not exist", async () => {
    const [out] = await say("通过 99999");
    expect(out?.text).toBe("没有找到 #99999 号申报");
  });

  it("does not take a sentence that starts with a command word as the command", async () => {
    expect(await say("通过了驾照考试,开心")).toEqual([]);
    expect(await say("撤回了一条消息")).toEqual([]);
  });

  it("stays silent in a group that is not bound to a grid", async () => {
    expect(await say("早上撕了3张小广告", { chatId: "elsewhere" })).toEqual([]);
  });

  it("keeps command matching working through invisible characters", async () => {
    const [out] = await say("\u200b我的积分\u200f");
    expect(out?.text).toContain("刘建国,您还没有积分");
  });

  it("answers politely, and writes nothing, when a command fails unexpectedly", async () => {
    const broken = { ...app.deps.store, write: async () => Promise.reject(new Error("disk on fire")) };
    const deps = { ...app.deps, store: broken };
    const { createRouter } = await import("../../src/chat/router.ts");
    const errors: unknown[] = [];
    const handle = createRouter(deps, { error: (o) => errors.push(o) });
    const out = await handle({ platform: "console", chatId: "group:一网格", messageId: "m1", sender: { id: "张秀英", name: "张秀英" }, text: "早上撕了3张小广告" });
    expect(out.map((o) => o.text)).toEqual(["抱歉,出了点小问题,请稍后再试 🙏"]);
    expect(errors).toHaveLength(1);
    expect(JSON.stringify(errors[0])).not.toContain("小广告");
    expect(await app.deps.store.read((r) => r.reports.byMessage("console", "group:一网格", "m1"))).toBeNull();
  });
});
