// 公示 rehearsed in the simulator (issue 11): the clock moves with :时间, and the daily
// public-notice job lands the confirmed award on the morning after the window, once.
import { afterEach, beforeEach, expect, it } from "vitest";
import { ledgerSum, testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
beforeEach(async () => {
  app = await testApp({ now: "2026-12-07T01:00:00Z" }); // Monday 09:00 in Shanghai
});
afterEach(async () => {
  await app.dispose();
});

it("a week of a grid: an event, a 公示 award confirmed during the window, landing the morning after it", async () => {
  const out = await app.chat([
    "王敏: 活动 大扫除 志愿 2小时",
    "张秀英 > 1: 签到",
    "王敏: 活动 E1 加 王桂兰",
    "王敏: 结束活动 E1",
    "张秀英: 一个伢掉进河里了 我跳下克把他捞上来了",
    "王敏: 通过 1",
    "刘建国: 异议 1 要核实一下",
    "周华: 确认 1",
    ":时间 +2天",
    "张秀英: 我的积分",
    ":时间 2026-12-11 08:00",
    "张秀英: 我的积分",
  ]);
  expect(out).toContain("🎉 E1「大扫除」已结束:2 人各 +4 分");
  expect(out).toContain("📢 公示 #1:张秀英 拟获 300 分,公示到 12-10 09:00。");
  expect(out).toContain("👍 #1 已确认,公示到 12-10 09:00,期满后记分");
  expect(out).toMatch(/张秀英: 我的积分\n.*\n {5}💰 张秀英:累计 4 分.*\n {5}📢 公示中:300 分/);
  // The window ends on Thursday 09:00; Thursday's run at 09:00 lands it.
  expect(out).toMatch(/✅ #1 公示期满、已确认:张秀英 \+300 分,累计 304 分/);
  expect(out.match(/公示期满、已确认/g)).toHaveLength(1);
  // Held in 公示, #1 waits for the admin, not for a reviewer: no review reminder about it.
  expect(out).not.toContain("⏰ 待审核提醒");
  expect(await ledgerSum(app, "张秀英")).toBe(304);
});
