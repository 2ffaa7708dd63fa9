// The `deedbank` command line: one sub-command per job, every one accepting --db FILE.
import { fstatSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import type { Catalog } from "../domain/catalog.ts";
import type { ReportParser } from "../domain/parser/index.ts";
import { ConfigError } from "../config/config-error.ts";
import type { App } from "../create-app.ts";
import { CliError } from "./cli-error.ts";
import { DatabaseOpenError } from "../storage/db-url.ts";
import { addDbCommands } from "./commands/db-copy.ts";
import { DatabaseRefused } from "../storage/database-refused.ts";
import { addPlatformCommands } from "./commands/platform-commands.ts";
import { addRewardCommands } from "./commands/rewards.ts";
import { addResidentCommands } from "./commands/residents.ts";
import { addOfficeExportCommands } from "./commands/office-exports.ts";

type Io = { stdin: NodeJS.ReadableStream & import("node:stream").Readable; stdout: import("node:stream").Writable };

/**
 * Lines `parse --jsonl` parses in its own thread before its worker threads start: none when
 * standard input is a file of more than a megabyte (it is long, and the workers' start-up then
 * overlaps nothing), else the default (a pipe or a short file may never need them).
 */
function linesBeforeWorkers(): number | undefined {
  try {
    const s = fstatSync(0);
    return s.isFile() && s.size > 1 << 20 ? 0 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Threads `parse --jsonl` uses by default on a long input, at most: each warms up its own parser
 * (~0.7 s CPU), which a 100,000-line input repays on a few cores, not on many.
 */
const MAX_DEFAULT_PARSE_THREADS = 4;

export function buildProgram(io: Io = { stdin: process.stdin, stdout: process.stdout }): Command {
  const program = new Command("deedbank")
    .description("行为银行 DeedBank: a community points bot for WeChat and Telegram groups")
    .showHelpAfterError();

  /** The SQLite file a backup or restore works on; PostgreSQL has its own backups. */
  const sqliteFileOf = async (opts: { db?: string }) => {
    const [{ loadConfig }, { databaseFile }] = await Promise.all([import("../config/load-config.ts"), import("../storage/db-url.ts")]);
    const url = loadConfig(process.env, opts).databaseUrl;
    if (/^postgres(ql)?:/i.test(url)) throw new CliError("backup and restore work on a SQLite file; for PostgreSQL use pg_dump and pg_restore, or your database service's backups");
    return databaseFile(url);
  };

  /** Opens the app for a sub-command's --db, closing it whatever happens. */
  const withApp = async (opts: { db?: string }, fn: (app: App) => Promise<void>, clock?: () => Date) => {
    // Loaded here, not at the top: `deedbank --help` then imports no Prisma, zod or canvas.
    const [{ createApp }, { loadConfig }] = await Promise.all([import("../create-app.ts"), import("../config/load-config.ts")]);
    const app = await createApp(loadConfig(process.env, opts), clock ? { clock } : {});
    try {
      await fn(app);
    } finally {
      await app.close();
    }
  };

  program
    .command("start")
    .description("run the bot; with no chat platform configured, a group-chat simulator on the demo community")
    .option("--db <file>", "database: a SQLite file or a postgresql:// URL (default DATABASE_URL, else ./data/deedbank.db)")
    .action((opts: { db?: string }) =>
      withApp(opts, async (app) => {
        // Scheduled jobs (the weekly honour list) run beside the bot; missed runs catch up now.
        const { startScheduler } = await import("../scheduler/start-scheduler.ts");
        const { simulate } = await import("./commands/simulate.ts");
        const scheduler = startScheduler(app.jobs, { clock: app.deps.clock, log: app.log });
        try {
          // Telegram and/or WeChat when configured; else the simulator.
          // Loaded only when a platform is configured: telegraf and wechaty take seconds to import.
          if (app.config.telegram || app.config.wechat) await (await import("./commands/start-bots.ts")).startBots(app);
          else await simulate(app, { demo: true, input: io.stdin, output: io.stdout, interactive: true });
        } finally {
          await scheduler.stop();
        }
      }),
    );

  program
    .command("simulate")
    .description("read lines \"名字: 消息\" from standard input, print the chat transcript, exit")
    .option("--demo", "seed the demo community first if the database has none")
    .option("--community <slug>", "rehearse this community (after deedbank setup): a group per grid, everyone on its roster by name")
    .option("--db <file>", "database: a SQLite file or a postgresql:// URL (default DATABASE_URL, else ./data/deedbank.db)")
    .action(async (opts: { db?: string; demo?: boolean; community?: string }) => {
      // A clock the simulator can set (:时间): scheduled jobs then run as simulated days pass.
      const clock = (await import("./sim-time.ts")).simClock();
      await withApp(opts, async (app) => (await import("./commands/simulate.ts")).simulate(app, {
        demo: Boolean(opts.demo), input: io.stdin, output: io.stdout, interactive: false, clock, ...(opts.community ? { community: opts.community } : {}),
      }), clock.now);
    });

  const catalog = program.command("catalog").description("the community's deed catalog (JSON or YAML, by file extension)");
  catalog
    .command("export")
    .description("write the catalog to FILE")
    .argument("<file>", "catalog.json, catalog.yaml or catalog.yml")
    .option("--community <slug>", "which community, when the database has several")
    .option("--db <file>", "database: a SQLite file or a postgresql:// URL (default DATABASE_URL, else ./data/deedbank.db)")
    .action((file: string, opts: { db?: string; community?: string }) =>
      withApp(opts, async (app) => {
        const { catalogExport } = await import("./commands/catalog.ts");
        io.stdout.write(`${await catalogExport(app, file, opts.community)}\n`);
      }),
    );
  catalog
    .command("import")
    .description("add and update the categories in FILE (checked whole first); categories left out are kept unless --retire-missing")
    .argument("<file>", "catalog.json, catalog.yaml or catalog.yml")
    .option("--retire-missing", "retire the categories left out of FILE (old reports keep them)")
    .option("--community <slug>", "which community, when the database has several")
    .option("--db <file>", "database: a SQLite file or a postgresql:// URL (default DATABASE_URL, else ./data/deedbank.db)")
    .action((file: string, opts: { db?: string; community?: string; retireMissing?: boolean }) =>
      withApp(opts, async (app) => {
        const { catalogImport } = await import("./commands/catalog.ts");
        io.stdout.write(`${await catalogImport(app, file, opts.community, { retireMissing: Boolean(opts.retireMissing) })}\n`);
      }),
    );

  program
    .command("backup")
    .description("a consistent copy of the database while the bot runs (SQLite online backup), then checked")
    .option("--out <file>", "where to write it (default: data/backups/deedbank-<time>.db beside the database)")
    .option("--db <file>", "database: a SQLite file or a postgresql:// URL (default DATABASE_URL, else ./data/deedbank.db)")
    .action(async (opts: { db?: string; out?: string }) => {
      const { backupDatabase, backupDir, backupFileName } = await import("../storage/backup.ts");
      const file = await sqliteFileOf(opts);
      const out = opts.out ?? join(backupDir(file), backupFileName(new Date()));
      const done = await backupDatabase(file, out);
      io.stdout.write(`backup written and checked: ${done.file} (${done.bytes} bytes, ${done.residents} residents, ${done.ledgerRows} ledger rows)\n`);
    });

  program
    .command("restore")
    .description("replace the database with a backup: checks it, keeps the current database aside, restores (stop the bot first)")
    .argument("<file>", "the backup, e.g. data/backups/deedbank-20261201-033000.db")
    .option("--db <file>", "database: a SQLite file or a postgresql:// URL (default DATABASE_URL, else ./data/deedbank.db)")
    .action(async (from: string, opts: { db?: string }) => {
      const { restoreDatabase } = await import("../storage/backup.ts");
      const file = await sqliteFileOf(opts);
      const { aside, checked } = restoreDatabase(file, from, new Date());
      io.stdout.write(
        `restored ${from} into ${file} (${checked.residents} residents, ${checked.ledgerRows} ledger rows)` +
        `${aside ? `; the database it replaced is kept as ${aside}` : ""}\n`,
      );
    });

  const jobs = program.command("jobs").description("scheduled jobs (the weekly honour list); they run by themselves under `deedbank start`");
  jobs
    .command("list")
    .description("the jobs, their schedules and next run")
    .option("--db <file>", "database: a SQLite file or a postgresql:// URL (default DATABASE_URL, else ./data/deedbank.db)")
    .action((opts: { db?: string }) => withApp(opts, async (app) => void io.stdout.write(`${(await import("./commands/jobs.ts")).jobsList(app)}\n`)));
  jobs
    .command("run")
    .description("run a job now: posts what it would post at its time (each post at most once)")
    .argument("<job>", "a job id, e.g. weekly-honour")
    .option("--period <week>", "the week to post, e.g. 2026-W47 (default: the week before this one)")
    .option("--dry-run", "print what would be posted and write the poster files; post nothing")
    .option("--db <file>", "database: a SQLite file or a postgresql:// URL (default DATABASE_URL, else ./data/deedbank.db)")
    .action((id: string, opts: { db?: string; period?: string; dryRun?: boolean }) =>
      withApp(opts, async (app) => void io.stdout.write(`${await (await import("./commands/jobs.ts")).jobsRun(app, id, opts)}\n`)),
    );

  program
    .command("honour")
    .description("a week's honour list (光荣榜) now: text on stdout and a poster PNG; posts nothing")
    .option("--period <week>", "the week, e.g. 2026-W47 (default: last week)")
    .option("--grid <name>", "put this grid's list first, e.g. 一网格")
    .option("--out <file>", "where to write the poster (default: data/posters/)")
    .option("--print <file.pdf>", "instead: a printable A3 PDF for the notice board, the community's list and each grid's, with every listed resident's deeds")
    .option("--community <slug>", "which community, when the database has several")
    .option("--db <file>", "database: a SQLite file or a postgresql:// URL (default DATABASE_URL, else ./data/deedbank.db)")
    .action((opts: { db?: string; period?: string; grid?: string; out?: string; community?: string; print?: string }) =>
      withApp(opts, async (app) => void io.stdout.write(`${await (await import("./commands/honour.ts")).honour(app, opts)}\n`)),
    );

  program
    .command("parse")
    .description("parse a deed report: one TEXT, or JSON lines {id,text,sender} on stdin with --jsonl")
    .argument("[text]", "a message to parse")
    .option("--jsonl", "read JSON lines from standard input, write one JSON line each")
    .option("--workers <n>", "with --jsonl: threads that parse a long input, this one included (default: one per core, at most 4)")
    .option("--db <file>", "use the catalog of a community in this database (default: the built-in catalog)")
    .option("--community <slug>", "which community, when the database has several")
    .action(async (text: string | undefined, opts: { jsonl?: boolean; workers?: string; db?: string; community?: string }) => {
      if (!opts.jsonl && !text) program.error("give a TEXT to parse, or --jsonl to read JSON lines from standard input");
      const workers = opts.workers === undefined ? Math.min(availableParallelism(), MAX_DEFAULT_PARSE_THREADS) : Number(opts.workers);
      if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= 64)) {
        program.error("--workers takes a whole number from 1 to 64, e.g. --workers 2");
      }
      const { formatParse, parseJsonl } = await import("./commands/parse.ts");
      const run = async (parser: ReportParser, catalog: Catalog) => {
        if (opts.jsonl) await parseJsonl(parser, io.stdin, io.stdout, { catalog, workers, after: io.stdin === process.stdin ? linesBeforeWorkers() : undefined });
        else io.stdout.write(formatParse(text ?? "", parser) + "\n");
      };
      if (!opts.db) {
        const [{ createParser }, { DEFAULT_CATALOG }] = await Promise.all([import("../domain/parser/index.ts"), import("../domain/default-catalog.ts")]);
        return run(createParser(DEFAULT_CATALOG), DEFAULT_CATALOG);
      }
      await withApp(opts, async (app) => {
        const community = await (await import("./commands/catalog.ts")).pickCommunity(app, opts.community);
        const { parser, catalog } = await app.deps.parsers.forCommunity(community.id);
        await run(parser, catalog);
      });
    });

  addRewardCommands(program, withApp, io.stdout);
  addPlatformCommands(program, withApp, io);
  addResidentCommands(program, withApp, io.stdout);
  addOfficeExportCommands(program, withApp, io.stdout);
  addDbCommands(program, io.stdout);

  return program;
}

/** Runs the CLI; configuration problems print each bad key and how to fix it. */
export async function runCli(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`${e.message}\n`);
      process.exitCode = 1;
      return;
    }
    if (e instanceof DatabaseRefused || e instanceof DatabaseOpenError) {
      process.stderr.write(`${e.message}\n`);
      process.exitCode = 2;
      return;
    }
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exitCode = 2;
      return;
    }
    throw e;
  }
}
