// 公示 (issue 11): an approval at or above the community's threshold is posted as a public
// notice instead of credited; an admin other than the approver confirms it; anyone may object
// (the admins are told); it lands once, when both the window is over and it is confirmed.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setRewardSettings } from "../../src/app/set-reward-settings.ts";
import { PUBLIC_NOTICE } from "../../src/scheduler/jobs/public-notice.ts";
import { rawAll } from "../helpers/raw-sql.ts";
import { ledgerSum, testApp, type TestApp } from "../helpers/test-app.ts";

const RESCUE = "张秀英: 一个伢掉进河里了 我跳下克把他捞上来了";
const DAY = 86_400_000;

let app: TestApp;
beforeEach(async () => {
  app = await testApp();
});
afterEach(async () => {
  await app.dispose();
});

const noticeJob = (a: TestApp) => {
  const job = a.jobs.find((j) => j.id === PUBLIC_NOTICE);
  if (!job) throw new Error("no public-notice job");
  return job;
};
const later = (days: number) => app.setNow(new Date(app.now.getTime() + days * DAY));

describe("公示 in the simulator", () => {
  it("posts a notice instead of crediting, shows it apart in 我的积分, and lands once after the window and the confirm", async () => {
    const first = await app.chat([RESCUE, "王敏: 通过 1", "张秀英: 我的积分", "周华: 确认 1", "周华: 确认 1"]);
    expect(first).toContain("📝 #1 张秀英 见义勇为,建议 300 分");
    expect(first).toContain("📢 公示 #1:张秀英 拟获 300 分,公示到 11-28 10:00。\n     管理员发“确认 1”、公示期满后记分;有不同意见请发“异议 1 原因”");
    expect(first).toContain("📢 公示中:300 分(公示期满、确认后到账)");
    expect(first).toContain("👍 #1 已确认,公示到 11-28 10:00,期满后记分");
    expect(first).toContain("#1 已经确认过了 👌");
    // It waits for the admin now, not for a reviewer.
    expect(await app.chat(["王敏: 待审核"])).not.toContain("#1");
    expect(await ledgerSum(app, "张秀英")).toBe(0);
    // The window is not over yet: the job credits nothing.
    later(2);
    expect((await noticeJob(app).run({ scheduledAt: app.now })).summary).toBe("credited 0");
    later(1);
    expect((await noticeJob(app).run({ scheduledAt: app.now, dryRun: true })).summary).toBe("would credit 1: #1");
    expect((await noticeJob(app).run({ scheduledAt: app.now })).summary).toBe("credited 1: #1");
    expect((await noticeJob(app).run({ scheduledAt: app.now })).summary).toBe("credited 0");
    const after = await app.chat(["张秀英: 我的积分", "周华: 确认 1", "王敏: 通过 1"]);
    expect(after).toContain("✅ #1 公示期满、已确认:张秀英 +300 分,累计 300 分。谢谢您!");
    expect(after).toContain("💰 张秀英:累计 300 分");
    expect(after).not.toContain("公示中");
    expect(after).toContain("#1 的公示已经结束了");
    expect(after).toContain("#1 已经通过了,积分只记一次 👌");
    expect(await ledgerSum(app, "张秀英")).toBe(300);
  });

  it("holds a report of several doers too, and credits each of them once when it lands", async () => {
    const out = await app.chat(["张秀英: 我和刘建国一起跳下河把落水的伢捞上来了", "王敏: 通过 1", "周华: 确认 1"]);
    expect(out).toContain("📢 公示 #1:张秀英、刘建国 拟获 300 分");
    expect(await app.chat(["刘建国: 我的积分"])).toContain("📢 公示中:300 分");
    // Before: a report naming several credited them at once, whatever the amount.
    expect(await ledgerSum(app, "张秀英")).toBe(0);
    expect(await ledgerSum(app, "刘建国")).toBe(0);
    later(3);
    expect((await noticeJob(app).run({ scheduledAt: app.now })).summary).toBe("credited 1: #1");
    expect((await noticeJob(app).run({ scheduledAt: app.now })).summary).toBe("credited 0");
    expect(await ledgerSum(app, "张秀英")).toBe(300);
    expect(await ledgerSum(app, "刘建国")).toBe(300);
    const keys = await rawAll<{ k: string }>(app, `SELECT "idempotencyKey" AS k FROM "LedgerEntry" WHERE kind = 'deed' ORDER BY id`);
    expect(keys.map((r) => r.k)).toHaveLength(2);
    expect(new Set(keys.map((r) => r.k)).size).toBe(2);
    expect(await app.chat(["张秀英: 我的积分"])).not.toContain("公示中");
  });

  it("posts the notice to every group of the grid", async () => {
    await app.deps.store.write((r) => r.groups.create({ platform: "telegram", externalId: "-100777", gridId: 1, title: "一网格 Telegram" }));
    await app.chat([RESCUE, "王敏: 通过 1"]);
    const rows = await rawAll<{ platform: string; chatId: string; text: string }>(app, `SELECT platform, "chatId", text FROM "OutboxMessage" WHERE text LIKE '📢 公示 #1%' ORDER BY id`);
    expect(rows.map((r) => [r.platform, r.chatId])).toEqual([["console", "group:一网格"], ["telegram", "-100777"]]);
  });

  it("a confirm after the window credits at once, in the same step", async () => {
    await app.chat([RESCUE, "王敏: 通过 1"]);
    later(4);
    const out = await app.chat(["周华: 确认 1"]);
    expect(out).toContain("✅ #1 公示期满、已确认:张秀英 +300 分,累计 300 分");
    expect(await ledgerSum(app, "张秀英")).toBe(300);
    expect((await noticeJob(app).run({ scheduledAt: app.now })).summary).toBe("credited 0");
    expect(await ledgerSum(app, "张秀英")).toBe(300);
  });

  it("the second approver must be an admin who did not approve it", async () => {
    await app.chat(["张秀英: 早上撕了3张小广告", RESCUE]);
    const out = await app.chat(["周华: 通过 2", "周华: 确认 2", "王敏: 确认 2", "刘建国: 确认 2", "王敏: 通过 2"]);
    expect(out).toContain("📢 公示 #2:张秀英 拟获 300 分");
    expect(out).toContain("#2 是您批的,要请另一位管理员确认哦");
    expect(out).toMatch(/王敏: 确认 2\n.*\n {5}\S*管理员/);
    expect(out).toContain("#2 正在公示,由管理员发“确认 2”后记分");
    later(4);
    expect((await noticeJob(app).run({ scheduledAt: app.now })).summary).toBe("credited 0");
    expect(await ledgerSum(app, "张秀英")).toBe(0);
  });

  it("anyone may object; the objection reaches the admins, and a rejection takes the notice down", async () => {
    const out = await app.chat([RESCUE, "王敏: 通过 1", "刘建国: 异议 1", "刘建国: 异议 1 当时我也在场,不是她救的", "陈志强 > 2: 异议 我也想问问", "周华: 驳回 1 核实不是她", "张秀英: 我的积分", "周华: 确认 1"]);
    expect(out).toContain("请写上异议的原因,比如“异议 1 当时不在场”");
    expect(out).toContain("🤖 行为银行 · 周华\n     ⚠️ 公示 #1(张秀英 300 分)有异议,来自 刘建国:当时我也在场,不是她救的");
    expect(out.match(/📨 已把您对 #1 的异议转给管理员,谢谢您的监督/g)).toHaveLength(2);
    // A reply to the notice objects to its report.
    expect(out).toContain("⚠️ 公示 #1(张秀英 300 分)有异议,来自 陈志强:我也想问问");
    expect(out).toContain("❌ #1 未通过:核实不是她");
    expect(out).not.toContain("公示中");
    expect(out).toContain("#1 的公示已经结束了");
    later(4);
    expect((await noticeJob(app).run({ scheduledAt: app.now })).summary).toBe("credited 0");
    expect(await ledgerSum(app, "张秀英")).toBe(0);
  });

  it("below the threshold credits at once; the threshold and the window are validated settings", async () => {
    const small = await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1"]);
    expect(small).toContain("✅ #1 已通过:张秀英 +6 分");
    expect(await setRewardSettings(app.deps, 1, { noticeThreshold: 0 })).toMatchObject({ ok: false, code: "REWARDS.BAD_SETTING" });
    expect(await setRewardSettings(app.deps, 1, { noticeDays: 31 })).toMatchObject({ ok: false, code: "REWARDS.BAD_SETTING" });
    expect(await setRewardSettings(app.deps, 1, { noticeThreshold: 5, noticeDays: 1 })).toMatchObject({ ok: true, settings: { noticeThreshold: 5, noticeDays: 1 } });
    const big = await app.chat(["刘建国: 早上撕了3张小广告", "王敏: 通过 2", "周华: /confirm 2"]);
    expect(big).toContain("📢 公示 #2:刘建国 拟获 6 分,公示到 11-26 10:00");
    later(1);
    await noticeJob(app).run({ scheduledAt: app.now });
    expect(await ledgerSum(app, "刘建国")).toBe(6);
    expect(await ledgerSum(app, "张秀英")).toBe(6);
  });
});
