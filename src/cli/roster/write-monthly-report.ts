// The monthly report as an .xlsx workbook: one sheet per part, and a chart of points by week
// (a PNG drawn with the poster's canvas, embedded in the summary sheet).
import ExcelJS from "exceljs";
import { renderBarChartPng } from "../../adapters/poster/render-bar-chart.ts";
import type { MonthlyReport } from "../../app/get-monthly-report.ts";
import { addSheet } from "./write-table.ts";

const addr = (a: { building: string; unit: string; room: string }) => `${a.building ? `${a.building}栋` : ""}${a.unit ? `${a.unit}单元` : ""}${a.room}`;

export async function writeMonthlyReport(file: string, m: MonthlyReport): Promise<void> {
  const book = new ExcelJS.Workbook();
  const summary = addSheet(book, {
    name: "社区与网格",
    header: ["范围", "收到申报", "通过", "驳回", "动态积分", "固定积分", "参与居民", "固定积分占比%", "目标%"],
    rows: m.scopes.map((s) => [s.scope, s.received, s.approved, s.rejected, s.points, s.fixed, s.active, s.fixedPercent, s.targetPercent]),
  });
  const png = renderBarChartPng({ title: `${m.community.name} ${m.period.label} 每周积分`, bars: m.weeks.map((w) => ({ label: w.week.slice(5), value: w.points })) });
  const image = book.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" });
  summary.addImage(image, { tl: { col: 0, row: m.scopes.length + 2 }, ext: { width: 900, height: 420 } });
  addSheet(book, {
    name: "每周积分", header: ["周(周一)", "积分"], rows: m.weeks.map((w) => [w.week, w.points]),
  });
  addSheet(book, {
    name: "居民前十", header: ["名次", "姓名", "网格", "积分"], rows: m.topResidents.map((x) => [x.rank, x.name, x.grid, x.points]),
  });
  addSheet(book, {
    name: "家庭前十", header: ["名次", "网格", "户", "户主", "积分"], rows: m.topHouseholds.map((x) => [x.rank, x.grid, addr(x.address), x.head, x.points]),
  });
  addSheet(book, {
    name: "好事分类", header: ["类别", "代码", "次数", "数量", "积分"], rows: m.categories.map((c) => [c.zh, c.code, c.deeds, c.quantity, c.points]),
  });
  const shop = addSheet(book, {
    name: "超市与抽奖", header: ["积分超市商品", "兑换次数", "积分"], rows: m.shop.map((s) => [s.item, s.count, s.points]),
  });
  shop.addRow([]);
  shop.addRow(["抽奖", "投入奖票", "中奖人数", "开奖时间"]).font = { bold: true };
  for (const d of m.draws) shop.addRow([d.title, d.tickets, d.winners, d.drawnAt.toISOString().slice(0, 16).replace("T", " ")]);
  await book.xlsx.writeFile(file);
}
