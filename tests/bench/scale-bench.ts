// npm run bench:scale [-- --residents 26120 --reports 18000 --approvals 200]
// Seeds one community of realistic size (26,120 residents, a year of ~18,000 approved
// reports with their ledger rows) by bulk SQL into SQLite and PostgreSQL, then measures on
// both, side by side: approvals per second through the full approve use case (1 and 3
// processes), 我的积分 and 排行榜 (week, year, all time) p50/p99 through the chat router, and
// the weekly honour list build (× 50 communities, extrapolated to 500). Each figure is also
// given as a ratio to the floor of the same database in the same run: one raw single-row
// insert transaction (for writes), one raw primary-key select (for reads).
// PostgreSQL: DEEDBANK_TEST_POSTGRES_URL (the npm script defaults it to postgresql://postgres@127.0.0.1:5432/test).
import Database from "better-sqlite3";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import pg from "pg";
import pino from "pino";
import { resolveActor } from "../../src/app/actor.ts";
import { approveReport } from "../../src/app/approve-report.ts";
import { buildHonourList } from "../../src/app/build-honour-list.ts";
import { seedDemo } from "../../src/app/seed-demo.ts";
import { loadConfig } from "../../src/config/load-config.ts";
import { createApp, type App } from "../../src/create-app.ts";
import { weekBefore } from "../../src/domain/ranking-period.ts";
import { freshPgSchema } from "../helpers/pg.ts";
import { tempDir } from "../helpers/test-app.ts";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const RESIDENTS = arg("residents", 26_120);
const REPORTS = arg("reports", 18_000);
const APPROVALS = arg("approvals", 150);
const QUERIES = arg("queries", 60);
const CHILD = fileURLToPath(new URL("./scale-child.ts", import.meta.url));
const NOW = new Date("2026-11-25T02:00:00Z");

interface Raw {
  bulk(table: string, cols: string[], rows: unknown[][]): Promise<void>;
  one(sql: string): Promise<unknown[]>;
  close(): Promise<void>;
}

function sqliteRaw(file: string): Raw {
  const db = new Database(file);
  return {
    bulk: async (table, cols, rows) => {
      const st = db.prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(",")}) VALUES (${cols.map(() => "?").join(",")})`);
      db.transaction(() => {
        for (const r of rows) st.run(...r.map((v) => (v instanceof Date ? v.toISOString() : typeof v === "boolean" ? Number(v) : v)));
      })();
    },
    one: async (sql) => {
      const st = db.prepare(sql);
      return st.reader ? st.all() : (st.run(), []);
    },
    close: async () => void db.close(),
  };
}

function pgRaw(client: pg.Client): Raw {
  return {
    bulk: async (table, cols, rows) => {
      const per = Math.floor(30_000 / cols.length);
      await client.query("BEGIN");
      for (let i = 0; i < rows.length; i += per) {
        const params: unknown[] = [];
        const values = rows.slice(i, i + per).map((r) => `(${r.map((v) => (params.push(v), `$${params.length}`)).join(",")})`);
        await client.query(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(",")}) VALUES ${values.join(",")}`, params);
      }
      await client.query("COMMIT");
    },
    one: async (sql) => (await client.query(sql)).rows,
    close: async () => client.end(),
  };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const ms = async (fn: () => Promise<unknown>) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

async function seed(app: App, raw: Raw): Promise<{ insertRowsPerS: number }> {
  await seedDemo(app.deps);
  const grids = (await raw.one(`SELECT id FROM "Grid" WHERE "communityId" = 1 ORDER BY id`)) as { id: number }[];
  const [identity] = (await raw.one(`SELECT id FROM "ChatIdentity" ORDER BY id LIMIT 1`)) as { id: number }[];
  const [maxRes] = (await raw.one(`SELECT MAX(id) AS m FROM "Resident"`)) as { m: number }[];
  const surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
  const given = "秀英建国志强光喜敏华磊芳丽军伟娟";
  const residents = Array.from({ length: RESIDENTS }, (_, i) => [
    1, grids[i % grids.length]!.id, `${surnames[i % 20]}${given[(i * 7) % 16]}${given[(i * 13) % 16]}${i}`, NOW,
  ]);
  const t = performance.now();
  await raw.bulk("Resident", ["communityId", "gridId", "name", "createdAt"], residents);
  const insertRowsPerS = RESIDENTS / ((performance.now() - t) / 1000);
  const first = maxRes!.m + 1;
  const yearStart = NOW.getTime() - 365 * 86_400_000;
  const reports: unknown[][] = [];
  const ledger: unknown[][] = [];
  for (let i = 0; i < REPORTS; i++) {
    const at = new Date(yearStart + Math.floor((i / REPORTS) * 365 * 86_400_000));
    const doer = first + ((i * 7919) % Math.min(RESIDENTS, 4000)); // about 4,000 active residents
    const number = 1000 + i;
    reports.push([1, number, grids[i % grids.length]!.id, "console", "group:bench", `b${i}`, identity!.id, doer, "撕了小广告",
      JSON.stringify([{ category: "flyer_removal", quantity: 1, points: 2 }]), 2, doer, "approved", 2, at, at, at]);
  }
  await raw.bulk("DeedReport", ["communityId", "number", "gridId", "platform", "externalChatId", "externalMessageId", "senderIdentityId",
    "senderResidentId", "rawText", "deeds", "suggestedPoints", "doerResidentId", "status", "awardedPoints", "createdAt", "decidedAt", "updatedAt"], reports);
  const ids = (await raw.one(`SELECT id, number, "doerResidentId" AS doer, "createdAt" AS at FROM "DeedReport" WHERE number >= 1000`)) as { id: number; doer: number; at: string | Date }[];
  for (const r of ids) ledger.push([1, r.doer, 2, "deed", r.id, `deed:${r.id}`, new Date(r.at)]);
  await raw.bulk("LedgerEntry", ["communityId", "residentId", "points", "kind", "reportId", "idempotencyKey", "createdAt"], ledger);
  // Pending reports for the approval runs, numbered 100 … 100 + 4 × APPROVALS.
  const pending = Array.from({ length: 4 * APPROVALS }, (_, i) => [1, 100 + i, grids[0]!.id, "console", "group:bench", `p${i}`, identity!.id,
    first + i, "撕了小广告", JSON.stringify([{ category: "flyer_removal", quantity: 1, points: 2 }]), 2, first + i, "pending", NOW, NOW]);
  await raw.bulk("DeedReport", ["communityId", "number", "gridId", "platform", "externalChatId", "externalMessageId", "senderIdentityId",
    "senderResidentId", "rawText", "deeds", "suggestedPoints", "doerResidentId", "status", "createdAt", "updatedAt"], pending);
  await raw.one(`UPDATE "Community" SET "reportSeq" = ${1000 + REPORTS} WHERE id = 1`);
  return { insertRowsPerS };
}

async function floors(raw: Raw, insertOne: () => Promise<void>) {
  const ins: number[] = [];
  for (let i = 0; i < 200; i++) ins.push(await ms(insertOne));
  const sel: number[] = [];
  for (let i = 0; i < 300; i++) sel.push(await ms(() => raw.one(`SELECT id, name FROM "Resident" WHERE id = ${1 + (i % 1000)}`)));
  return { insertMs: pct(ins, 50), selectMs: pct(sel, 50) };
}

async function measure(kind: "SQLite" | "PostgreSQL") {
  let url: string;
  let raw: Raw;
  let drop = async () => undefined as void;
  let insertOne: () => Promise<void>;
  const dir = tempDir();
  if (kind === "SQLite") {
    url = `file:${join(dir, "bench.db")}`;
  } else {
    const s = await freshPgSchema("bench");
    url = s.url;
    drop = () => s.drop();
  }
  const app = await createApp(loadConfig({ LOG_LEVEL: "silent", DEEDBANK_DATA_DIR: dir }, { db: url }), { clock: () => NOW, log: pino({ level: "silent" }) });
  if (kind === "SQLite") {
    raw = sqliteRaw(join(dir, "bench.db"));
    const db = new Database(join(dir, "bench.db"));
    db.exec(`CREATE TABLE floor_t (id INTEGER PRIMARY KEY, v TEXT)`);
    const st = db.prepare(`INSERT INTO floor_t (v) VALUES (?)`);
    insertOne = async () => void db.transaction(() => st.run("x"))();
  } else {
    const client = new pg.Client({ connectionString: process.env.DEEDBANK_TEST_POSTGRES_URL, options: `-c search_path=${new URL(url).searchParams.get("schema")}` });
    await client.connect();
    raw = pgRaw(client);
    await client.query(`CREATE TABLE floor_t (id SERIAL PRIMARY KEY, v TEXT)`);
    insertOne = async () => {
      await client.query("BEGIN");
      await client.query(`INSERT INTO floor_t (v) VALUES ('x')`);
      await client.query("COMMIT");
    };
  }
  const t0 = performance.now();
  const { insertRowsPerS } = await seed(app, raw);
  const seedS = (performance.now() - t0) / 1000;
  const floor = await floors(raw, insertOne);

  // Approvals, one process.
  const actor = await resolveActor(app.deps, { platform: "console", userId: "王敏", displayName: "王敏" });
  const t1 = performance.now();
  for (let n = 100; n < 100 + APPROVALS; n++) {
    const r = await approveReport(app.deps, { communityId: 1, number: n, actor });
    if (!r.ok) throw new Error(`approve ${n}: ${r.code}`);
  }
  const one = APPROVALS / ((performance.now() - t1) / 1000);
  // Approvals, three processes, each its own range (wall time, process start-up included).
  const from = 100 + APPROVALS;
  const t2 = performance.now();
  const done = await Promise.all([0, 1, 2].map((k) => new Promise<number>((resolve, reject) =>
    execFile(process.execPath, ["--import", "tsx", CHILD, url, String(from + k * APPROVALS), String(from + (k + 1) * APPROVALS - 1)], (err, out) =>
      err ? reject(err) : resolve(Number(out))))));
  const three = done.reduce((a, b) => a + b, 0) / ((performance.now() - t2) / 1000);

  // Chat queries through the router.
  const ask = async (text: string) => {
    const xs: number[] = [];
    for (let i = 0; i < QUERIES; i++) {
      xs.push(await ms(() => app.handle({ platform: "console", chatId: "group:一网格", messageId: `q${text}${i}`, sender: { id: "张秀英", name: "张秀英" }, text })));
    }
    return { p50: pct(xs, 50), p99: pct(xs, 99) };
  };
  const queries = {
    "我的积分": await ask("我的积分"),
    "排行榜 (week)": await ask("排行榜"),
    "排行榜 年度": await ask("排行榜 年度"),
    "排行榜 总榜": await ask("排行榜 总榜"),
  };
  const community = (await app.deps.store.read((r) => r.communities.list()))[0]!;
  const honourMs: number[] = [];
  for (let i = 0; i < 5; i++) honourMs.push(await ms(() => buildHonourList(app.deps, community, weekBefore(NOW, community.timezone))));
  const honour = pct(honourMs, 50);
  await app.close();
  await raw.close();
  await drop();
  return { kind, seedS, insertRowsPerS, floor, one, three, queries, honour };
}

const results: Awaited<ReturnType<typeof measure>>[] = [];
for (const kind of ["SQLite", "PostgreSQL"] as const) {
  process.stderr.write(`${kind}: seeding ${RESIDENTS} residents and ${REPORTS} reports…\n`);
  results.push(await measure(kind));
}
const f = (n: number, d = 1) => n.toFixed(d);
const lines = [
  `bench:scale — one community: ${RESIDENTS} residents, ${REPORTS} approved reports in a year; ${APPROVALS} approvals per run`,
  `| figure | ${results.map((r) => r.kind).join(" | ")} |`,
  `|---|${results.map(() => "---").join("|")}|`,
  `| seed (bulk SQL), s | ${results.map((r) => f(r.seedS)).join(" | ")} |`,
  `| floor: raw bulk insert, rows/s | ${results.map((r) => f(r.insertRowsPerS, 0)).join(" | ")} |`,
  `| floor: raw 1-row insert transaction, ms | ${results.map((r) => f(r.floor.insertMs, 3)).join(" | ")} |`,
  `| floor: raw PK select, ms | ${results.map((r) => f(r.floor.selectMs, 3)).join(" | ")} |`,
  `| approvals/s, 1 process (× floor ms) | ${results.map((r) => `${f(r.one)} (${f(1000 / r.one / r.floor.insertMs, 0)}×)`).join(" | ")} |`,
  `| approvals/s, 3 processes, wall incl. start-up (× floor) | ${results.map((r) => `${f(r.three)} (${f(1000 / r.three / r.floor.insertMs, 0)}×)`).join(" | ")} |`,
  ...Object.keys(results[0]!.queries).map((q) =>
    `| ${q} p50 / p99 ms (p50 × select floor) | ${results.map((r) => { const x = r.queries[q as keyof typeof r.queries]; return `${f(x.p50)} / ${f(x.p99)} (${f(x.p50 / r.floor.selectMs, 0)}×)`; }).join(" | ")} |`),
  `| honour list, one community, ms (× select floor) | ${results.map((r) => `${f(r.honour)} (${f(r.honour / r.floor.selectMs, 0)}×)`).join(" | ")} |`,
  `| honour lists, 50 communities (= 50 × one), s | ${results.map((r) => f((50 * r.honour) / 1000)).join(" | ")} |`,
  `| honour lists, 500 communities (extrapolated, linear), s | ${results.map((r) => f((500 * r.honour) / 1000)).join(" | ")} |`,
];
process.stdout.write(lines.join("\n") + "\n");
