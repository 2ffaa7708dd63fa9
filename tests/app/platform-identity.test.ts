// One resident across platforms (one-time codes), first admins from configuration, and the
// admin's setup actions in the chat: 绑定 一网格, 新建网格, 任命 网格员.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ensureAdmins } from "../../src/app/ensure-admins.ts";
import { setupCommunity } from "../../src/app/setup-community.ts";
import type { IncomingMessage } from "../../src/chat/message.ts";
import { loadConfig } from "../../src/config/load-config.ts";
import { ledgerSum, testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
let seq = 0;
beforeEach(async () => {
  app = await testApp();
  // 王敏 on Telegram (verified), and a Telegram group bound to 一网格.
  await app.deps.store.write(async (r) => {
    const [wang] = await r.residents.findByName(1, null, "王敏");
    await r.identities.create({ platform: "telegram", externalUserId: "1001", displayName: "王敏", residentId: wang!.id, verified: true });
    await r.groups.create({ platform: "telegram", externalId: "-100", gridId: 1, title: "一网格群" });
    await r.groups.create({ platform: "wechat", externalId: "room-1", gridId: 1, title: "一网格群" });
  });
});
afterEach(async () => {
  await app.dispose();
});

const say = async (platform: string, chatId: string, sender: string, text: string, extra: Partial<IncomingMessage> = {}) =>
  (await app.handle({ platform, chatId, messageId: `m${++seq}`, sender: { id: sender, name: sender }, text, ...extra })).map((o) => o.text).join("\n");
const codeIn = (text: string) => /(\d{8})/.exec(text)?.[1] ?? "";

describe("binding accounts with one-time codes", () => {
  it("links a WeChat account to the resident behind a verified Telegram account, once", async () => {
    expect(await say("telegram", "-100", "1001", "/bind")).toContain("请私聊我发送 /bind");
    const issued = await say("telegram", "1001", "1001", "/bind", { isPrivate: true });
    const code = codeIn(issued);
    expect(issued).toContain(`绑定码 ${code}`);
    expect(await say("wechat", "room-1", "wx-wang", `绑定码 ${code}`)).toContain("✅ 已绑定:王敏,账号已验证");
    // Used once: a second account cannot take it.
    expect(await say("wechat", "room-1", "wx-other", `绑定码 ${code}`)).toContain("绑定码不对或已过期");
    // The WeChat account now approves as 王敏.
    await say("wechat", "room-1", "wx-zhang", "早上撕了3张小广告");
    expect(await say("wechat", "room-1", "wx-wang", "通过 1")).toBe(""); // the notice goes through the outbox
    expect(await ledgerSum(app, "wx-zhang")).toBe(6);
  });

  it("refuses a code after ten minutes, and to an unverified account", async () => {
    const code = codeIn(await say("telegram", "1001", "1001", "/bind", { isPrivate: true }));
    app.setNow(new Date(app.now.getTime() + 11 * 60_000));
    expect(await say("wechat", "room-1", "wx-wang", `绑定码 ${code}`)).toContain("绑定码不对或已过期");
    expect(await say("wechat", "wx-x", "wx-x", "/bind", { isPrivate: true })).toContain("请向管理员要一个绑定码");
  });
});

describe("admins and setup in the chat", () => {
  it("makes a Telegram id a verified admin from DEEDBANK_ADMINS; a WeChat name only gets a code", async () => {
    const config = loadConfig({ DEEDBANK_ADMINS: "telegram:9001, wechat:周华" });
    const res = await ensureAdmins(app.deps, config.admins);
    expect(res.ready).toEqual(["telegram:9001"]);
    expect(res.codes.map((c) => c.name)).toEqual(["周华"]);
    // Someone merely named 周华 on WeChat is no admin...
    expect(await say("wechat", "room-1", "wx-fake", "新建网格 三网格")).toContain("这个要社区管理员来操作");
    // ...the one who says the code is.
    expect(await say("wechat", "room-1", "wx-zhou", `绑定码 ${res.codes[0]!.code}`)).toContain("已绑定:周华");
    expect(await say("wechat", "room-1", "wx-zhou", "新建网格 三网格")).toContain("已新建网格:三网格");
    expect(await say("telegram", "-300", "9001", "/bindgroup 三网格")).toContain("本群已绑定到 三网格");
    expect(await say("telegram", "-300", "9001", "新建网格 三网格")).toContain("已经有“三网格”了");
  });

  it("binds a group, and appoints a grid worker by reply; residents' 绑定… is chatter", async () => {
    await ensureAdmins(app.deps, [{ platform: "telegram", id: "9001" }]);
    expect(await say("telegram", "-200", "5005", "绑定 二网格")).toBe("");
    expect(await say("telegram", "-200", "9001", "绑定 四网格")).toContain("没有叫“四网格”的网格。现有:一网格、二网格");
    expect(await say("telegram", "-200", "9001", "绑定 二网格")).toContain("本群已绑定到 二网格");
    expect(await say("telegram", "-200", "9001", "任命 网格员")).toContain("请 @ 这位居民");
    // A resident appointed by replying to their message; their account approves in 二网格.
    expect(await say("telegram", "-200", "9001", "任命 网格员", { replyTo: { messageId: "x", fromBot: false, senderId: "7001" } }))
      .toContain("为 二网格 的网格员");
    await say("telegram", "-200", "5005", "今天去献了血");
    expect(await say("telegram", "-200", "7001", "通过 1")).toBe("");
    expect(await ledgerSum(app, "5005")).toBe(10);
  });

  it("sets up a community and adds only the missing grids on a second run", async () => {
    const first = await setupCommunity(app.deps, { slug: "xinhe", name: "新河社区", grids: ["一网格", "二网格"] });
    expect(first).toMatchObject({ created: true, gridsAdded: ["一网格", "二网格"] });
    const again = await setupCommunity(app.deps, { slug: "xinhe", name: "新河社区", grids: ["二网格", "三网格"] });
    expect(again).toMatchObject({ created: false, gridsAdded: ["三网格"] });
  });

  it("reads the platform settings, and explains bad ones", () => {
    const c = loadConfig({ TELEGRAM_BOT_TOKEN: "123456:AAHxxxxxxxxxxxxxxxxxxxxxxxx", TELEGRAM_API_ROOT: "http://127.0.0.1:8081", WECHAT_ENABLED: "1" });
    expect(c.telegram).toEqual({ token: "123456:AAHxxxxxxxxxxxxxxxxxxxxxxxx", apiRoot: "http://127.0.0.1:8081", webhook: null });
    expect(c.wechat).toEqual({ sendIntervalMs: 4000, sendJitterMs: 3000 });
    expect(loadConfig({}).telegram).toBeNull();
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: "oops", DEEDBANK_ADMINS: "qq:1", WECHAT_SEND_INTERVAL_MS: "10" })).toThrow(
      /TELEGRAM_BOT_TOKEN="oops"[\s\S]*@BotFather[\s\S]*WECHAT_SEND_INTERVAL_MS[\s\S]*DEEDBANK_ADMINS/,
    );
  });
});
