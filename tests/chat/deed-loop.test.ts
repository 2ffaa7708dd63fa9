// The whole loop through simulator transcripts, on a real SQLite file.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ledgerSum, testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
beforeEach(async () => {
  app = await testApp();
});
afterEach(async () => {
  await app.dispose();
});

describe("the deed loop in the simulator", () => {
  it("runs the README example: report, approve, balance of 6", async () => {
    const out = await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1", "张秀英: 我的积分"]);
    expect(out).toContain("📝 #1 张秀英 清理小广告 ×3,建议 6 分,待网格员审核");
    expect(out).toContain("✅ #1 已通过:张秀英 +6 分");
    expect(out.trim().split("\n").at(-1)).toContain("张秀英:累计 6 分,本周 6 分,本周第 1 名");
    expect(await ledgerSum(app, "张秀英")).toBe(6);
  });

  it("approves by replying to the card, and shows the week's top list", async () => {
    const out = await app.chat([
      "李光喜: 今天去献了血",
      "赵磊 > 1: 通过",
      "张秀英: 早上撕了3张小广告",
      "王敏 > 3: ok",
      "刘建国: 排行榜",
      "Anna: /top",
    ]);
    expect(out).toContain("✅ #1 已通过:李光喜 +10 分");
    expect(out).toContain("✅ #2 已通过:张秀英 +6 分");
    expect(out).toMatch(/1\. 李光喜 10 分\s+2\. 张秀英 6 分\s+您本周还没有积分/);
    expect(out).toMatch(/1\. 李光喜 10\s+2\. 张秀英 6\s+You have no points this week yet/);
  });

  it("credits once when approved twice, and says so", async () => {
    const out = await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1", "王敏: 通过 1", "周华: 通过 1"]);
    expect(out.match(/已经通过了,积分只记一次/g)).toHaveLength(2);
    expect(await ledgerSum(app, "张秀英")).toBe(6);
  });

  it("refuses self-approval: one's own report, and a report about oneself", async () => {
    const own = await app.chat(["王敏: 今天去献了血", "王敏: 通过 1"]);
    expect(own).toContain("自己的申报(或关于自己的)要请其他网格员审核哦");
    const about = await app.chat(["张秀英: 申报 撕了2张小广告", "王敏: 通过 2 @王敏"]);
    expect(about).toContain("自己的申报(或关于自己的)要请其他网格员审核哦");
    expect(await ledgerSum(app, "王敏")).toBe(0);
    const byAdmin = await app.chat(["周华: 通过 1"]);
    expect(byAdmin).toContain("✅ #1 已通过:王敏 +10 分");
  });

  it("refuses approval by a resident and by a grid worker of another grid", async () => {
    const out = await app.chat(["张秀英: 早上撕了3张小广告", "刘建国: 通过 1", "赵磊: 通过 1", "刘建国 > 1: 好的"]);
    expect(out.match(/这条要本网格的网格员来审核哦/g)).toHaveLength(2);
    // "好的" from a resident, replying to the card, is agreement, not a command: silence.
    expect(out.trim().split("\n").at(-1)).toBe("刘建国 > 1: 好的");
    expect(await ledgerSum(app, "张秀英")).toBe(0);
  });

  it("requires a reason to reject, and tells the reporter the reason", async () => {
    const out = await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 驳回 1", "王敏: 驳回 1 照片看不清,请补充", "王敏: 通过 1"]);
    expect(out).toContain("请写上原因");
    expect(out).toContain("❌ #1 未通过:照片看不清,请补充");
    expect(out).toContain("#1 已经处理过了");
    expect(await ledgerSum(app, "张秀英")).toBe(0);
  });

  it("rejects by replying to the card", async () => {
    const out = await app.chat(["张秀英: 早上撕了3张小广告", "王敏 > 1: 驳回 重复了"]);
    expect(out).toContain("❌ #1 未通过:重复了");
  });

  it("revokes an approved report with a reversal that brings the balance back", async () => {
    const out = await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1", "王敏: 撤销 1", "王敏: 撤销 1 撕的是自家门上的"]);
    expect(out).toContain("请写上原因");
    expect(out).toContain("⚠️ #1 已撤销(撕的是自家门上的):张秀英 -6 分,现有 0 分");
    expect(await ledgerSum(app, "张秀英")).toBe(0);
    const rows = await app.deps.store.read(async (r) => r.ledger.tally(1, new Date(0), new Date("2100-01-01")));
    expect(rows).toEqual([expect.objectContaining({ points: 0 })]);
  });

  it("lets a resident withdraw their own pending report only", async () => {
    const out = await app.chat(["张秀英: 早上撕了3张小广告", "刘建国: 撤回 1", "张秀英: 撤回 1", "王敏: 通过 1"]);
    expect(out).toContain("只能撤回自己的申报");
    expect(out).toContain("↩️ #1 已撤回");
    expect(out).toContain("#1 已经处理过了");
    expect(await ledgerSum(app, "张秀英")).toBe(0);
  });

  it("lists pending reports of the grid worker's grids, oldest first", async () => {
    const out = await app.chat(["张秀英: 早上撕了3张小广告", "李光喜: 今天去献了血", "刘建国: 巡逻了2小时", "王敏: 待审核", "张秀英: 待审核"]);
    expect(out).toMatch(/待审核 2 条[^\n]*\n\s+#1 张秀英:清理小广告 ×3 6 分\n\s+#3 刘建国:义务巡逻 ×2 4 分/);
    expect(out).toContain("这条要本网格的网格员来审核哦");
  });

  it("stays silent on ordinary chatter", async () => {
    const out = await app.chat(["刘建国: 今天天气不错", "王桂兰: 晚上一起跳广场舞吗", "Anna: hello everyone"]);
    expect(out).not.toContain("🤖");
  });

  it("lets an unregistered newcomer report; approval creates their resident record", async () => {
    const out = await app.chat([":群 一网格", "孙小梅: 今天去献了血", "王敏: 通过 1", "孙小梅: 我的积分"]);
    expect(out).toContain("✅ #1 已通过:孙小梅 +10 分");
    expect(out).toContain("孙小梅:累计 10 分");
  });

  it("asks which resident is meant when two share a name", async () => {
    await app.deps.store.write(async (r) => {
      await r.residents.create({ communityId: 1, gridId: 1, name: "王芳", building: "3栋" });
      await r.residents.create({ communityId: 1, gridId: 1, name: "王芳", building: "5栋" });
    });
    const out = await app.chat(["张秀英: 申报 撕了2张小广告", "王敏: 通过 1 @王芳", "王敏: 通过 1 @王芳 选2"]);
    expect(out).toMatch(/有 2 位叫“王芳”的居民[\s\S]*1\. 王芳 3栋[\s\S]*2\. 王芳 5栋[\s\S]*3\. 新登记一位“王芳”/);
    expect(out).toContain("✅ #1 已通过:王芳 +4 分");
    const balances = await app.deps.store.read(async (r) => {
      const people = await r.residents.findByName(1, 1, "王芳");
      return Promise.all(people.map((p) => r.ledger.balance(p.id)));
    });
    expect(balances).toEqual([0, 4]);
  });

  it("takes a points override within 1..300", async () => {
    const out = await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1 500", "王敏: 通过 1 8"]);
    expect(out).toContain("分数要在 1 到 300 之间");
    expect(out).toContain("✅ #1 已通过:张秀英 +8 分");
  });

  it("answers in English for an English speaker", async () => {
    const out = await app.chat(["Anna: /help", "Anna: /report donated blood today", "赵磊: /approve 1", "Anna: /me"]);
    expect(out).toContain("DeedBank: did a good deed?");
    expect(out).toContain("📝 #1 Anna donating blood, suggested 10 points, awaiting review");
    // The reporter is told in her language, whatever the grid worker's.
    expect(out).toContain("✅ #1 approved: Anna +10, 10 in total. Thank you!");
    expect(out).toContain("Anna: 10 points in all, 10 this week, #1 this week");
  });
});

describe("reports about a neighbour", () => {
  it("credits the neighbour the text names, not the reporter", async () => {
    const out = await app.chat(["王桂兰: 表扬陈志强,帮忙撕了5张小广告", "王敏: 通过 1"]);
    expect(out).toContain("📝 #1 陈志强 清理小广告 ×5,建议 10 分");
    expect(out).toContain("✅ #1 已通过:陈志强 +10 分");
    expect(await ledgerSum(app, "陈志强")).toBe(10);
    expect(await ledgerSum(app, "王桂兰")).toBe(0);
  });

  it("finds a neighbour of another grid of the community instead of creating a double", async () => {
    const out = await app.chat(["张秀英: 表扬3栋李光喜,撕了5张小广告", "王敏: 通过 1"]);
    expect(out).toContain("✅ #1 已通过:李光喜 +10 分");
    const people = await app.deps.store.read((r) => r.residents.findByName(1, null, "李光喜"));
    expect(people).toHaveLength(1);
    expect(await ledgerSum(app, "李光喜")).toBe(10);
  });

  it("does not let the grid worker approve a report that names them as the doer", async () => {
    const out = await app.chat(["张秀英: 表扬王敏,帮忙撕了2张小广告", "王敏: 通过 1"]);
    expect(out).toContain("自己的申报(或关于自己的)要请其他网格员审核哦");
    expect(await ledgerSum(app, "王敏")).toBe(0);
  });
});

describe("the card", () => {
  it("shows the place, and the day when it was not today, so the reporter can check the reading", async () => {
    const out = await app.chat(["刘建国: 昨天在闸北街帮忙疏导交通", "陈志强: 今天早上在锦绣苑巡逻了2小时"]);
    expect(out).toContain("📝 #1 刘建国 义务交通疏导(昨天 · 闸北街),建议 3 分,待网格员审核");
    expect(out).toContain("📝 #2 陈志强 义务巡逻 ×2(锦绣苑),建议 4 分");
    expect(out).toContain("认错了可发“撤回 1”再重发");
  });
});
