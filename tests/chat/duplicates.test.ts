// Issue 11, duplicates across reporters: the same deed of the same doer on the same day, told by
// another neighbour or in another language, makes a card that points to the first report, and
// the reviewer merges the two (合并申报 2 到 1 · /mergereport 2 1). Not by text equality.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rawAll } from "../helpers/raw-sql.ts";
import { ledgerSum, testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
beforeEach(async () => {
  app = await testApp();
});
afterEach(async () => {
  await app.dispose();
});

describe("the same deed reported by two people", () => {
  it("points 陈志强's praise to 王桂兰's own report of her 8 flyers, and merging credits 16 points, not 32", async () => {
    const out = await app.chat([
      "王桂兰: 今天早上在菜市场门口撕了8张小广告",
      "陈志强: 表扬王桂兰今天早上在菜市场门口撕了8张小广告",
      "王敏: 合并申报 2 到 1",
      "王敏: 通过 1",
      "王敏: 通过 2",
    ]);
    expect(out).toContain("📝 #2 王桂兰 清理小广告 ×8");
    expect(out).toContain("⚠️ 可能和 #1 是同一件事(同一人、同一天)。确是重复请发“合并申报 2 到 1”");
    expect(out).toContain("🔗 #2 已合并到 #1:同一件好事只记一次");
    expect(out).toContain("✅ #1 已通过:王桂兰 +16 分");
    expect(out).toContain("#2 已经处理过了");
    expect(await ledgerSum(app, "王桂兰")).toBe(16);
    const rows = await rawAll<{ action: string; data: string }>(app, `SELECT action, data FROM "AuditEvent" WHERE action = 'report.merged'`);
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0]!.data)).toMatchObject({ number: 2, into: 1 });
  });

  it("sees English \"three\" and 3张 as the same deed, and merges in English (/mergereport 2 1)", async () => {
    const out = await app.chat([
      "王桂兰: 今天早上撕了3张小广告",
      "陈志强: Thanks to @王桂兰, she tore down three flyers this morning",
      "王敏: /mergereport 2 1",
    ]);
    expect(out).toContain("⚠️ 可能和 #1 是同一件事");
    expect(out).toContain("🔗 #2 已合并到 #1");
  });

  it("merges into the report the card points to when only one number is given, by replying to it", async () => {
    const out = await app.chat([
      "王桂兰: 今天早上在菜市场门口撕了8张小广告",
      "陈志强: 表扬王桂兰今天早上在菜市场门口撕了8张小广告",
      "王敏 > 2: 合并申报 3",
      "王敏 > 2: 合并申报 2",
    ]);
    // In a reply the card names the report: another number first is refused, never acted on.
    expect(out).toContain("#2:您回复的是这张卡片,却写了 3");
    expect(out).toContain("🔗 #2 已合并到 #1");
  });

  it("does not refuse 我和刘建国、王桂兰一起在小区捡了垃圾 after another report about 王桂兰: a card, and the reviewer decides", async () => {
    const out = await app.chat([
      "陈志强: 表扬王桂兰在小区捡了垃圾",
      "张秀英: 我和刘建国、王桂兰一起在小区捡了垃圾",
      // The same sender sending the same text again is still refused.
      "张秀英: 我和刘建国、王桂兰一起在小区捡了垃圾!",
    ]);
    expect(out).toContain("📝 #2 张秀英、刘建国、王桂兰 清理垃圾");
    expect(out).toContain("这件好事已经记下了(#2),不用重复申报");
  });

  it("tells apart neighbours' own deeds in the same words, and another count, by doer and deed, not text", async () => {
    const out = await app.chat([
      "张秀英: 早上撕了3张小广告",
      "陈志强: 早上撕了3张小广告",
      "刘建国: 表扬张秀英早上撕了5张小广告",
      "Anna: I tore down three flyers this morning",
      "李光喜: 表扬 @Anna 今天早上撕了3张小广告",
    ]);
    expect(out.match(/可能和/g)).toHaveLength(1);
    expect(out).toContain("📝 #5 Anna 清理小广告 ×3,建议 6 分,待网格员审核\n     网格员回复“通过”或“驳回 原因”即可;认错了可发“撤回 5”再重发\n     ⚠️ 可能和 #4 是同一件事");
  });

  it("refuses a merge by a resident, into itself, and of a decided report", async () => {
    const out = await app.chat([
      "王桂兰: 今天早上在菜市场门口撕了8张小广告",
      "陈志强: 表扬王桂兰今天早上在菜市场门口撕了8张小广告",
      "张秀英: 合并申报 2 到 1",
      "王敏: 合并申报 2 到 2",
      "王敏: 通过 2",
      "王敏: 合并申报 2 到 1",
    ]);
    expect(out).toContain("这条要本网格的网格员来审核哦");
    expect(out).toContain("要合并两个不同的申报");
    expect(out).toContain("#2 已经处理过了");
    expect(await ledgerSum(app, "王桂兰")).toBe(16);
  });

  it("lets the grid worker close the repeat of their own proxy entry (merging credits nobody)", async () => {
    const out = await app.chat([
      "王桂兰: 今天早上在菜市场门口撕了8张小广告",
      "王敏: 代报 @王桂兰 今天早上在菜市场门口撕了8张小广告",
      "王敏: 合并申报 2 到 1",
    ]);
    expect(out).toContain("⚠️ 可能和 #1 是同一件事");
    expect(out).toContain("🔗 #2 已合并到 #1");
  });

  it("adds the people only the later report names to the earlier one when merging, so each is credited once", async () => {
    const out = await app.chat([
      "王桂兰: 今天早上在菜市场门口撕了8张小广告",
      "陈志强: 我和王桂兰一起在菜市场门口撕了8张小广告",
      "王敏: 合并申报 2 到 1",
      "王敏: 通过 1",
    ]);
    expect(out).toContain("⚠️ 可能和 #1 是同一件事");
    expect(out).toContain("🔗 #2 已合并到 #1:同一件好事只记一次\n     #1 加上了 陈志强,通过时每人各记一次");
    expect(out).toContain("✅ #1 已通过:王桂兰、陈志强 每人 +16 分");
    expect(await ledgerSum(app, "王桂兰")).toBe(16);
    expect(await ledgerSum(app, "陈志强")).toBe(16);
  });
});
