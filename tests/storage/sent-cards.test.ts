// The outbox remembers which cards the bot sent, so a reply is taken for a reply to a card only
// when it quotes one of those (issue 10): by the platform's message id, or on WeChat web, whose
// quotes carry no id, by the quoted text matching exactly one card sent in that chat.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
beforeEach(async () => {
  app = await testApp({ demo: false });
});
afterEach(async () => {
  await app.dispose();
});

const card = (chatId: string, n: number, text: string, status = "pending") =>
  ({ platform: "wechat", chatId, text, card: { reportNumber: n, status } });

async function send(draft: ReturnType<typeof card>, messageId: string | null): Promise<number> {
  return app.deps.store.write(async (r) => {
    const id = (await r.outbox.enqueue(draft))!;
    await r.outbox.markSent(id, messageId, app.now);
    return id;
  });
}
const sentCard = (chatId: string, quoted: { messageId?: string | null; text?: string | null }) =>
  app.deps.store.read((r) => r.outbox.sentCard("wechat", chatId, quoted));

describe("cards the bot sent", () => {
  it("are found by message id, or by quoted text in their own chat only; never by a look-alike", async () => {
    await send(card("room1", 3, "📝 #3 刘建国 义务巡逻 ×8,建议 16 分,待网格员审核"), "m3");
    await send(card("room1", 31, "📝 #31 张秀英 清理小广告 ×1,建议 2 分,待网格员审核"), "m31");
    await send({ platform: "wechat", chatId: "room1", text: "📋 待审核 #3 #31", card: undefined as never }, "list");

    expect(await sentCard("room1", { messageId: "m3" })).toBe(3);
    expect(await sentCard("room1", { messageId: "list" })).toBeNull(); // the bot's, but not a card
    expect(await sentCard("room2", { messageId: "m3" })).toBeNull(); // another chat
    // WeChat web: the quoted text, cut short by the client, whitespace aside.
    expect(await sentCard("room1", { text: "📝 #3 刘建国 义务巡逻 ×8, 建议 16 分…" })).toBe(3);
    expect(await sentCard("room2", { text: "📝 #3 刘建国 义务巡逻 ×8,建议 16 分" })).toBeNull();
    // The fake of issue 10: #3 with someone else's deed is no card the bot sent.
    expect(await sentCard("room1", { text: "📝 #3 张秀英 清理小广告 ×1,建议 2 分" })).toBeNull();
    // Too short to tell, or the start of two different cards: nothing.
    expect(await sentCard("room1", { text: "📝 #3" })).toBeNull();
    expect(await sentCard("room1", { text: "📝" })).toBeNull();
  });

  it("keep the id learnt after the send (WeChat's echo), and give the last pending card to edit", async () => {
    const text = "📝 #5 张秀英 无偿献血,建议 10 分,待网格员审核";
    const id = await app.deps.store.write((r) => r.outbox.enqueue(card("room1", 5, text)));
    // The echo may come before the row is marked sent; a null id then keeps the learnt one.
    expect(await app.deps.store.write((r) => r.outbox.recordSentId("wechat", "room1", text, "echo-5"))).toBe(true);
    await app.deps.store.write((r) => r.outbox.markSent(id!, null, app.now));
    expect(await app.deps.store.read((r) => r.outbox.cardMessage("wechat", "room1", 5))).toEqual({ messageId: "echo-5", text });
    expect(await sentCard("room1", { messageId: "echo-5" })).toBe(5);
    // A decision notice for #5 is not the card to edit, nor is #50's card.
    await send(card("room1", 5, "✅ #5 已通过", "approved"), "n5");
    await send(card("room1", 50, "📝 #50 …"), "m50");
    expect(await app.deps.store.read((r) => r.outbox.cardMessage("wechat", "room1", 5))).toEqual({ messageId: "echo-5", text });
    expect(await app.deps.store.write((r) => r.outbox.recordSentId("wechat", "room1", "never sent", "x"))).toBe(false);
  });
});
