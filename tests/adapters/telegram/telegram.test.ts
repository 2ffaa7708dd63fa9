// The bot on Telegram through telegraf, against telegram-test-api on 127.0.0.1.
import { markReceiptSent } from "../../../src/app/receipt.ts";
import { sentCardMessage } from "../../../src/app/sent-card.ts";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { drainOutbox } from "../../../src/app/dispatch-outbox.ts";
import { moveChatGroup } from "../../../src/app/move-chat-group.ts";
import { CONFLICT_HELP, PRIVACY_HELP, TelegramAdapter } from "../../../src/adapters/telegram/telegram-adapter.ts";
import type { IncomingMessage } from "../../../src/chat/message.ts";
import { ledgerSum, testApp, type TestApp } from "../../helpers/test-app.ts";
import { freePort, startEmulator, TOKEN, type Emulator } from "./emulator.ts";

const GROUP = { id: -100123, type: "supergroup" as const };
const WANG_MIN = { id: 1001, name: "王敏" };
const ZHANG = { id: 2001, name: "张秀英" };
const LIU = { id: 3001, name: "刘建国" };

let app: TestApp;
let emu: Emulator;
let bot: TelegramAdapter;
let logs: { level: string; msg: string }[];
let sleeps: number[];

const logger = () => ({
  info: (_: object, msg: string) => void logs.push({ level: "info", msg }),
  warn: (_: object, msg: string) => void logs.push({ level: "warn", msg }),
  error: (_: object, msg: string) => void logs.push({ level: "error", msg }),
});

async function startBot(handle?: (msg: IncomingMessage) => Promise<import("../../../src/chat/message.ts").OutgoingMessage[]>) {
  bot = new TelegramAdapter({
    token: TOKEN,
    apiRoot: emu.apiRoot,
    handle: handle ?? app.handle,
    log: logger(),
    sleep: async (ms) => void sleeps.push(ms),
    onChatMigrated: async (from, to) => void (await moveChatGroup(app.deps, "telegram", from, to)),
    // As start-bots wires it: a receipt sent directly is marked sent in the outbox (with its
    // message id), and a card from before a restart is found there.
    findCard: (chatId, n) => sentCardMessage(app.deps, "telegram", chatId, n),
    onDelivered: (out, messageId) => markReceiptSent(app.deps, out, messageId),
  });
  return bot.start();
}

const drain = () => drainOutbox(app.deps, { platform: "telegram", send: bot.send });
const messagesIn = (chatId: number) => emu.botMessages().filter((m) => m.chatId === String(chatId));
const waitText = (chatId: number, pattern: RegExp) =>
  emu.waitFor(() => messagesIn(chatId).find((m) => pattern.test(m.text)), String(pattern));

beforeEach(async () => {
  logs = [];
  sleeps = [];
  app = await testApp();
  emu = await startEmulator();
  // The Telegram side of the demo community: one group bound to 一网格, three people.
  await app.deps.store.write(async (r) => {
    await r.groups.create({ platform: "telegram", externalId: String(GROUP.id), gridId: 1, title: "一网格群" });
    for (const [user, name] of [[WANG_MIN, "王敏"], [ZHANG, "张秀英"], [LIU, "刘建国"]] as const) {
      const [res] = await r.residents.findByName(1, null, name);
      await r.identities.create({ platform: "telegram", externalUserId: String(user.id), displayName: name, residentId: res!.id, verified: true });
    }
  });
});
afterEach(async () => {
  await bot?.stop();
  await emu.close();
  await app.dispose();
});

describe("Telegram", () => {
  it("runs the loop: report, card with buttons, approval by reply, notice, edited card, /me", async () => {
    await startBot();
    const reportId = await emu.say(ZHANG, GROUP, "早上撕了3张小广告");
    const card = await waitText(GROUP.id, /📝 #1 张秀英 清理小广告 ×3/);
    expect(card.replyTo).toBe(reportId);
    expect(card.buttons).toEqual(["ap:1", "rj:1"]);

    await emu.say(WANG_MIN, GROUP, "通过", { reply_to_message: { message_id: card.messageId, text: card.text, from: { id: 666, is_bot: true, first_name: "Bot" }, chat: { id: GROUP.id, type: "supergroup" }, date: 0 } });
    await emu.waitFor(async () => (await ledgerSum(app, "张秀英")) === 6, "the credit");
    // In the group as a reply to the report, and privately to the reporter.
    expect(await drain()).toMatchObject({ sent: 2 });
    const notice = await waitText(GROUP.id, /✅ #1 已通过:张秀英 \+6 分/);
    expect(notice.replyTo).toBe(reportId);
    await waitText(ZHANG.id, /✅ #1 已通过:张秀英 \+6 分/);
    const edited = await emu.waitFor(() => messagesIn(GROUP.id).find((m) => m.messageId === card.messageId && m.text.includes("✅")), "edited card");
    expect(edited.text).toMatch(/📝 #1[\s\S]*——\n✅ #1 已通过/);

    await emu.say(ZHANG, GROUP, "/me@TestNameBot");
    await waitText(GROUP.id, /张秀英:累计 6 分/);
    expect(await ledgerSum(app, "张秀英")).toBe(6);
  });

  it("a reply counts as a reply to a card only when it quotes a card the bot sent", async () => {
    await startBot();
    const replyTo = (m: { messageId: number; text: string }, from: { id: number; first_name: string; is_bot: boolean }) =>
      ({ reply_to_message: { message_id: m.messageId, text: m.text, from, chat: { id: GROUP.id, type: "supergroup" }, date: 0 } });
    await emu.say(ZHANG, GROUP, "早上撕了3张小广告");
    await waitText(GROUP.id, /📝 #1 张秀英/);
    // A member's message with a card's text in it; the worker replies 通过 to it: nothing happens.
    const copy = { messageId: 9_000, text: "转发:📝 #1 张秀英 清理小广告 ×3,建议 6 分,待网格员审核" };
    await emu.say(WANG_MIN, GROUP, "通过", replyTo(copy, { id: LIU.id, first_name: LIU.name, is_bot: false }));
    await emu.say(WANG_MIN, GROUP, "/me");
    await waitText(GROUP.id, /王敏/); // the answer to /me: the 通过 before it was handled
    // (Staff who send a bare command word get its usage line: a hint, never a decision.)
    expect(messagesIn(GROUP.id).map((m) => m.text).filter((t) => !/^📝 #1|王敏|^格式/.test(t))).toEqual([]);
    expect(await ledgerSum(app, "张秀英")).toBe(0);

    // A look-alike of the 待审核 list (its one item doctored to 16 points), said to be the bot's:
    // a list carries no proof of its sender, so it decides nothing and the worker is asked.
    // Before: any text of the bot's with a #number was taken for a card, and #1 approved.
    const fake = { messageId: 9_001, text: "🗂 待审核 1 条(从早到晚):\n#1 张秀英:清理小广告 ×8 16 分" };
    await emu.say(WANG_MIN, GROUP, "通过", replyTo(fake, { id: 666, first_name: "Bot", is_bot: true }));
    await emu.waitFor(async () => messagesIn(GROUP.id).some((m) => /是哪一条/.test(m.text)) || (await ledgerSum(app, "张秀英")) > 0, "an answer");
    expect(await ledgerSum(app, "张秀英")).toBe(0);
    await waitText(GROUP.id, /是哪一条/);
    // The bot's own list of one item, as it stands, is like its card (issue 11): #1 at its true 6 points.
    await emu.say(WANG_MIN, GROUP, "待审核");
    const list = await waitText(GROUP.id, /待审核 1 条[\s\S]*#1/);
    await emu.say(WANG_MIN, GROUP, "通过", replyTo(list, { id: 666, first_name: "Bot", is_bot: true }));
    await emu.waitFor(async () => (await ledgerSum(app, "张秀英")) > 0, "the approval");
    expect(await ledgerSum(app, "张秀英")).toBe(6);
  });

  it("records each card's message id and edits a card sent before a restart", async () => {
    await startBot();
    await emu.say(ZHANG, GROUP, "早上撕了3张小广告");
    const card = await waitText(GROUP.id, /📝 #1 张秀英/);
    // Through the app's lookup, as the restarted adapter finds it (it writes a mark still in memory first).
    await emu.waitFor(() => sentCardMessage(app.deps, "telegram", String(GROUP.id), 1), "the card recorded");
    expect(await app.deps.store.read((r) => r.outbox.cardMessage("telegram", String(GROUP.id), 1))).toEqual({ messageId: String(card.messageId), text: card.text });
    // A restart: the new process knows the card only from the database.
    await bot.stop();
    await startBot();
    await emu.say(WANG_MIN, GROUP, "通过 1");
    await emu.waitFor(async () => (await ledgerSum(app, "张秀英")) === 6, "the credit");
    await drain();
    // Before: the card was remembered in memory only, and kept its buttons after a restart.
    const edited = await emu.waitFor(() => messagesIn(GROUP.id).find((m) => m.messageId === card.messageId && m.text.includes("✅")), "edited card");
    expect(edited.text).toMatch(/📝 #1[\s\S]*——\n✅ #1 已通过/);
    expect(edited.buttons ?? []).toEqual([]);
  });

  it("closes the card of a report its reporter withdraws", async () => {
    await startBot();
    await emu.say(ZHANG, GROUP, "早上撕了3张小广告");
    const card = await waitText(GROUP.id, /📝 #1 张秀英/);
    await emu.say(ZHANG, GROUP, "撤回 1");
    await waitText(GROUP.id, /↩️ #1 已撤回/);
    const edited = await emu.waitFor(() => messagesIn(GROUP.id).find((m) => m.messageId === card.messageId && m.text.includes("↩️")), "edited card");
    expect(edited.text).toMatch(/📝 #1[\s\S]*——\n↩️ #1 已撤回/);
    expect(edited.buttons ?? []).toEqual([]);
  });

  it("a reply to card #2 saying 通过 1 never approves #1: it asks back; 通过 1分 credits #2 (issue 11)", async () => {
    await startBot();
    await emu.say(ZHANG, GROUP, "早上撕了3张小广告");
    await waitText(GROUP.id, /📝 #1 张秀英/);
    await emu.say(LIU, GROUP, "巡逻了2小时");
    const card = await waitText(GROUP.id, /📝 #2 刘建国/);
    const quoting = { reply_to_message: { message_id: card.messageId, text: card.text, from: { id: 666, is_bot: true, first_name: "Bot" }, chat: { id: GROUP.id, type: "supergroup" }, date: 0 } };
    await emu.say(WANG_MIN, GROUP, "通过 1", quoting);
    await waitText(GROUP.id, /#2:1 也是待审核申报 #1 的编号,所以没有处理/);
    expect(await ledgerSum(app, "张秀英")).toBe(0);
    await emu.say(WANG_MIN, GROUP, "通过 1分", quoting);
    await emu.waitFor(async () => (await ledgerSum(app, "刘建国")) === 1, "the credit of #2");
    expect(await ledgerSum(app, "张秀英")).toBe(0);
    // A grid worker's typo gets a hint, in the group and in a private chat with the bot.
    await emu.say(WANG_MIN, GROUP, "/aprove 1");
    await waitText(GROUP.id, /没有 \/aprove 这个命令,是不是 \/approve/);
    await emu.say(WANG_MIN, { id: WANG_MIN.id, type: "private" }, "/aprove 1");
    await waitText(WANG_MIN.id, /没有 \/aprove 这个命令,是不是 \/approve/);
  });

  it("approves by button for a grid worker; a resident's press is refused with an alert", async () => {
    await startBot();
    await emu.say(ZHANG, GROUP, "早上撕了3张小广告");
    const card = await waitText(GROUP.id, /📝 #1/);
    await emu.press(LIU, GROUP.id, card, "ap:1");
    const refusal = await emu.waitFor(() => emu.calls.find((c) => c.method === "answerCallbackQuery"), "the refusal");
    expect(refusal.body).toMatchObject({ text: "这条要本网格的网格员来审核哦", show_alert: true });
    expect(await ledgerSum(app, "张秀英")).toBe(0);

    await emu.press(WANG_MIN, GROUP.id, card, "rj:1");
    const ask = await emu.waitFor(() => emu.calls.filter((c) => c.method === "answerCallbackQuery")[1], "the reason prompt");
    expect(ask.body).toMatchObject({ text: expect.stringContaining("请写上原因"), show_alert: true });

    await emu.press(WANG_MIN, GROUP.id, card, "ap:1");
    await emu.waitFor(async () => (await ledgerSum(app, "张秀英")) === 6, "the credit");
    const ok = await emu.waitFor(() => emu.calls.filter((c) => c.method === "answerCallbackQuery")[2], "the answer");
    expect(ok.body).toMatchObject({ text: "✅", show_alert: false });
    await drain();
    await waitText(GROUP.id, /✅ #1 已通过:张秀英 \+6 分/);
    // A second press (two workers at once, or a double tap) credits nothing more.
    await emu.press(WANG_MIN, GROUP.id, card, "ap:1");
    const again = await emu.waitFor(() => emu.calls.filter((c) => c.method === "answerCallbackQuery")[3], "the repeat answer");
    expect(again.body).toMatchObject({ text: expect.stringContaining("积分只记一次"), show_alert: true });
    expect(await ledgerSum(app, "张秀英")).toBe(6);
  });

  it("registers its commands in Chinese and English, and says so when privacy mode hides group messages", async () => {
    emu.canReadGroups = false;
    const started = await startBot();
    expect(started.canReadGroups).toBe(false);
    expect(logs).toContainEqual({ level: "warn", msg: PRIVACY_HELP });
    const menus = emu.calls.filter((c) => c.method === "setMyCommands");
    expect(menus.map((m) => m.body.language_code ?? "default")).toEqual(["zh", "en", "default"]);
    expect(menus[0]?.body.commands).toContainEqual({ command: "approve", description: "通过:/approve 编号 [分数]" });
    expect(menus[1]?.body.commands).toContainEqual({ command: "me", description: "My points" });
    expect(menus[0]?.body.commands).toContainEqual({ command: "signin", description: "活动签到:/signin E3" });
    // Every command of the menu is one the bot answers (a slash word of a chat command).
    const names = (menus[0]?.body.commands as { command: string }[]).map((c) => c.command);
    expect(names).toEqual(expect.arrayContaining(["reportfor", "mergereport", "inactive"]));
  });

  it("waits retry_after on a 429 and sends; gives up after the bounded retries", async () => {
    await startBot();
    emu.faults.push({ method: "sendMessage", status: 429, body: { ok: false, error_code: 429, description: "Too Many Requests: retry after 7", parameters: { retry_after: 7 } } });
    await emu.say(ZHANG, GROUP, "早上撕了3张小广告");
    await waitText(GROUP.id, /📝 #1/);
    expect(sleeps).toContain(7_000);

    // Every attempt refused: the outbox keeps the message and retries after retry_after.
    await app.deps.store.write((r) => r.outbox.enqueue({ platform: "telegram", chatId: String(GROUP.id), text: "通知" }, { notBefore: app.now }));
    emu.faults.push({ method: "sendMessage", status: 429, body: { ok: false, error_code: 429, description: "Too Many Requests", parameters: { retry_after: 9 } }, times: 4 });
    expect(await drain()).toEqual({ sent: 0, retried: 1, failed: 0 });
    expect(sleeps.filter((ms) => ms === 9_000)).toHaveLength(3);
    const row = await app.deps.store.read((r) => r.outbox.due(new Date(app.now.getTime() + 60_000), 5, "telegram"));
    expect(row.map((m) => m.text)).toEqual(["通知"]);
  });

  it("keeps polling after a handler throws", async () => {
    await startBot(async (msg) => {
      if (msg.text === "boom") throw new Error("handler failed");
      return app.handle(msg);
    });
    await emu.say(ZHANG, GROUP, "boom");
    await emu.waitFor(() => logs.find((l) => l.msg === "telegram update failed"), "the logged failure");
    await emu.say(ZHANG, GROUP, "早上撕了3张小广告");
    await waitText(GROUP.id, /📝 #1/);
  });

  it("stops with a clear message on 409 Conflict (another poller)", async () => {
    emu.faults.push({ method: "getUpdates", status: 409, body: { ok: false, error_code: 409, description: "Conflict: terminated by other getUpdates request" } });
    const started = await startBot();
    expect(await started.stopped).toBe("conflict");
    expect(logs).toContainEqual({ level: "error", msg: CONFLICT_HELP });
  });

  it("keeps the grid binding when the group becomes a supergroup", async () => {
    const OLD = { id: -555, type: "group" as const };
    const NEW = { id: -100555, type: "supergroup" as const };
    await app.deps.store.write(async (r) => {
      await r.groups.create({ platform: "telegram", externalId: String(OLD.id), gridId: 1, title: "old" });
      await r.outbox.enqueue({ platform: "telegram", chatId: String(OLD.id), text: "光荣榜" }, { notBefore: app.now });
    });
    await startBot();
    await emu.say(ZHANG, OLD, "", { migrate_to_chat_id: NEW.id });
    await emu.waitFor(() => app.deps.store.read((r) => r.groups.byExternal("telegram", String(NEW.id))), "the moved binding");
    await emu.say(ZHANG, NEW, "早上撕了3张小广告");
    await waitText(NEW.id, /📝 #1 张秀英/);
    // A message queued for the old id goes to the new one.
    await drain();
    await waitText(NEW.id, /光荣榜/);
  });

  it("splits a text over 4096 characters", async () => {
    await startBot();
    const long = Array.from({ length: 300 }, (_, i) => `第${i}行 ${"好".repeat(20)}`).join("\n");
    await bot.send({ platform: "telegram", chatId: String(GROUP.id), text: long });
    const parts = messagesIn(GROUP.id);
    expect(parts.length).toBe(2);
    expect(parts.every((p) => Array.from(p.text).length <= 4096)).toBe(true);
    expect(parts.map((p) => p.text).join("\n")).toBe(long);
  });

  it("sends a picture with its text as the caption (the honour poster)", async () => {
    await startBot();
    const file = join(app.dir, "poster.png");
    writeFileSync(file, Buffer.from("89504e470d0a1a0a", "hex"));
    const sent = await bot.send({ platform: "telegram", chatId: String(GROUP.id), text: "🏅 本周光荣榜", photoPath: file });
    const photo = emu.calls.find((c) => c.method === "sendPhoto");
    expect(photo?.raw).toContain("🏅 本周光荣榜");
    expect(sent.messageId).toMatch(/^9\d{5}$/);
  });

  it("runs on a webhook instead of polling: Telegram's updates are taken, anyone else's refused", async () => {
    const port = await freePort();
    bot = new TelegramAdapter({
      token: TOKEN, apiRoot: emu.apiRoot, handle: app.handle, log: logger(), sleep: async () => undefined,
      webhook: { url: "https://bot.example.test/telegram", port },
      onDelivered: (out, messageId) => markReceiptSent(app.deps, out, messageId),
    });
    await bot.start();
    const hook = emu.calls.find((c) => c.method === "setWebhook");
    expect(hook?.body).toMatchObject({ url: "https://bot.example.test/telegram", secret_token: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const update = (id: number) => JSON.stringify({
      update_id: id,
      message: { message_id: 50 + id, date: 0, text: "早上撕了3张小广告", chat: { id: GROUP.id, type: "supergroup" }, from: { id: ZHANG.id, is_bot: false, first_name: "张秀英" } },
    });
    const post = (id: number, secret: string) =>
      fetch(`http://127.0.0.1:${port}/telegram`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret }, body: update(id) });
    expect((await post(1, "wrong")).status).toBe(403);
    expect((await post(2, String(hook?.body.secret_token))).ok).toBe(true);
    await waitText(GROUP.id, /📝 #1 张秀英/);
    expect(messagesIn(GROUP.id)).toHaveLength(1);
  });
});
