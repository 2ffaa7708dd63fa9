// The sub-commands of fixed points, draws and the shop, mounted on the program in one call.
import type { Command } from "commander";
import type { Writable } from "node:stream";
import type { App } from "../../create-app.ts";
import type { DrawCreateOpts } from "./draw.ts";
import type { RewardSettingsOpts } from "./reward-settings.ts";

// Each sub-command's code is loaded when it runs, so `deedbank --help` imports none of it.
const draws = () => import("./draw.ts");
const shopCommands = () => import("./shop.ts");
const fixedCatalog = () => import("./fixed-catalog.ts");

type WithApp = (opts: { db?: string }, fn: (app: App) => Promise<void>) => Promise<void>;
type Opts = { db?: string; community?: string; json?: boolean };

const DB = ["--db <file>", "database: a SQLite file or a postgresql:// URL (default DATABASE_URL, else ./data/deedbank.db)"] as const;
const COMMUNITY = ["--community <slug>", "which community, when the database has several"] as const;
const collect = (v: string, all: string[]) => [...all, v];

export function addRewardCommands(program: Command, withApp: WithApp, out: Writable): void {
  const print = (text: string) => void out.write(`${text}\n`);

  const draw = program.command("draw").description("prize draws (抽奖): fair and checkable by anyone");
  draw
    .command("create")
    .description("open a draw: publishes the commitment (SHA-256 of a secret seed) to the groups")
    .argument("<title>", "e.g. 元旦抽奖")
    .requiredOption("--closes <time>", "closing time, e.g. \"2026-12-31 20:00\" (community time) or an ISO time")
    .option("--prize <name×n>", "a prize and how many, e.g. \"大米5kg×3\" (repeat for several)", collect, [])
    .option("--choose", "residents choose how many tickets to put in (投奖票); default: every ticket held at the close")
    .option("--repeat", "one resident may win more than one prize")
    .option(...COMMUNITY).option(...DB)
    .action((title: string, opts: DrawCreateOpts & Opts) => withApp(opts, async (app) => print(await (await draws()).drawCreate(app, title, opts))));
  draw
    .command("run")
    .description("draw the winners after the close: publishes seed, entries and winners; spends the tickets")
    .argument("<id>", "the draw number")
    .option("--json", "print the published data (what `draw verify --file` checks)")
    .option(...COMMUNITY).option(...DB)
    .action((id: string, opts: Opts) => withApp(opts, async (app) => print(await (await draws()).drawRun(app, id, opts))));
  draw
    .command("show")
    .description("a draw as published (--json: the data to verify)")
    .argument("<id>", "the draw number")
    .option("--json", "JSON output")
    .option(...COMMUNITY).option(...DB)
    .action((id: string, opts: Opts) => withApp(opts, async (app) => print(await (await draws()).drawShow(app, id, opts))));
  draw
    .command("verify")
    .description("recompute a draw's winners from its published seed and entries")
    .argument("[id]", "the draw number in this database")
    .option("--file <published.json>", "verify a published JSON file instead (no database needed)")
    .option("--commitment <hex>", "the commitment shown in the chat when the draw opened (公证码)")
    .option("--code <hex>", "the result code shown in the chat with the result (结果码)")
    .option(...COMMUNITY).option(...DB)
    .action(async (id: string | undefined, opts: Opts & { file?: string; commitment?: string; code?: string }) => {
      const report = (r: { text: string; ok: boolean }) => {
        print(r.text);
        if (!r.ok) process.exitCode = 3;
      };
      if (opts.file) return report(await (await draws()).drawVerify(null, undefined, opts));
      await withApp(opts, async (app) => report(await (await draws()).drawVerify(app, id, opts)));
    });

  const shop = program.command("shop").description("the points shop (积分超市)");
  shop
    .command("add")
    .description("put goods on sale, or restock them (same name) at the new price")
    .argument("<name>", "e.g. \"大米 5kg\"")
    .argument("<price>", "price in points")
    .requiredOption("--stock <n>", "how many to add")
    .option(...COMMUNITY).option(...DB)
    .action((name: string, price: string, opts: Opts & { stock: string }) => withApp(opts, async (app) => print(await (await shopCommands()).shopAdd(app, name, price, opts))));
  shop
    .command("list")
    .description("the goods, price and stock")
    .option(...COMMUNITY).option(...DB)
    .action((opts: Opts) => withApp(opts, async (app) => print(await (await shopCommands()).shopList(app, opts))));

  const fixed = program.command("fixed").description("the fixed-points categories (JSON or YAML, by file extension)");
  fixed
    .command("export")
    .description("write the categories to FILE")
    .argument("<file>", "fixed.json, fixed.yaml or fixed.yml")
    .option(...COMMUNITY).option(...DB)
    .action((file: string, opts: Opts) => withApp(opts, async (app) => print(await (await fixedCatalog()).fixedExport(app, file, opts.community))));
  fixed
    .command("import")
    .description("add and update the categories in FILE (checked whole first); categories left out are kept unless --retire-missing")
    .argument("<file>", "fixed.json, fixed.yaml or fixed.yml")
    .option("--retire-missing", "retire the categories left out of FILE (awards keep them)")
    .option(...COMMUNITY).option(...DB)
    .action((file: string, opts: Opts & { retireMissing?: boolean }) =>
      withApp(opts, async (app) => print(await (await fixedCatalog()).fixedImport(app, file, opts.community, { retireMissing: Boolean(opts.retireMissing) }))),
    );

  program
    .command("rewards")
    .description("show the reward settings; change those given")
    .option("--ticket-ratio <n>", "dynamic points per reward ticket (default 2)")
    .option("--shop-lowers-ranking <yes|no>", "whether spending in the shop lowers rankings (default no)")
    .option("--fixed-target <percent>", "target share of fixed points (default 10)")
    .option("--notice-threshold <points>", "公示: awards of this many points or more wait in public first (default 50; 301 turns it off)")
    .option("--notice-days <days>", "公示: days the notice stays up before the award lands (default 3, 0 to 30)")
    .option(...COMMUNITY).option(...DB)
    .action((opts: Opts & RewardSettingsOpts) => withApp(opts, async (app) => print(await (await import("./reward-settings.ts")).rewardSettings(app, opts))));

  program
    .command("report")
    .description("the community report: dynamic and fixed points, the fixed share against its target (~10%), tickets, shop")
    .option("--json", "JSON output")
    .option(...COMMUNITY).option(...DB)
    .action((opts: Opts) => withApp(opts, async (app) => print(await (await import("./points-report.ts")).pointsReport(app, opts))));
}
