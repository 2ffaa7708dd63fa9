// The bodies of `deedbank export ledger` and `deedbank report monthly`, loaded only when one
// of them runs (office-exports.ts mounts them).
import { DateTime } from "luxon";
import { getMonthlyReport } from "../../app/get-monthly-report.ts";
import type { App } from "../../create-app.ts";
import { daysBetween, monthByLabel } from "../../domain/month-period.ts";
import { tableFormat } from "../roster/table-format.ts";
import { translator } from "../../i18n/index.ts";
import { CliError, pickCommunity } from "./catalog.ts";

export const LEDGER_HEADER = ["流水号", "时间", "居民编号", "居民", "网格", "积分", "类型", "申报编号", "好事", "审核人", "备注"];

export async function exportLedger(app: App, opts: { community?: string; from: string; to: string; out: string }, print: (text: string) => void): Promise<void> {
  const format = tableFormat(opts.out, "export ledger");
  const community = await pickCommunity(app, opts.community);
  const zone = (await app.deps.store.read((r) => r.communities.byId(community.id)))?.timezone ?? app.config.timezone;
  const period = daysBetween(opts.from, opts.to, zone);
  if (!period) throw new CliError(`--from and --to must be dates like 2026-11-01, the first not after the last`);
  const data = await app.deps.store.read((r) => r.register.periodData(community.id, period.start, period.end));
  const { writeTable } = await import("../roster/write-table.ts");
  await writeTable(opts.out, format, {
    name: "积分流水", header: LEDGER_HEADER, widths: [8, 18, 8, 10, 10, 8, 14, 8, 24, 10, 20],
    rows: data.ledger.map((l) => [
      l.id, DateTime.fromJSDate(l.at, { zone }).toFormat("yyyy-MM-dd HH:mm"), l.residentId, l.residentName, l.gridName ?? "", l.points, l.kind,
      l.reportNumber, l.deeds ? l.deeds.map((d) => `${d.category}×${d.quantity}`).join("、") : "", l.reviewerName ?? "", l.note ?? "",
    ]),
  });
  print(translator(app.config.locale)("export.ledgerDone", { count: data.ledger.length, from: opts.from, to: opts.to, file: opts.out }));
}

export async function reportMonthly(app: App, opts: { community?: string; month: string; out: string }, print: (text: string) => void): Promise<void> {
  if (!/\.xlsx$/i.test(opts.out)) throw new CliError(`the monthly report is an Excel workbook: give --out a name ending in .xlsx, not ${opts.out}`);
  const community = await pickCommunity(app, opts.community);
  const rec = await app.deps.store.read((r) => r.communities.byId(community.id));
  if (!rec) throw new CliError("no community");
  const period = monthByLabel(opts.month, rec.timezone);
  if (!period) throw new CliError(`--month must look like 2026-11, not ${opts.month}`);
  const { writeMonthlyReport } = await import("../roster/write-monthly-report.ts");
  await writeMonthlyReport(opts.out, await getMonthlyReport(app.deps, rec, period));
  print(translator(app.config.locale)("export.monthlyDone", { community: rec.name, month: opts.month, file: opts.out }));
}
