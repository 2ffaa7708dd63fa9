// An account linked to a resident by name only (unverified) may report deeds and see its own
// balance, and nothing else: no pledging, withdrawing, masking, and no staff views.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDraw } from "../../src/app/create-draw.ts";
import { matchIdentity } from "../../src/app/match-identity.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";
import { user } from "../helpers/rewards.ts";

let app: TestApp;
beforeEach(async () => {
  app = await testApp();
});
afterEach(async () => app.dispose());

const as = async (id: string, name: string, text: string) =>
  (await app.handle({ platform: "console", chatId: "group:一网格", messageId: `${id}-${text}`, sender: { id, name }, text })).map((m) => m.text).join("\n");

describe("an unverified link made by a name match", () => {
  it("reports and sees its balance, but cannot pledge, withdraw her report, mask her name or read staff views", async () => {
    const draw = await createDraw(app.deps, {
      communityId: 1, by: await user(app, "周华"),
      spec: { title: "元旦抽奖", closesAt: new Date("2026-12-31T12:00:00Z"), prizes: [{ name: "大米", quantity: 1 }], mode: "choose" },
    });
    expect(draw.ok).toBe(true);
    await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1", "张秀英: 晚上巡逻了2小时"]);
    for (const [id, name] of [["fake-zxy", "张秀英"], ["fake-wm", "王敏"]] as const) {
      await matchIdentity(app.deps, { platform: "console", chatId: "group:一网格", userId: id, displayName: name });
    }
    expect(await as("fake-zxy", "张秀英", "我的积分")).toContain("张秀英");
    expect(await as("fake-zxy", "张秀英", "投奖票 1 2")).toContain("还没验证");
    expect(await as("fake-zxy", "张秀英", "撤回 2")).toContain("还没验证");
    expect(await as("fake-zxy", "张秀英", "匿名上榜")).not.toContain("张*英");
    expect(await as("fake-wm", "王敏", "待审核")).toContain("还没验证");
    expect(await as("fake-wm", "王敏", "积分报告")).toMatch(/还没验证|网格员/);
    // no spending: the look-alike of the grid worker cannot hand out a shop item against her points
    await app.chat(["周华: 上架 香皂 5 10"]);
    expect(await as("fake-wm", "王敏", "兑换 @张秀英 香皂")).toContain("还没验证");
    // nothing changed
    expect(await app.chat(["张秀英: 我的积分"])).toMatch(/累计 6 分[\s\S]*奖票 3 张/);
    const card = await as("fake-zxy", "张秀英", "今天去献了血");
    expect(card).toMatch(/#3/);
    expect(card).toContain("还没验证");
  });
});
