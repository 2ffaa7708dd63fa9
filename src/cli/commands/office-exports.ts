// What the community office reports with: `deedbank export ledger` (every ledger row of a
// period, with its report, kind and reviewer) and `deedbank report monthly` (the monthly
// 积分制 report as an .xlsx workbook with a chart).
import type { Command } from "commander";
import type { Writable } from "node:stream";
import type { App } from "../../create-app.ts";

// Their code (luxon, exceljs, the report's queries) is loaded when one of them runs.
const run = () => import("./office-exports-run.ts");

type WithApp = (opts: { db?: string }, fn: (app: App) => Promise<void>) => Promise<void>;
const DB = ["--db <file>", "database: a SQLite file or a postgresql:// URL (default DATABASE_URL, else ./data/deedbank.db)"] as const;
const COMMUNITY = ["--community <slug>", "which community, when the database has several"] as const;

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
      withApp(opts, async (app) => (await run()).exportLedger(app, opts, print)),
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
      return withApp(opts, async (app) => (await run()).reportMonthly(app, opts, print));
    });
}
