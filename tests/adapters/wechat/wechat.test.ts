// The bot on WeChat through wechaty, with wechaty-puppet-mock's Mocker in a room.
import pino from "pino";
import { PuppetMock, mock } from "wechaty-puppet-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { operatorBindCode } from "../../../src/app/bind-identity.ts";
import { ensureAdmins } from "../../../src/app/ensure-admins.ts";
import { drainOutbox } from "../../../src/app/dispatch-outbox.ts";
import type { WechatAdapter } from "../../../src/adapters/wechat/wechat-adapter.ts";
import { wechatFor } from "../../../src/cli/commands/start-bots.ts";
import { ledgerSum, testApp, type TestApp } from "../../helpers/test-app.ts";

const BOT_NAME = "行为银行";
const TOPIC = "白石坡一网格群";
const RULE = "\n- - - - - - - - - - - - - - -\n";

let app: TestApp;
let mocker: mock.Mocker;
let wx: WechatAdapter;
let said: { id: string; roomId: string; text: string; type: number }[];
let sleeps: number[];
let qrs: string[] = [];

interface People { self: mock.ContactMock; zhang: mock.ContactMock; wang: mock.ContactMock; liu: mock.ContactMock; room: mock.RoomMock }

/** A login: fresh contacts and a fresh room (web WeChat hands out new ids at every login). */
function session(self?: mock.ContactMock): People {
  const me = self ?? mocker.createContact({ name: BOT_NAME });
  const zhang = mocker.createContact({ name: "张秀英" });
  const wang = mocker.createContact({ name: "王敏" });
  const liu = mocker.createContact({ name: "刘建国" });
  const room = mocker.createRoom({ topic: TOPIC, memberIdList: [me.id, zhang.id, wang.id, liu.id] });
  return { self: me, zhang, wang, liu, room };
}

const until = async <T>(probe: () => T | undefined | null | false | Promise<T | undefined | null | false>, what: string): Promise<T> => {
  for (let i = 0; i < 400; i++) {
    const v = await probe();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
};
const botSaid = (pattern: RegExp) => until(() => said.find((s) => pattern.test(s.text)), String(pattern));
const residentId = async (name: string) => (await app.deps.store.read((r) => r.residents.findByName(1, null, name)))[0]!.id;
const quote = (text: string, reply: string) => `「${BOT_NAME}:${text}」${RULE}${reply}`;

beforeEach(async () => {
  said = [];
  sleeps = [];
  qrs = [];
  app = await testApp();
  mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  wx = wechatFor(app, {
    puppet, dataDir: app.dir, log: pino({ level: "silent" }),
    sleep: async (ms) => void sleeps.push(ms), random: () => 0.5,
    showQr: async (qr) => void qrs.push(qr),
  });
  wx.bot.on("message", (m) => {
    if (m.self()) said.push({ id: m.id, roomId: m.room()?.id ?? "", text: m.text(), type: m.type() });
  });
  await wx.start();
});
afterEach(async () => {
  await wx.stop();
  await app.dispose();
});

async function firstLogin(): Promise<People> {
  const p = session();
  await app.deps.store.write((r) => r.groups.create({ platform: "wechat", externalId: p.room.id, gridId: 1, title: TOPIC }));
  mocker.login(p.self);
  await until(() => wx.bot.isLoggedIn, "login");
  // The grid worker proves who they are with a code from the operator.
  const { code } = await operatorBindCode(app.deps, await residentId("王敏"));
  p.wang.say(`绑定码 ${code}`).to(p.room);
  await botSaid(/已绑定:王敏/);
  return p;
}

describe("WeChat", () => {
  it("runs the loop in a room: report, card, approval by quoting the card, notice, /me; sends are paced", async () => {
    const p = await firstLogin();
    p.zhang.say("早上撕了3张小广告").to(p.room);
    const card = await botSaid(/📝 #1 张秀英 清理小广告 ×3/);
    p.wang.say(quote(card.text, "通过")).to(p.room);
    await until(async () => (await ledgerSum(app, "张秀英")) === 6, "the credit");
    await drainOutbox(app.deps, { platform: "wechat", send: wx.send });
    await botSaid(/✅ #1 已通过:张秀英 \+6 分/);
    p.zhang.say("我的积分").to(p.room);
    await botSaid(/张秀英:累计 6 分/);
    // Several seconds apart, with jitter: 4000 + 0.5 × 3000 after the first send.
    expect(sleeps.length).toBeGreaterThan(0);
    expect(sleeps.every((ms) => ms > 0 && ms <= 5_500)).toBe(true);
  });

  it("quoting card #2 with 通过 1 never approves #1; an English reject quoting an English card is handled (issue 11)", async () => {
    const p = await firstLogin();
    p.zhang.say("早上撕了3张小广告").to(p.room);
    await botSaid(/📝 #1 张秀英/);
    p.liu.say("removed 2 flyers this morning").to(p.room);
    const card = await botSaid(/📝 #2 刘建国 removing illegal flyers ×2/);
    p.wang.say(quote(card.text, "通过 #1")).to(p.room);
    await botSaid(/#2:您回复的是这张卡片,却写了 1,所以没有处理/);
    p.wang.say(quote(card.text, "reject not this week")).to(p.room);
    await until(async () => (await app.deps.store.read((r) => r.reports.byNumber(1, 2)))?.status === "rejected", "the rejection of #2");
    expect((await app.deps.store.read((r) => r.reports.byNumber(1, 1)))?.status).toBe("pending");
  });

  it("a member renamed to the grid worker's name cannot approve", async () => {
    const p = await firstLogin();
    p.liu.say("今天天气不错").to(p.room); // 刘建国's account is known as 刘建国
    p.zhang.say("早上撕了3张小广告").to(p.room);
    const card = await botSaid(/📝 #1/);
    mocker.contactPayload(p.liu.id, { ...p.liu.payload, name: "王敏" });
    await wx.bot.puppet.dirtyPayload(3 /* Contact */ as never, p.liu.id);
    p.liu.say(quote(card.text, "通过")).to(p.room);
    // A newcomer calling themself 王敏 is matched by name at most, never verified.
    const fake = mocker.createContact({ name: "王敏" });
    p.room.add(fake).by(p.self);
    fake.say("通过 1").to(p.room);
    await until(() => said.filter((s) => /这条要本网格的网格员来审核哦|还没验证/.test(s.text)).length >= 2, "two refusals");
    expect(await ledgerSum(app, "张秀英")).toBe(0);
  });

  it("a fake card from a member nicknamed like the bot approves nothing; the worker is told; real cards are known by what was sent", async () => {
    const p = await firstLogin();
    p.zhang.say("早上撕了3张小广告").to(p.room);
    await botSaid(/📝 #1 张秀英/);
    p.zhang.say("今天去献了血").to(p.room);
    await botSaid(/📝 #2 张秀英/);
    p.liu.say("下午巡逻了8小时").to(p.room);
    const real = await botSaid(/📝 #3 刘建国 义务巡逻/);
    expect(real.text).toContain("建议 16 分");
    // A member renames themself to the bot's name and posts a card of their own making.
    const fake = mocker.createContact({ name: BOT_NAME });
    p.room.add(fake).by(p.self);
    const fakeCard = "📝 #3 张秀英 清理小广告 ×1,建议 2 分";
    fake.say(fakeCard).to(p.room);
    p.wang.say(quote(fakeCard, "通过")).to(p.room);
    const told = () => said.filter((s) => /不是机器人发的卡片/.test(s.text)).length;
    // Before: the fake was taken for the bot's card by its name, and the real #3 (16 points) approved.
    await until(async () => told() > 0 || (await ledgerSum(app, "刘建国")) > 0, "an answer or a credit");
    expect(await ledgerSum(app, "刘建国")).toBe(0);
    expect(told()).toBe(1);
    for (const word of ["驳回 看不清", "撤销 重复了"]) p.wang.say(quote(fakeCard, word)).to(p.room);
    await until(() => told() === 3, "three refusals");
    const three = await app.deps.store.read((r) => r.reports.byNumber(1, 3));
    expect(three?.status).toBe("pending");
    expect(await ledgerSum(app, "刘建国")).toBe(0);
    expect(await ledgerSum(app, "张秀英")).toBe(0);

    // The real card, quoted as the web client quotes it (cut short), is the bot's: approved.
    p.wang.say(quote(real.text.slice(0, 20) + "…", "通过")).to(p.room);
    await until(async () => (await ledgerSum(app, "刘建国")) === 16, "the credit of the real #3");

    // Every card the bot sent is kept with the platform's id of the sent message (WeChat hands it
    // back as the bot's own message), so it is known after a restart too.
    const kept = await app.deps.store.read((r) => r.outbox.cardMessage("wechat", p.room.id, 3));
    expect(kept).toEqual({ messageId: real.id, text: real.text });
  });

  it("after a re-login where every id changes, nobody approves until verified again", async () => {
    const first = await firstLogin();
    first.zhang.say("早上撕了3张小广告").to(first.room);
    await botSaid(/📝 #1/);

    // Re-login: the old ids are gone, everyone and the room come back under new ids.
    await wx.bot.logout();
    mocker.cacheRoomPayload.delete(first.room.id);
    for (const c of [first.zhang, first.wang, first.liu]) mocker.cacheContactPayload.delete(c.id);
    const second = session(first.self);
    said = [];
    mocker.login(second.self);
    await until(() => app.deps.store.read((r) => r.groups.byExternal("wechat", second.room.id)), "the room matched again");
    const verified = await app.deps.store.read(async (r) => (await r.identities.list("wechat")).filter((i) => i.verified));
    expect(verified).toEqual([]);

    second.zhang.say("下午巡逻了2小时").to(second.room);
    const card = await botSaid(/📝 #2 张秀英 义务巡逻/);
    second.wang.say(quote(card.text, "通过")).to(second.room);
    await botSaid(/还没验证/);
    second.wang.say("通过 1").to(second.room);
    await until(() => said.filter((s) => /还没验证/.test(s.text)).length >= 2, "the second refusal");
    expect(await ledgerSum(app, "张秀英")).toBe(0);

    // Verified again with a fresh code: the approval goes through, once.
    const { code } = await operatorBindCode(app.deps, await residentId("王敏"));
    second.wang.say(`绑定码 ${code}`).to(second.room);
    await botSaid(/已绑定:王敏/);
    second.wang.say(quote(card.text, "通过")).to(second.room);
    await until(async () => (await ledgerSum(app, "张秀英")) === 4, "the credit after re-verification");
  });

  it("alerts the operator on logout: in the log and to the admins over Telegram; the session file is in the data folder", async () => {
    await ensureAdmins(app.deps, [{ platform: "telegram", id: "9001" }]);
    await firstLogin();
    await wx.bot.logout();
    const alert = await until(
      () => app.deps.store.read(async (r) => (await r.outbox.due(new Date(app.now.getTime() + 1000), 10, "telegram"))[0]),
      "the alert in the outbox",
    );
    expect(alert).toMatchObject({ chatId: "9001", text: expect.stringContaining("微信账号已退出登录") });
    // A new QR code while running (the login was lost): shown, and the admins alerted again.
    mocker.scan("https://login.weixin.qq.com/l/test", 2);
    await until(() => qrs.includes("https://login.weixin.qq.com/l/test"), "the QR code shown");
    await until(
      () => app.deps.store.read(async (r) => (await r.outbox.due(new Date(app.now.getTime() + 1000), 10, "telegram")).find((m) => m.text.includes("重新扫码"))),
      "the scan alert",
    );
    // wechat4u keeps its login in wechaty's memory card, a file named after the bot's name.
    expect(wx.bot.name()).toBe(join(app.dir, "wechat-session"));
  });

  it("sends a picture before its text (the honour poster)", async () => {
    const p = await firstLogin();
    const file = join(app.dir, "poster.png");
    writeFileSync(file, Buffer.from("89504e470d0a1a0a", "hex"));
    await wx.send({ platform: "wechat", chatId: p.room.id, text: "🏅 本周光荣榜", photoPath: file });
    const text = await botSaid(/本周光荣榜/);
    const picture = said[said.indexOf(text) - 1];
    expect(picture?.type).toBe(wx.bot.Message.Type.Image);
  });

  it("ignores old messages the web protocol replays after a login", async () => {
    const p = await firstLogin();
    const old = mocker.MessageMock.create({
      id: "replayed-1", talkerId: p.zhang.id, roomId: p.room.id, mentionIdList: [], text: "早上撕了3张小广告",
      timestamp: Date.now() - 3_600_000, type: wx.bot.Message.Type.Text,
    } as never);
    mocker.puppet.emit("message", { messageId: old.id });
    p.zhang.say("今天去献了血").to(p.room);
    const card = await botSaid(/📝 #1/);
    expect(card.text).toContain("献血");
    expect(said.some((s) => s.text.includes("小广告"))).toBe(false);
  });

  it("logs a platform error that repeats many times a second once, and goes on", async () => {
    const errors: string[] = [];
    await wx.stop();
    const puppet = new PuppetMock({ mocker: (mocker = new mock.Mocker()) });
    wx = wechatFor(app, {
      puppet, dataDir: app.dir, sleep: async () => undefined,
      log: { info: () => undefined, warn: () => undefined, error: (_: object, msg: string) => void errors.push(msg) },
    });
    await wx.start();
    for (let i = 0; i < 20; i++) puppet.emit("error", { data: "getaddrinfo ENOTFOUND login.wx.qq.com" });
    await until(() => errors.length > 0, "the logged error");
    expect(errors).toEqual(["wechat error"]);
    expect(wx.bot.isLoggedIn).toBe(false);
  });

  it("lets the admin appoint a grid worker by @-mention; the appointee then approves", async () => {
    const p = await firstLogin();
    const admins = await ensureAdmins(app.deps, [{ platform: "wechat", id: "周华" }]);
    const zhou = mocker.createContact({ name: "周华" });
    p.room.add(zhou).by(p.self);
    zhou.say(`绑定码 ${admins.codes[0]!.code}`).to(p.room);
    await botSaid(/已绑定:周华/);
    zhou.say("任命 @刘建国 网格员", [p.liu]).to(p.room);
    await botSaid(/已任命 刘建国 为 一网格 的网格员/);
    p.zhang.say("早上撕了3张小广告").to(p.room);
    const card = await botSaid(/📝 #1/);
    p.liu.say(quote(card.text, "通过")).to(p.room);
    await until(async () => (await ledgerSum(app, "张秀英")) === 6, "the credit");
  });
});
