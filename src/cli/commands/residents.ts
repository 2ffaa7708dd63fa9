// `deedbank residents template|import|export`: the community register from and to the
// office's spreadsheet. Their code (and exceljs) is loaded when one of them runs.
import type { Command } from "commander";
import type { Writable } from "node:stream";
import type { App } from "../../create-app.ts";
import type { ImportOpts } from "./residents-run.ts";

const run = () => import("./residents-run.ts");

type WithApp = (opts: { db?: string }, fn: (app: App) => Promise<void>) => Promise<void>;
const DB = ["--db <file>", "database: a SQLite file or a postgresql:// URL (default DATABASE_URL, else ./data/deedbank.db)"] as const;
const COMMUNITY = ["--community <slug>", "which community, when the database has several"] as const;

export function addResidentCommands(program: Command, withApp: WithApp, stdout: Writable): void {
  const print = (text: string) => void stdout.write(`${text}\n`);
  const residents = program.command("residents").description("the community register: residents and households, from and to the office's roster (.xlsx or .csv)");

  residents
    .command("template")
    .description("write an empty roster with the columns the import reads, and an instructions sheet")
    .argument("<file>", "roster.xlsx")
    .action(async (file: string) => (await run()).residentsTemplate(file, print));

  residents
    .command("import")
    .description("import a roster: new residents are added, changed rows update, the same file again changes nothing")
    .argument("<file>", "roster.xlsx or roster.csv (UTF-8 or GBK)")
    .option("--dry-run", "check the file and show what would change; save nothing")
    .option("--json", "print one JSON object {created, updated, unchanged, rejected, warnings, households}")
    .option("--create-grids", "create grids the roster names that do not exist yet, instead of rejecting their rows")
    .option(...COMMUNITY)
    .option(...DB)
    .action((file: string, opts: ImportOpts) =>
      withApp(opts, async (app) => (await run()).residentsImport(app, file, opts, stdout, print)),
    );

  residents
    .command("export")
    .description("one row per resident: name, grid, household, points (累计/动态/固定/可用), tickets, last approved deed; never an ID number or a phone")
    .argument("<file>", "residents.xlsx or residents.csv")
    .option(...COMMUNITY)
    .option(...DB)
    .action((file: string, opts: { db?: string; community?: string }) =>
      withApp(opts, async (app) => (await run()).residentsExport(app, file, opts, print)),
    );
}
