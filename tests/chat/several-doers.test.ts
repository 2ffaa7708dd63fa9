// Issue 11, deeds done by several people: the card lists every doer, one approval credits each
// once, the reviewer can take a doer out or correct one, and staff never credit themselves or
// their household this way. Simulator transcripts on a real database (SQLite, and PostgreSQL).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rawAll } from "../helpers/raw-sql.ts";
import { residentId } from "../helpers/rewards.ts";
import { ledgerSum, testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
beforeEach(async () => {
  app = await testApp();
});
afterEach(async () => {
  await app.dispose();
});

const keysOf = async (reportId: number) =>
  (await rawAll<{ idempotencyKey: string }>(app, `SELECT "idempotencyKey" FROM "LedgerEntry" WHERE "reportId" = ? ORDER BY id`, [reportId]))
    .map((r) => r.idempotencyKey);

describe("a deed done by several people", () => {
  it("lists the sender and both neighbours, and credits each once (我和刘建国、王桂兰一起…)", async () => {
    const out = await app.chat(["张秀英: 我和刘建国、王桂兰一起在小区捡了垃圾", "王敏: 待审核", "王敏: 通过 1", "王敏: 通过 1"]);
    expect(out).toContain("📝 #1 张秀英、刘建国、王桂兰 清理垃圾");
    // The review list names every doer too, as the card does.
    expect(out).toMatch(/待审核 1 条[^\n]*\n\s+#1 张秀英、刘建国、王桂兰/);
    expect(out).not.toContain("不用重复申报");
    expect(out).toContain("✅ #1 已通过:张秀英、刘建国、王桂兰 每人 +2 分");
    expect(out).toContain("#1 已经通过了,积分只记一次");
    for (const name of ["张秀英", "刘建国", "王桂兰"]) expect(await ledgerSum(app, name)).toBe(2);
    const ids = await Promise.all(["张秀英", "刘建国", "王桂兰"].map((n) => residentId(app, n)));
    expect(await keysOf(1)).toEqual(ids.map((id) => `deed:1:${id}`));
  });

  it("credits the four people named at the clean-up, not the grid worker who told it", async () => {
    const out = await app.chat(["王敏: 今天社区组织大扫除,张秀英、刘建国、王桂兰、陈志强都参加了,每人干了2个小时", "周华: 通过 1"]);
    expect(out).toContain("📝 #1 张秀英、刘建国、王桂兰、陈志强 ");
    expect(out).toContain("✅ #1 已通过:张秀英、刘建国、王桂兰、陈志强 每人 +2 分");
    for (const name of ["张秀英", "刘建国", "王桂兰", "陈志强"]) expect(await ledgerSum(app, name)).toBe(2);
    expect(await ledgerSum(app, "王敏")).toBe(0);
  });

  it("keeps every name of the tagged form, and takes one out on approval (通过 1 去掉 王桂兰)", async () => {
    const out = await app.chat(["陈志强: #好人好事 张秀英 刘建国 王桂兰 参加了社区集体活动", "王敏: 通过 1 去掉 王桂兰"]);
    expect(out).toContain("📝 #1 张秀英、刘建国、王桂兰 参加社区集体活动");
    expect(out).toContain("✅ #1 已通过:张秀英、刘建国 每人 +2 分");
    expect(await ledgerSum(app, "张秀英")).toBe(2);
    expect(await ledgerSum(app, "刘建国")).toBe(2);
    expect(await ledgerSum(app, "王桂兰")).toBe(0);
  });

  it("corrects a doer on approval (通过 1 改 王桂兰=陈志强), in English too (/approve 2 fix …)", async () => {
    const out = await app.chat([
      "张秀英: #好人好事 张秀英 刘建国 王桂兰 参加了社区集体活动", "王敏: 通过 1 改 王桂兰=陈志强",
      "Anna: /report 李光喜 陈志强 参加了社区集体活动", "赵磊: /approve 2 remove 王五", "赵磊: /approve 2 fix 陈志强=张秀英",
    ]);
    expect(out).toContain("✅ #1 已通过:张秀英、刘建国、陈志强 每人 +2 分");
    expect(out).toContain("📝 #2 李光喜, 陈志强 taking part in a community event");
    expect(out).toContain("#2 的卡片上没有“王五”");
    expect(out).toContain("✅ #2 approved: 李光喜, 张秀英 +2 each");
    expect(await ledgerSum(app, "王桂兰")).toBe(0);
    expect(await ledgerSum(app, "陈志强")).toBe(2);
    expect(await ledgerSum(app, "张秀英")).toBe(4);
  });

  it("never lets staff credit themselves or their household this way", async () => {
    // 刘建国 (household 2栋301 with 王桂兰) is appointed grid worker of 一网格.
    const id = await residentId(app, "刘建国");
    await app.deps.store.write(async (r) => r.roles.grant(id, 1, "grid_worker", (await r.grids.byName(1, "一网格"))!.id));
    const out = await app.chat([
      "王桂兰: 我和王敏一起巡逻了2小时", "王敏: 通过 1",
      "张秀英: 我和王桂兰一起打扫了楼道", "刘建国: 通过 2",
      "王敏: 通过 1 去掉 王敏", "王敏: 通过 2",
    ]);
    expect(out).toContain("#1 里有您自己(王敏),要请其他网格员审核;或发“通过 1 去掉 王敏”");
    expect(out).toContain("给自己或自己家里人(王桂兰)记分,要请其他网格员或管理员来办哦");
    expect(out).toContain("✅ #1 已通过:王桂兰 +4 分");
    expect(out).toContain("✅ #2 已通过:张秀英、王桂兰 每人 +2 分");
    expect(await ledgerSum(app, "王敏")).toBe(0);
    expect(await ledgerSum(app, "王桂兰")).toBe(6);
  });

  it("keeps deed:<report> for a report with one doer, so old ledgers keep their meaning", async () => {
    await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1"]);
    expect(await keysOf(1)).toEqual(["deed:1"]);
  });

  it("reverses each doer's credit when a report of several is revoked", async () => {
    const out = await app.chat(["张秀英: 我和刘建国、王桂兰一起在小区捡了垃圾", "王敏: 通过 1", "周华: 撤销 1 不是小区里"]);
    expect(out).toContain("⚠️ #1 已撤销(不是小区里):张秀英、刘建国、王桂兰 每人 -2 分");
    for (const name of ["张秀英", "刘建国", "王桂兰"]) expect(await ledgerSum(app, name)).toBe(0);
  });
});
