// What the community office reports with: `deedbank export ledger` (every ledger row of a
// period, with its report, kind and reviewer) and `deedbank report monthly` (the monthly
// 积分制 report as an .xlsx workbook with a chart).
import type { Command } from "commander";
import { DateTime } from "luxon";
import type { Writable } from "node:stream";
import { getMonthlyReport } from "../../app/get-monthly-report.ts";
import type { App } from "../../create-app.ts";
import { daysBetween, monthByLabel } from "../../domain/month-period.ts";
import { tableFormat } from "../roster/table-format.ts";
import { translator } from "../../i18n/index.ts";
import { CliError, pickCommunity } from "./catalog.ts";

type WithApp = (opts: { db?: string }, fn: (app: App) => Promise<void>) => Promise<void>;
const DB = ["--db <file>", "SQLite database file (default ./data/deedbank.db, or DATABASE_URL)"] as const;
const COMMUNITY = ["--community <slug>", "which community, when the database has several"] as const;

export const LEDGER_HEADER = ["流水号", "时间", "居民编号", "居民", "网格", "积分", "类型", "申报编号", "好事", "审核人", "备注"];

export function addOfficeExportCommands(program: Command, withApp: WithApp, stdout: Writable): void {
  const print = (text: string) => void stdout.write(`${text}\n`);
  const exporter = program.commands.find((c) => c.name() === "export") ?? program.command("export").description("exports for the community office");
  exporter
    .command("ledger")
    .description("every ledger row of a period (dates included, in the community's time zone), with its report, kind and reviewer")
    .requiredOption("--from <date>", "first day, e.g. 2026-11-01")
    .requiredOption("--to <date>", "last day, e.g. 2026-11-30")
    .requiredOption("--out <file>", "ledger.xlsx or ledger.csv")
    .option(...COMMUNITY).option(...DB)
    .action((opts: { db?: string; community?: string; from: string; to: string; out: string }) =>
      withApp(opts, async (app) => {
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
      }),
    );

  const report = program.commands.find((c) => c.name() === "report") ?? program.command("report");
  report
    .command("monthly")
    .description("the monthly 积分制 report as .xlsx: community and grids, top residents and households, deeds by category, shop and draws, a chart by week")
    .requiredOption("--month <YYYY-MM>", "the month, e.g. 2026-11")
    .requiredOption("--out <file>", "report.xlsx")
    .option(...COMMUNITY).option(...DB)
    // `report` has its own --db and --community, which commander hands to it: take them from there too.
    .action((own: { db?: string; community?: string; month: string; out: string }, cmd: Command) => {
      const opts = { ...(cmd.parent?.opts() as { db?: string; community?: string }), ...own };
      return withApp(opts, async (app) => {
        if (!/\.xlsx$/i.test(opts.out)) throw new CliError(`the monthly report is an Excel workbook: give --out a name ending in .xlsx, not ${opts.out}`);
        const community = await pickCommunity(app, opts.community);
        const rec = await app.deps.store.read((r) => r.communities.byId(community.id));
        if (!rec) throw new CliError("no community");
        const period = monthByLabel(opts.month, rec.timezone);
        if (!period) throw new CliError(`--month must look like 2026-11, not ${opts.month}`);
        const { writeMonthlyReport } = await import("../roster/write-monthly-report.ts");
        await writeMonthlyReport(opts.out, await getMonthlyReport(app.deps, rec, period));
        print(translator(app.config.locale)("export.monthlyDone", { community: rec.name, month: opts.month, file: opts.out }));
      });
    });
}
