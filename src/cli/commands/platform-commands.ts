// `deedbank setup` (the community and its grids, from flags or questions) and
// `deedbank bind-code` (a one-time code that verifies a chat account as a resident).
import type { Command } from "commander";
import { createInterface } from "node:readline/promises";
import type { Readable, Writable } from "node:stream";
import type { App } from "../../create-app.ts";
import { CliError } from "../cli-error.ts";

type WithApp = (opts: { db?: string }, fn: (app: App) => Promise<void>) => Promise<void>;
interface SetupOpts { db?: string; name?: string; slug?: string; grids?: string; timezone?: string }
interface CodeOpts { db?: string; community?: string; admin?: boolean; grid?: string; address?: string; new?: boolean }

const DB = ["--db <file>", "database: a SQLite file or a postgresql:// URL (default DATABASE_URL, else ./data/deedbank.db)"] as const;

/** Asks for what the flags did not give (only when a person is at the terminal). */
async function ask(io: { stdin: Readable; stdout: Writable }, opts: SetupOpts): Promise<Required<Pick<SetupOpts, "name" | "slug" | "grids">>> {
  const missing = (["name", "slug", "grids"] as const).filter((k) => !opts[k]);
  if (missing.length && !(io.stdin as { isTTY?: boolean }).isTTY) {
    throw new CliError(`missing ${missing.map((k) => `--${k}`).join(", ")} (or run it in a terminal to be asked)`);
  }
  const rl = createInterface({ input: io.stdin, output: io.stdout });
  try {
    const name = opts.name ?? (await rl.question("社区名称 Community name (如 白石坡社区): ")).trim();
    const slug = opts.slug ?? ((await rl.question("英文简称 Short id, letters only (如 baishipo): ")).trim() || "community");
    const grids = opts.grids ?? (await rl.question("网格,用逗号分开 Grids, comma-separated (如 一网格,二网格): ")).trim();
    return { name, slug, grids };
  } finally {
    rl.close();
  }
}

export function addPlatformCommands(program: Command, withApp: WithApp, io: { stdin: Readable; stdout: Writable }): void {
  const print = (text: string) => void io.stdout.write(`${text}\n`);

  program
    .command("setup")
    .description("create a real community and its grids (asks for what the flags do not give)")
    .option("--name <name>", "the community's name, e.g. 白石坡社区")
    .option("--slug <slug>", "a short id in letters, e.g. baishipo")
    .option("--grids <list>", "grid names, comma-separated, e.g. 一网格,二网格")
    .option("--timezone <zone>", "IANA time zone (default DEEDBANK_TIMEZONE)")
    .option(...DB)
    .action((opts: SetupOpts) =>
      withApp(opts, async (app) => {
        const a = await ask(io, opts);
        const res = await (await import("../../app/setup-community.ts")).setupCommunity(app.deps, {
          name: a.name, slug: a.slug, grids: a.grids.split(/[,,、\s]+/),
          timezone: opts.timezone ?? app.config.timezone, locale: app.config.locale,
        });
        print(`${res.created ? "✅ created" : "✅ already there"}: ${res.community.name} (${res.community.slug}); grids added: ${res.gridsAdded.join("、") || "none"}`);
        print("Next: start the bot, add it to each grid's group, and as an admin send “绑定 一网格” (/bindgroup 一网格) there.");
      }),
    );

  program
    .command("bind-code")
    .description("print a one-time code (24 h) that links and verifies a chat account as this resident")
    .argument("<name>", "the resident's name")
    .option("--admin", "make the resident a community admin")
    .option("--grid <grid>", "the resident's grid, when the resident is new")
    .option("--address <address>", "a newcomer's household, e.g. 3栋2单元301 (with --grid): registers them there")
    .option("--new", "confirm that a name nobody has is a new person (without a household)")
    .option("--community <slug>", "which community, when the database has several")
    .option(...DB)
    .action((name: string, opts: CodeOpts) =>
      withApp(opts, async (app) => {
        const { translator } = await import("../../i18n/index.ts");
        let residentId = await app.deps.store.write(async (r) => {
          const community = opts.community ? await r.communities.bySlug(opts.community) : (await r.communities.list())[0];
          if (!community) throw new CliError("no community yet: run `deedbank setup` first");
          const grid = opts.grid ? await r.grids.byName(community.id, opts.grid) : null;
          if (opts.grid && !grid) throw new CliError(`no grid called ${opts.grid}`);
          const found = await r.residents.findByName(community.id, grid?.id ?? null, name);
          if (found.length > 1) throw new CliError(`${found.length} residents are called ${name}; give --grid`);
          // A typo must not silently create a person (issue 12): a new name needs --new or a household.
          if (!found[0] && !opts.new && !opts.address) throw new CliError(translator(app.config.locale)("bindCode.unknownName", { name }));
          const resident = found[0] ?? (opts.address ? null : await r.residents.create({ communityId: community.id, gridId: grid?.id ?? null, name }));
          if (resident && opts.admin) await r.roles.grant(resident.id, community.id, "admin", null);
          return resident?.id ?? { community, grid };
        });
        if (typeof residentId !== "number") {
          const place = residentId;
          const { parseAddress } = await import("../../domain/roster/parse-address.ts");
          const address = parseAddress(opts.address ?? "");
          if (!address || !place.grid) throw new CliError(translator(app.config.locale)("error.REGISTER.NEEDS_GRID"));
          const { registerResident } = await import("../../app/register-resident.ts");
          const made = await registerResident(app.deps, { communityId: place.community.id, actor: "operator", grid: place.grid, name, address });
          if (!made.ok) throw new CliError(translator(app.config.locale)(`error.${made.code}`, made.params));
          if (opts.admin) await app.deps.store.write((r) => r.roles.grant(made.id, place.community.id, "admin", null));
          residentId = made.id;
        }
        const { code, expiresAt } = await (await import("../../app/bind-identity.ts")).operatorBindCode(app.deps, residentId);
        print(`🔑 ${name}: 绑定码 ${code} (valid until ${expiresAt.toISOString()}). From their WeChat or Telegram account, send the bot: 绑定码 ${code}`);
      }),
    );
}
