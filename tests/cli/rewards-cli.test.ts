// deedbank rewards / fixed export|import / report: settings a community decides, and the
// fixed categories edited like the deed catalog.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fixedExport, fixedImport } from "../../src/cli/commands/fixed-catalog.ts";
import { pointsReport } from "../../src/cli/commands/points-report.ts";
import { rewardSettings } from "../../src/cli/commands/reward-settings.ts";
import { shopAdd } from "../../src/cli/commands/shop.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";
import { ticketsOf } from "../helpers/rewards.ts";

let app: TestApp;
beforeEach(async () => {
  app = await testApp();
});
afterEach(async () => {
  await app.dispose();
});

describe("reward settings", () => {
  it("default: ratio 2, the shop does not lower rankings, target 10%", async () => {
    expect(await rewardSettings(app, {})).toBe(
      "白石坡社区:\n  ticket ratio: 2 dynamic points → 1 ticket (odd points carry over)\n  shop lowers ranking: no\n  fixed points target: 10%\n  public notice (公示): awards of 50 points or more, up for 3 days",
    );
  });

  it("a community may let the shop lower rankings", async () => {
    await shopAdd(app, "鸡蛋", "5", { stock: "10" });
    await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1", "李光喜: 今天去献了血", "赵磊: 通过 2 4", "王敏: 兑换 @张秀英 鸡蛋"]);
    expect(await app.chat(["张秀英: 排行榜"])).toMatch(/1\. 张秀英 6 分\s+2\. 李光喜 4 分/);
    expect(await rewardSettings(app, { shopLowersRanking: "yes" })).toContain("shop lowers ranking: yes");
    expect(await app.chat(["张秀英: 排行榜"])).toMatch(/1\. 李光喜 4 分\s+2\. 张秀英 1 分/);
  });

  it("changes the ticket ratio for later approvals, and refuses nonsense", async () => {
    expect(await rewardSettings(app, { ticketRatio: "3", fixedTarget: "15" })).toContain("ticket ratio: 3 dynamic points");
    await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1 7"]);
    expect(await ticketsOf(app, "张秀英")).toBe(2);
    await expect(rewardSettings(app, { ticketRatio: "0" })).rejects.toThrow("REWARDS.BAD_SETTING");
    await expect(rewardSettings(app, { shopLowersRanking: "maybe" })).rejects.toThrow("give yes or no");
    expect(await pointsReport(app, {})).toContain("目标约 15%");
  });

  it("sets the 公示 threshold and window (issue 11), and refuses values out of range", async () => {
    expect(await rewardSettings(app, { noticeThreshold: "100", noticeDays: "5" })).toContain("public notice (公示): awards of 100 points or more, up for 5 days");
    await expect(rewardSettings(app, { noticeThreshold: "abc" })).rejects.toThrow("REWARDS.BAD_SETTING");
    await expect(rewardSettings(app, { noticeDays: "-1" })).rejects.toThrow("REWARDS.BAD_SETTING");
    await expect(rewardSettings(app, { noticeThreshold: "302" })).rejects.toThrow("REWARDS.BAD_SETTING");
  });
});

describe("fixed categories", () => {
  it("are exported, edited and imported like the deed catalog", async () => {
    const file = join(app.dir, "fixed.json");
    expect(await fixedExport(app, file)).toBe(`7 fixed-points categories of 白石坡社区 → ${file}`);
    const catalog = JSON.parse(readFileSync(file, "utf8")) as { code: string; points: number; active: boolean }[];
    catalog.find((c) => c.code === "party_member")!.points = 15;
    writeFileSync(file, JSON.stringify(catalog.filter((c) => c.code !== "league_member")));
    const summary = await fixedImport(app, file, undefined, { retireMissing: true });
    expect(summary).toContain("6 fixed-points categories imported into 白石坡社区");
    expect(summary).toContain("changed: 1 (party_member)");
    expect(summary).toContain("retired: 1 (league_member)");
    const out = await app.chat(["王敏: 固定积分 @张秀英 党员", "王敏: 固定积分 @张秀英 团员"]);
    expect(out).toContain("党员 +15 分");
    expect(out).toContain("没有“团员”这个固定积分项目");
  });

  it("keep the categories left out of a partial file unless --retire-missing", async () => {
    const file = join(app.dir, "fixed.yaml");
    const json = join(app.dir, "all.json");
    await fixedExport(app, json);
    const catalog = JSON.parse(readFileSync(json, "utf8")) as { code: string; points: number }[];
    writeFileSync(file, JSON.stringify([{ ...catalog.find((c) => c.code === "party_member")!, points: 15 }]));
    const summary = await fixedImport(app, file);
    expect(summary).toContain("changed: 1 (party_member)");
    expect(summary).toContain("retired: 0");
    expect(summary).toMatch(/kept, not in the file: 6 \(.*league_member.*\); add --retire-missing/);
    const out = await app.chat(["王敏: 固定积分 @张秀英 党员", "王敏: 固定积分 @刘建国 团员"]);
    expect(out).toContain("党员 +15 分");
    expect(out).not.toContain("没有“团员”这个固定积分项目");
    await fixedExport(app, json);
    expect((JSON.parse(readFileSync(json, "utf8")) as { active: boolean }[]).filter((c) => c.active)).toHaveLength(7);
  });

  it("refuse a broken file whole, changing nothing", async () => {
    const file = join(app.dir, "fixed.yaml");
    writeFileSync(file, "- code: Party\n  names: { zh: 党员 }\n  points: 500\n");
    await expect(fixedImport(app, file)).rejects.toThrow(/not imported; nothing changed[\s\S]*lower_snake_case[\s\S]*names.zh and names.en[\s\S]*0 to 300/);
    expect(await app.chat(["王敏: 固定积分 @张秀英 党员"])).toContain("党员 +20 分");
  });
});
