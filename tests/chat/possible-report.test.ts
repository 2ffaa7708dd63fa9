// The parser's doubtful lane: no card in the group, a quiet row in the grid worker's 待审核,
// and a one-step promotion that only then answers the resident.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { promote } from "../../src/chat/commands/promote.ts";
import type { ChatContext } from "../../src/chat/context.ts";
import type { IncomingMessage } from "../../src/chat/message.ts";
import { ledgerSum, testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
beforeEach(async () => {
  app = await testApp();
});
afterEach(async () => {
  await app.dispose();
});

// A laugh beside talk of points makes the parser unsure whether a deed is told or joked about.
const DOUBTFUL = "张秀英: 早上撕了3张小广告 哈哈 给我加分撒";

describe("possible reports", () => {
  it("answers nothing in the group, and lists the message under 可能的申报 in 待审核", async () => {
    const out = await app.chat([DOUBTFUL]);
    expect(out.trim()).toBe(DOUBTFUL);
    const pending = await app.chat(["王敏: 待审核"]);
    expect(pending).toContain("👍 没有待审核的申报");
    expect(pending).toContain("🤔 可能的申报 1 条");
    expect(pending).toContain("P1 张秀英:清理小广告 ×3 6 分");
    expect(pending).toContain("转申报");
  });

  it("keeps it from residents and other grids' workers", async () => {
    await app.chat([DOUBTFUL]);
    expect(await app.chat(["赵磊: 待审核"])).not.toContain("可能的申报");
    const out = await app.chat(["刘建国: 转申报 1", "赵磊: 转申报 1"]);
    expect(out.match(/这条要本网格的网格员来审核哦/g)).toHaveLength(2);
  });

  it("turns it into a report on 转申报: the resident gets the card then, and approval credits once", async () => {
    await app.chat([DOUBTFUL]);
    const out = await app.chat(["王敏: 转申报 P1"]);
    expect(out).toContain("📝 #1 张秀英 清理小广告 ×3");
    const again = await app.chat(["王敏: /promote 1", "王敏: 通过 1"]);
    expect(again).toContain("P1 已经转过申报了");
    expect(again).toContain("✅ #1 已通过:张秀英 +6 分");
    expect(await ledgerSum(app, "张秀英")).toBe(6);
    expect(await app.chat(["王敏: 待审核"])).not.toContain("可能的申报");
  });

  it("says so when there is no such possible report", async () => {
    expect(await app.chat(["王敏: 转申报 9"])).toContain("没有找到可能的申报 P9");
  });
});

describe("转申报 arguments", () => {
  const ctx = (replyTo: IncomingMessage["replyTo"]) => ({ msg: { platform: "telegram", chatId: "-100", messageId: "m9", text: "转申报", replyTo } }) as unknown as ChatContext;
  it("reads P3, #3, 3 and a full-width ３", () => {
    for (const a of ["P3", "#3", "3", "p 3", "３"]) expect(promote.parse(a, ctx(null))).toEqual({ id: 3 });
  });
  it("takes a reply to the resident's own message, but not to the bot's", () => {
    expect(promote.parse("", ctx({ messageId: "m1", fromBot: false }))).toEqual({ platform: "telegram", externalChatId: "-100", externalMessageId: "m1" });
    expect(promote.parse("", ctx({ messageId: "m1", fromBot: true }))).toBeNull();
    expect(promote.parse("一下", ctx(null))).toBeNull();
  });
});
