// Fixed points: recorded by grid workers as their own ledger kind, a household award reaches
// every member, removal is a reversal with a reason; rankings count dynamic points only.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getRanking } from "../../src/app/get-ranking.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";
import { pointsOf, residentId } from "../helpers/rewards.ts";
import { rawAll } from "../helpers/raw-sql.ts";

let app: TestApp;
beforeEach(async () => {
  app = await testApp();
});
afterEach(async () => {
  await app.dispose();
});

const kinds = (id: number) =>
  app.deps.store.read(async (r) => (await r.ledger.tally(1, new Date(0), new Date("2100-01-01"))).find((x) => x.residentId === id)?.points ?? 0);

describe("fixed points", () => {
  it("a grid worker records them; they show apart from dynamic points and do not rank", async () => {
    const out = await app.chat(["王敏: 固定积分 @张秀英 党员", "王敏: 固定积分 @张秀英 学历 本科", "张秀英: 早上撕了3张小广告", "王敏: 通过 1", "张秀英: 我的积分"]);
    expect(out).toContain("🏅 张秀英 记固定积分:党员 +20 分");
    expect(out).toContain("🏅 张秀英 记固定积分:学历·本科 +10 分");
    expect(out).toContain("张秀英:累计 36 分,本周 6 分,本周第 1 名(动态 6 + 固定 30),可用 36 分");
    expect(await pointsOf(app, "张秀英")).toEqual({ dynamic: 6, fixed: 30, spent: 0, spendable: 36 });
    expect(await kinds(await residentId(app, "张秀英"))).toBe(6);
    const ranking = await getRanking(app.deps, { id: 1, slug: "baishipo", name: "", locale: "zh-CN", timezone: "Asia/Shanghai" });
    expect(ranking.top.map((x) => [x.resident.name, x.points])).toEqual([["张秀英", 6]]);
  });

  it("in English with slash commands and category ids", async () => {
    const out = await app.chat(["赵磊: /fixed @Anna league_member", "赵磊: /fixed @Anna special_skill 医疗", "Anna: /me"]);
    expect(out).toContain("🏅 Anna 记固定积分:团员 +10 分"); // in the grid worker's language
    expect(out).toContain("(dynamic 0 + fixed 20)");
  });

  it("a five-good family award reaches every member of the household", async () => {
    const out = await app.chat(["王敏: 固定积分 @刘建国 五好家庭"]);
    expect(out).toMatch(/刘建国、王桂兰 记固定积分:五好家庭 \+30 分/);
    expect((await pointsOf(app, "刘建国")).fixed).toBe(30);
    expect((await pointsOf(app, "王桂兰")).fixed).toBe(30);
    expect((await pointsOf(app, "张秀英")).fixed).toBe(0);
    // Once each: a second award is refused, and removal leaves the whole household.
    const again = await app.chat(["王敏: 固定积分 @王桂兰 五好家庭"]);
    expect(again).toContain("王桂兰 已经有“五好家庭”了");
    const removed = await app.chat(["王敏: 取消固定积分 @王桂兰 五好家庭 评选到期"]);
    expect(removed).toContain("刘建国、王桂兰 的固定积分“五好家庭”已取消(评选到期):-30 分");
    expect((await pointsOf(app, "刘建国")).fixed).toBe(0);
    expect((await pointsOf(app, "王桂兰")).fixed).toBe(0);
  });

  it("removal is a reversal with a reason: the award stays in the ledger, a fixed_reversal row cancels it", async () => {
    const out = await app.chat(["王敏: 固定积分 @陈志强 党员", "王敏: 取消固定积分 @陈志强 党员", "王敏: 取消固定积分 @陈志强 党员 组织关系转出", "王敏: 取消固定积分 @陈志强 党员 再来一次"]);
    expect(out).toContain("请写上取消的原因");
    expect(out).toContain("陈志强 的固定积分“党员”已取消(组织关系转出):-20 分");
    expect(out).toContain("陈志强 没有“党员”这项固定积分");
    const id = await residentId(app, "陈志强");
    const rows = await rawAll(app, `SELECT kind, points, note FROM "LedgerEntry" WHERE "residentId" = ? ORDER BY id`, [id]);
    expect(rows).toEqual([{ kind: "fixed", points: 20, note: "party_member" }, { kind: "fixed_reversal", points: -20, note: "组织关系转出" }]);
  });

  it("refuses residents, grid workers of another grid, oneself, unknown categories and a third skill", async () => {
    const out = await app.chat([
      "刘建国: 固定积分 @张秀英 党员",
      "赵磊: 固定积分 @张秀英 党员",
      "王敏: 固定积分 @王敏 党员",
      "王敏: 固定积分 @张秀英 会员",
      "王敏: 固定积分 @不存在 党员",
      "王敏: 固定积分 @张秀英 特长 医疗",
      "王敏: 固定积分 @张秀英 特长 法律",
      "王敏: 固定积分 @张秀英 特长 维修",
      "周华: 固定积分 @王敏 党员",
    ]);
    expect(out.match(/这条要本网格的网格员来审核哦/g)).toHaveLength(2);
    expect(out).toContain("自己的积分要请其他网格员来记");
    expect(out).toContain("没有“会员”这个固定积分项目");
    expect(out).toContain("没有找到居民“不存在”");
    expect(out).toContain("“特长”每人最多 2 项");
    expect(out).toContain("🏅 王敏 记固定积分:党员 +20 分");
    expect((await pointsOf(app, "张秀英")).fixed).toBe(20);
  });

  it("lists the categories, and the community report shows the fixed share against its target", async () => {
    const out = await app.chat(["张秀英: 固定积分", "王敏: 固定积分 @张秀英 党员", "张秀英: 早上撕了3张小广告", "王敏: 通过 1", "张秀英: 积分报告", "周华: 积分报告"]);
    expect(out).toContain("学历(education)大专 5 / 本科 10 / 研究生 15");
    expect(out).toContain("这条要本网格的网格员来审核哦");
    expect(out).toContain("动态积分 6 分 · 固定积分 20 分\n     固定积分占 77%(目标约 10%)\n     ⚠️ 固定积分偏多");
  });
});
