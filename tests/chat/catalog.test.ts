// The catalog in the chat (积分细则), corrected approvals, and catalog export/import.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import YAML from "yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_REPORT_POINTS } from "../../src/domain/catalog.ts";
import { catalogExport, catalogImport } from "../../src/cli/commands/catalog.ts";
import { ledgerSum, testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
beforeEach(async () => {
  app = await testApp();
});
afterEach(async () => {
  await app.dispose();
});

describe("the catalog in the chat", () => {
  it("lists what earns points, in Chinese and in English", async () => {
    const out = await app.chat(["刘建国: 积分细则", "Anna: /rules"]);
    expect(out).toContain("· 清理小广告:每件 2 分");
    expect(out).toContain("· 义务巡逻:每小时 2 分");
    expect(out).toContain("· 无偿献血:每次 10 分");
    expect(out).toContain("· volunteer patrol: 2 per hour");
    // The cap is MAX_REPORT_POINTS, filled in, in both languages.
    expect(out).toContain(`每条申报最多 ${MAX_REPORT_POINTS} 分`);
    expect(out).toContain(`At most ${MAX_REPORT_POINTS} points per report`);
  });

  it("lets the grid worker correct category and quantity when approving", async () => {
    const out = await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1 巡逻 3"]);
    expect(out).toContain("✅ #1 已通过:张秀英 +6 分");
    const report = await app.deps.store.read((r) => r.reports.byNumber(1, 1));
    expect(report?.deeds).toEqual([{ category: "patrol", quantity: 3, points: 6 }]);
  });

  it("reads the quantity stuck to the category word, and a points override after it", async () => {
    const out = await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1 巡逻3小时 5"]);
    expect(out).toContain("✅ #1 已通过:张秀英 +5 分");
  });

  it("takes a remark after the approval word as a remark", async () => {
    const out = await app.chat(["张秀英: 早上撕了3张小广告", "王敏 > 1: 通过,辛苦了"]);
    expect(out).toContain("✅ #1 已通过:张秀英 +6 分");
  });

  it("refuses a category that does not exist when a quantity names it", async () => {
    const out = await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1 跳舞 2"]);
    expect(out).toContain("没有“跳舞”这一类");
    expect(await ledgerSum(app, "张秀英")).toBe(0);
  });

  it("asks for a category or points when a tagged report fits none", async () => {
    const out = await app.chat(["张秀英: #好人好事 今天帮社区布置了国庆的彩旗", "王敏: 通过 1", "王敏: 通过 1 志愿 2"]);
    expect(out).toContain("还没认出是哪类好事");
    expect(out).toContain("请写上分数");
    expect(out).toContain("✅ #1 已通过:张秀英 +4 分");
  });
});

describe("deedbank catalog export|import", () => {
  it("round-trips through YAML, re-prices a deed, and the parser uses the new price", async () => {
    const file = join(app.dir, "catalog.yaml");
    expect(await catalogExport(app, file)).toContain("15 categories");
    const yaml = readFileSync(file, "utf8").replace(/(code: flyer_removal[\s\S]*?points: )2/, "$13");
    writeFileSync(file, yaml);
    const summary = await catalogImport(app, file);
    expect(summary).toContain("15 categories imported");
    expect(summary).toContain("changed: 1 (flyer_removal)");
    expect(summary).toContain("unchanged: 14");
    const out = await app.chat(["张秀英: 早上撕了3张小广告"]);
    expect(out).toContain("建议 9 分");
  });

  it("checks the whole file first and changes nothing when it is wrong", async () => {
    const file = join(app.dir, "catalog.json");
    await catalogExport(app, file);
    const data = JSON.parse(readFileSync(file, "utf8"));
    data[0].points = 500;
    data[1].unit = "bucket";
    writeFileSync(file, JSON.stringify(data));
    await expect(catalogImport(app, file)).rejects.toThrow(/nothing changed[\s\S]*0\.points[\s\S]*1\.unit/);
    writeFileSync(file, JSON.stringify([...data.slice(2), data[2]]));
    await expect(catalogImport(app, file)).rejects.toThrow(/"donation" appears twice|appears twice/);
    writeFileSync(file, "{ not json");
    await expect(catalogImport(app, file)).rejects.toThrow(/cannot read/);
    const out = await app.chat(["张秀英: 早上撕了3张小广告"]);
    expect(out).toContain("建议 6 分");
  });

  it("keeps the categories left out of a partial file, and says so", async () => {
    const file = join(app.dir, "partial.yaml");
    await catalogExport(app, file);
    const all = YAML.parse(readFileSync(file, "utf8")) as { code: string; points: number }[];
    const flyers = all.find((c) => c.code === "flyer_removal")!;
    const fresh = { ...flyers, code: "snow_clearing", names: { zh: "扫雪", en: "snow clearing" }, match: { keywords: ["扫雪"] } };
    writeFileSync(file, YAML.stringify([{ ...flyers, points: 3 }, fresh]));
    const summary = await catalogImport(app, file);
    expect(summary).toMatch(/^2 categories imported into 白石坡社区 from .*partial\.yaml:/);
    expect(summary).toContain("added: 1 (snow_clearing)");
    expect(summary).toContain("changed: 1 (flyer_removal)");
    expect(summary).toContain("retired: 0");
    expect(summary).toMatch(/kept, not in the file: 14 \(.*blood_donation.*\); add --retire-missing to retire them/);
    const out = await app.chat(["刘建国: 积分细则", "张秀英: 早上撕了3张小广告"]);
    expect(out).toContain("无偿献血");
    expect(out).toContain("扫雪");
    expect(out).toContain("建议 9 分");
    const exported = join(app.dir, "after.json");
    await catalogExport(app, exported);
    const after = JSON.parse(readFileSync(exported, "utf8")) as { code: string; active: boolean }[];
    expect(after).toHaveLength(16);
    expect(after.every((c) => c.active)).toBe(true);
  });

  it("retires the categories left out only with --retire-missing; old reports keep theirs", async () => {
    const file = join(app.dir, "catalog.json");
    await app.chat(["张秀英: 今天去献了血"]);
    await catalogExport(app, file);
    const data = JSON.parse(readFileSync(file, "utf8")).filter((c: { code: string }) => c.code !== "blood_donation");
    writeFileSync(file, JSON.stringify(data));
    const summary = await catalogImport(app, file, undefined, { retireMissing: true });
    expect(summary).toContain("retired: 1 (blood_donation)");
    expect(summary).toContain("kept, not in the file: 0");
    expect(summary).toContain("unchanged: 14");
    const out = await app.chat(["刘建国: 积分细则", "王敏: 通过 1"]);
    expect(out).not.toContain("无偿献血");
    expect(out).toContain("✅ #1 已通过:张秀英 +10 分");
    // Importing the same file again retires nothing more.
    expect(await catalogImport(app, file, undefined, { retireMissing: true })).toContain("retired: 0");
  });

  it("refuses a file by its extension, naming the ones it reads, and changes nothing", async () => {
    const json = join(app.dir, "catalog.json");
    await catalogExport(app, json);
    const data = (JSON.parse(readFileSync(json, "utf8")) as { code: string; points: number }[]).map((c) => ({ ...c, points: 1 }));
    for (const name of ["catalog.txt", "catalog.csv", "catalog"]) {
      const file = join(app.dir, name);
      writeFileSync(file, JSON.stringify(data)); // valid JSON inside: the extension alone refuses it
      await expect(catalogImport(app, file)).rejects.toThrow(/use \.json, \.yaml or \.yml \(JSON or YAML\)/);
      await expect(catalogExport(app, file)).rejects.toThrow(/\.json, \.yaml or \.yml/);
    }
    await expect(catalogImport(app, join(app.dir, "catalog.txt"))).rejects.toThrow(/"\.txt" is not a file type deedbank reads/);
    const out = await app.chat(["张秀英: 早上撕了3张小广告"]);
    expect(out).toContain("建议 6 分");
  });
});
