// 排行榜 by period (上周, 本月, 本季, 年度, 总榜) with the asker's own rank, and 匿名上榜.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
/** Moves the app's clock (reports and ledger rows are stamped by it). */
const at = (iso: string) => app.setNow(iso);

beforeEach(async () => {
  app = await testApp({ now: "2026-09-10T02:00:00Z" });
  // September (Q3): 刘建国 6. Week 47 (November, Q4): 张秀英 6 then 4. This week (W48): 李光喜 10.
  at("2026-09-10T02:00:00Z");
  await app.chat(["刘建国: 撕了3张小广告", "王敏: 通过 1"]);
  at("2026-11-18T02:00:00Z");
  await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 2", "张秀英: 撕了2张小广告", "王敏: 通过 3"]);
  at("2026-11-25T02:00:00Z");
  await app.chat(["李光喜: 今天去献了血", "赵磊: 通过 4"]);
});
afterEach(async () => {
  await app.dispose();
});

const last = (out: string) => out.trim().split("\n").slice(-12).join("\n");

describe("排行榜 by period", () => {
  it("this week by default, last week with 上周", async () => {
    expect(last(await app.chat("张秀英: 排行榜"))).toMatch(/本周排行榜\(2026-W48\)\s+1\. 李光喜 10 分\s+您本周还没有积分/);
    expect(last(await app.chat("张秀英: 排行榜 上周"))).toMatch(/白石坡社区 上周排行榜\(2026-W47\)\s+1\. 张秀英 10 分\s+您上周第 1 名,10 分\s+同分时先达到者在前/);
  });

  it("本月, 本季 and 年度 cut at Shanghai midnight; 总榜 counts all time", async () => {
    expect(last(await app.chat("刘建国: 排行榜 本月"))).toMatch(/本月排行榜\(2026-11\)\s+1\. 张秀英 10 分\s+2\. 李光喜 10 分\s+您本月还没有积分/);
    expect(last(await app.chat("刘建国: 排行榜 本季"))).toMatch(/本季度排行榜\(2026-Q4\)\s+1\. 张秀英 10 分\s+2\. 李光喜 10 分\s+您本季度还没有积分/);
    expect(last(await app.chat("刘建国: 排行榜 年度"))).toMatch(/年度排行榜\(2026\)\s+1\. 张秀英 10 分\s+2\. 李光喜 10 分\s+3\. 刘建国 6 分\s+您今年第 3 名,6 分/);
    expect(last(await app.chat("刘建国: 排行榜 总榜"))).toMatch(/总排行榜\(累计\)\s+1\. 张秀英 10 分\s+2\. 李光喜 10 分\s+3\. 刘建国 6 分\s+您总榜第 3 名,6 分/);
  });

  it("answers in English with /top and a period", async () => {
    expect(last(await app.chat("Anna: /top lastweek"))).toMatch(/last week ranking \(2026-W47\)\s+1\. 张秀英 10[\s\S]*You have no points last week/);
    expect(last(await app.chat("Anna: /top all"))).toContain("all-time ranking (all time)");
  });

  it("leaves other text after 排行榜 to the report parser (no ranking)", async () => {
    expect(await app.chat("张秀英: 排行榜上的人真棒")).not.toContain("排行榜(");
  });
});

describe("匿名上榜", () => {
  it("toggles how the resident appears on rankings", async () => {
    const on = await app.chat(["张秀英: 匿名上榜", "刘建国: 排行榜 上周"]);
    expect(on).toContain("以后在排行榜和光荣榜上显示为 张*英");
    expect(on).toMatch(/1\. 张\*英 10 分/);
    expect(on).not.toMatch(/1\. 张秀英/);
    const off = await app.chat(["张秀英: /mask", "刘建国: 排行榜 上周"]);
    expect(off).toContain("以后在排行榜和光荣榜上显示您的名字 张秀英");
    expect(off).toMatch(/1\. 张秀英 10 分/);
  });

  it("tells someone who is not a resident yet what to do", async () => {
    expect(await app.chat("路人甲: 匿名上榜")).toContain("您还没有登记为居民");
  });
});
