// Events (issue 11): a grid worker opens one, residents sign in (a reply to the card, or
// 签到 E1), the worker adds people by name, and one close credits every attendee once, with
// tickets; the credits count in balances, rankings and the honour list. Simulator transcripts.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildHonourList } from "../../src/app/build-honour-list.ts";
import { weekOf } from "../../src/domain/period.ts";
import { residentId, ticketsOf } from "../helpers/rewards.ts";
import { ledgerSum, testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
beforeEach(async () => {
  app = await testApp();
});
afterEach(async () => {
  await app.dispose();
});

describe("events in the simulator", () => {
  it("opens an event, signs people in three ways, and one close credits each attendee once, tickets included", async () => {
    const out = await app.chat([
      "王敏: 活动 中秋晚会 集体活动",
      "张秀英 > 1: 签到",
      "刘建国: 签到 E1",
      "张秀英: 签到 E1",
      "王敏: 活动 E1 加 王桂兰 陈志强 李四",
      "王敏: 结束活动 E1",
    ]);
    expect(out).toContain("🎉 活动 E1「中秋晚会」:参加社区集体活动,每人 2 分");
    expect(out).toContain("参加的朋友回复本条“签到”,或发“签到 E1”");
    expect(out).toContain("✅ 张秀英 已签到 E1「中秋晚会」");
    expect(out).toContain("✅ 刘建国 已签到 E1「中秋晚会」");
    expect(out).toContain("👌 张秀英 已经签到过 E1 了");
    expect(out).toContain("✅ E1 已加上:王桂兰、陈志强");
    expect(out).toContain("没找到这些居民:李四(请先登记)");
    expect(out).toContain("🎉 E1「中秋晚会」已结束:4 人各 +2 分,谢谢大家!\n     张秀英、刘建国、王桂兰、陈志强");
    for (const name of ["张秀英", "刘建国", "王桂兰", "陈志强"]) expect(await ledgerSum(app, name)).toBe(2);
    expect(await ticketsOf(app, "张秀英")).toBe(1);
  });

  it("closing twice credits nobody twice, and a late sign-in is refused politely", async () => {
    const out = await app.chat([
      "王敏: /event 中秋晚会 collective_activity",
      "张秀英 > 1: 签到",
      "王敏: /event close E1",
      "王敏: 结束活动 E1",
      "周华: 结束活动 E1",
      "陈志强 > 1: 签到",
      "王敏: 活动 E1 加 刘建国",
    ]);
    expect(out.match(/E1「中秋晚会」已经结束过了,积分只记一次 👌/g)).toHaveLength(2);
    expect(out).toContain("陈志强 > 1: 签到\n  [6] 🤖 行为银行 · 白石坡社区一网格群 ↩ 陈志强\n     E1「中秋晚会」已经结束了,这次签不上啦,下次活动再来哦 😊");
    expect(await ledgerSum(app, "张秀英")).toBe(2);
    expect(await ledgerSum(app, "陈志强")).toBe(0);
    expect(await ledgerSum(app, "刘建国")).toBe(0);
  });

  it("takes hours for a per-hour category: 大扫除 志愿 2小时 is 4 points each", async () => {
    const out = await app.chat(["王敏: 活动 大扫除 志愿 2小时", "张秀英: 签到 E1", "王敏: 结束活动 E1"]);
    expect(out).toContain("🎉 活动 E1「大扫除」:社区志愿服务(2小时),每人 4 分");
    expect(out).toContain("1 人各 +4 分");
    expect(await ledgerSum(app, "张秀英")).toBe(4);
  });

  it("only the grid's workers and admins open and close events; residents' 活动 chatter stays silent", async () => {
    const out = await app.chat([
      "刘建国: 活动 很好 大家",
      "王敏: 活动很成功 大家辛苦了",
      "刘建国: /event 中秋晚会 集体活动",
      "王敏: 活动 中秋晚会 集体活动",
      "刘建国: 结束活动 E1",
      "赵磊: 结束活动 E1",
    ]);
    expect(out).toContain("刘建国: 活动 很好 大家\n王敏: 活动很成功 大家辛苦了\n刘建国: /event");
    expect(out.match(/这条要本网格的网格员来审核哦/g)).toHaveLength(3);
  });

  it("staff never credit themselves or their household by an event: the closer's own attendance is named, not credited", async () => {
    // 王敏 is the worker; 刘建国 and 王桂兰 share household 2栋301: make 刘建国 a worker of the grid.
    const liu = await residentId(app, "刘建国");
    await app.deps.store.write(async (r) => r.roles.grant(liu, 1, "grid_worker", (await r.residents.byId(liu))?.gridId ?? null));
    const out = await app.chat([
      "王敏: 活动 大扫除 志愿 2小时",
      "王敏 > 1: 签到",
      "王敏: 活动 E1 加 王桂兰 张秀英 刘建国",
      "刘建国: 结束活动 E1",
    ]);
    expect(out).toContain("2 人各 +4 分");
    expect(out).toContain("未记分(本人或自家人,请其他网格员或管理员来记):王桂兰、刘建国");
    expect(await ledgerSum(app, "王敏")).toBe(4);
    expect(await ledgerSum(app, "张秀英")).toBe(4);
    expect(await ledgerSum(app, "王桂兰")).toBe(0);
    expect(await ledgerSum(app, "刘建国")).toBe(0);
  });

  it("works in English: /event, /signin and a 'sign in' reply", async () => {
    const out = await app.chat(["赵磊: /event Cleanup volunteer_service 3h", "Anna > 1: sign in", "李光喜: /signin E1", "赵磊: /event close E1"]);
    expect(out).toContain("🎉 活动 E1「Cleanup」:社区志愿服务(3小时),每人 6 分");
    expect(out).toContain('✅ Anna signed in to E1 "Cleanup"');
    expect(out).toContain("2 人各 +6 分");
    expect(await ledgerSum(app, "Anna")).toBe(6);
  });

  it("counts event credits in balances, the week's ranking and the honour list", async () => {
    const out = await app.chat(["王敏: 活动 中秋晚会 集体活动", "陈志强: 签到 E1", "王敏: 结束活动 E1", "陈志强: 我的积分", "张秀英: 排行榜"]);
    expect(out).toContain("💰 陈志强:累计 2 分,本周 2 分,本周第 1 名");
    expect(out).toMatch(/1\. 陈志强 2 分/);
    const community = await app.deps.store.read(async (r) => r.communities.byId(1));
    if (!community) throw new Error("no community");
    const list = await buildHonourList(app.deps, community, weekOf(app.now, community.timezone));
    expect(list.overall.entries).toEqual([
      expect.objectContaining({ rank: 1, residentId: await residentId(app, "陈志强"), points: 2, deeds: [{ category: "collective_activity", quantity: 1 }] }),
    ]);
  });
});
