// deedbank export ledger / report monthly, and extensions a command cannot write are refused.
import ExcelJS from "exceljs";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readTable } from "../../src/cli/roster/read-table.ts";
import { runCli } from "../helpers/run-cli.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
beforeEach(async () => {
  app = await testApp({ now: "2026-11-10T02:00:00Z" });
  await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1", "李光喜: 今天去献了血", "赵磊: 驳回 2 不是本周"]);
  app.setNow("2026-11-18T02:00:00Z");
  await app.chat(["刘建国: 扶老人过马路两次", "王敏: 通过 3", "王敏: 登记 刘建国 3栋2单元301"]);
});
afterEach(async () => {
  await app.dispose();
});
const db = () => app.db.file;

describe("office exports", () => {
  it("export ledger writes every ledger row of the period with its report, kind and reviewer", async () => {
    const out = join(app.dir, "ledger.csv");
    expect(await runCli(["export", "ledger", "--from", "2026-11-01", "--to", "2026-11-30", "--out", out, "--db", db()])).toMatch(/^已导出 2 条积分流水/);
    const t = await readTable(out);
    expect(t.header.cells).toEqual(["流水号", "时间", "居民编号", "居民", "网格", "积分", "类型", "申报编号", "好事", "审核人", "备注"]);
    expect(t.rows.map((r) => [r.cells[3], r.cells[5], r.cells[6], r.cells[7], r.cells[9]])).toEqual([
      ["张秀英", "6", "deed", "1", "王敏"], ["刘建国", expect.any(String), "deed", "3", "王敏"],
    ]);
    expect(await runCli(["export", "ledger", "--from", "2026-11-11", "--to", "2026-11-30", "--out", out, "--db", db()])).toMatch(/^已导出 1 条积分流水/);
    await expect(runCli(["export", "ledger", "--from", "2026-11-30", "--to", "2026-11-01", "--out", out, "--db", db()])).rejects.toThrow(/--from and --to/);
    await expect(runCli(["export", "ledger", "--from", "2026-11-01", "--to", "2026-11-30", "--out", join(app.dir, "l.pdf"), "--db", db()])).rejects.toThrow(/\.xlsx or \.csv/);
  });

  it("report monthly writes one sheet per part and a chart of points by week", async () => {
    const out = join(app.dir, "monthly.xlsx");
    await runCli(["report", "monthly", "--month", "2026-11", "--out", out, "--db", db()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(["社区与网格", "每周积分", "居民前十", "家庭前十", "好事分类", "超市与抽奖"]);
    const summary = book.getWorksheet("社区与网格") as ExcelJS.Worksheet;
    expect((summary.getRow(2).values as unknown[]).slice(1, 5)).toEqual(["白石坡社区", 3, 2, 1]);
    expect(summary.getImages()).toHaveLength(1);
    const weeks = (book.getWorksheet("每周积分") as ExcelJS.Worksheet).getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
    expect(weeks.map((w) => w[0])).toEqual(["2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"]);
    expect(weeks.find((w) => w[0] === "2026-11-09")?.[1]).toBe(6);
    const hh = (book.getWorksheet("家庭前十") as ExcelJS.Worksheet).getRow(2).values as unknown[];
    expect(hh.slice(1, 4)).toEqual([1, "一网格", "3栋2单元301"]);
    await expect(runCli(["report", "monthly", "--month", "2026-11", "--out", join(app.dir, "m.csv"), "--db", db()])).rejects.toThrow(/\.xlsx/);
  });

  it("catalog export refuses a file name whose extension it cannot write", async () => {
    const bad = join(app.dir, "cat.xlsx");
    await expect(runCli(["catalog", "export", bad, "--db", db()])).rejects.toThrow(/\.json/);
    expect(existsSync(bad)).toBe(false);
    expect(await runCli(["catalog", "export", join(app.dir, "cat.yaml"), "--db", db()])).toMatch(/categories/);
  });
});
