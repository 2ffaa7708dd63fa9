// npm run bench:scale [-- --residents 26120 --reports 18000 --approvals 150 --communities 50]
// Seeds `communities` communities of realistic size (each 26,120 residents and a year of
// ~18,000 approved reports with their ledger rows) by bulk SQL into SQLite and PostgreSQL, then
// measures on both, side by side: approvals per second through the full approve use case (1
// process; 3 processes in one community; 3 processes in 3 communities), 我的积分 and 排行榜
// (week, year, all time) p50/p99 through the chat router in community 1, and the weekly honour
// lists of every seeded community (extrapolated linearly to 500). Each figure is also
// given as a ratio to the floor of the same database in the same run: one raw single-row
// insert transaction (for writes), one raw primary-key select (for reads).
// PostgreSQL: DEEDBANK_TEST_POSTGRES_URL (the npm script defaults it to postgresql://postgres@127.0.0.1:5432/test).
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
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
// At least 4: communities 2, 3 and 4 take the three-community approval run.
const COMMUNITIES = Math.max(4, arg("communities", 50));
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
  for (let k = 2; k <= COMMUNITIES; k++) await seedOther(raw, k);
  return { insertRowsPerS };
}

/** Community k: the same size as community 1; 2–4 also get a reviewer (admin, identity reviewer-k) and pending reports 100 … 100 + APPROVALS. */
async function seedOther(raw: Raw, k: number): Promise<void> {
  await raw.bulk("Community", ["slug", "name", "reportSeq", "createdAt"], [[`c${k}`, `社区${k}`, 1000 + REPORTS, NOW]]);
  const c = Number(((await raw.one(`SELECT id FROM "Community" WHERE slug = 'c${k}'`)) as { id: number }[])[0]!.id);
  await raw.bulk("Grid", ["communityId", "name", "createdAt"], Array.from({ length: 8 }, (_, g) => [c, `${g + 1}网格`, NOW]));
  const grids = (await raw.one(`SELECT id FROM "Grid" WHERE "communityId" = ${c} ORDER BY id`)) as { id: number }[];
  const [maxRes] = (await raw.one(`SELECT MAX(id) AS m FROM "Resident"`)) as { m: number }[];
  const first = Number(maxRes!.m) + 1;
  await raw.bulk("Resident", ["communityId", "gridId", "name", "createdAt"],
    Array.from({ length: RESIDENTS }, (_, i) => [c, grids[i % grids.length]!.id, `居民${k}-${i}`, NOW]));
  const yearStart = NOW.getTime() - 365 * 86_400_000;
  const deeds = JSON.stringify([{ category: "flyer_removal", quantity: 1, points: 2 }]);
  const [sender] = (await raw.one(`SELECT id FROM "ChatIdentity" ORDER BY id LIMIT 1`)) as { id: number }[];
  const reports: unknown[][] = [];
  for (let i = 0; i < REPORTS; i++) {
    const at = new Date(yearStart + Math.floor((i / REPORTS) * 365 * 86_400_000));
    const doer = first + ((i * 7919) % Math.min(RESIDENTS, 4000));
    reports.push([c, 1000 + i, grids[i % grids.length]!.id, "console", `group:c${k}`, `b${i}`, sender!.id, doer, "撕了小广告", deeds, 2, doer, "approved", 2, at, at, at]);
  }
  await raw.bulk("DeedReport", ["communityId", "number", "gridId", "platform", "externalChatId", "externalMessageId", "senderIdentityId",
    "senderResidentId", "rawText", "deeds", "suggestedPoints", "doerResidentId", "status", "awardedPoints", "createdAt", "decidedAt", "updatedAt"], reports);
  const ids = (await raw.one(`SELECT id, "doerResidentId" AS doer, "createdAt" AS at FROM "DeedReport" WHERE "communityId" = ${c}`)) as { id: number; doer: number; at: string | Date }[];
  await raw.bulk("LedgerEntry", ["communityId", "residentId", "points", "kind", "reportId", "idempotencyKey", "createdAt"],
    ids.map((r) => [c, r.doer, 2, "deed", r.id, `deed:${r.id}`, new Date(r.at)]));
  if (k > 4) return;
  await raw.bulk("Resident", ["communityId", "gridId", "name", "createdAt"], [[c, grids[0]!.id, `审核员${k}`, NOW]]);
  const reviewer = Number(((await raw.one(`SELECT MAX(id) AS id FROM "Resident"`)) as { id: number }[])[0]!.id);
  await raw.bulk("Role", ["residentId", "communityId", "role", "createdAt"], [[reviewer, c, "admin", NOW]]);
  await raw.bulk("ChatIdentity", ["platform", "externalUserId", "displayName", "residentId", "verified", "createdAt"], [["console", `reviewer-${k}`, `审核员${k}`, reviewer, true, NOW]]);
  await raw.bulk("DeedReport", ["communityId", "number", "gridId", "platform", "externalChatId", "externalMessageId", "senderIdentityId",
    "senderResidentId", "rawText", "deeds", "suggestedPoints", "doerResidentId", "status", "createdAt", "updatedAt"],
    Array.from({ length: APPROVALS }, (_, i) => [c, 100 + i, grids[0]!.id, "console", `group:c${k}`, `p${i}`, sender!.id, first + i, "撕了小广告", deeds, 2, first + i, "pending", NOW, NOW]));
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
  // What a bot process starting on this bulk-loaded database now does (postgres.ts,
  // analyzeUnknownTables; `db copy` too): PostgreSQL statistics for the new rows. The app never
  // runs ANALYZE on SQLite, so neither does the benchmark.
  if (kind === "PostgreSQL") await raw.one("ANALYZE");
  const floor = await floors(raw, insertOne);

  // Approvals, one process.
  const actor = await resolveActor(app.deps, { platform: "console", userId: "王敏", displayName: "王敏" });
  const t1 = performance.now();
  for (let n = 100; n < 100 + APPROVALS; n++) {
    const r = await approveReport(app.deps, { communityId: 1, number: n, actor });
    if (!r.ok) throw new Error(`approve ${n}: ${r.code}`);
  }
  const one = APPROVALS / ((performance.now() - t1) / 1000);
  // Approvals, three processes, each its own range. Two clocks: wall time from the spawn
  // (three tsx start-ups included, as before), and the approving window alone: the children
  // say "ready" once started, and all three are told to go at once.
  const three = async (jobs: [number, string, number, number][]) => {
    const started = performance.now();
    let go = 0;
    const kids = jobs.map(([community, user, from, to]) => {
      const kid = spawn(process.execPath, ["--import", "tsx", CHILD, url, String(community), user, String(from), String(to)],
        { env: { ...process.env, DEEDBANK_DATA_DIR: dir }, stdio: ["pipe", "pipe", "inherit"] });
      let out = "";
      const ready = new Promise<void>((resolve) => kid.stdout.on("data", (c: Buffer) => ((out += c.toString()), out.includes("ready") && resolve())));
      const approved = new Promise<number>((resolve, reject) => kid.on("exit", (code) =>
        code === 0 ? resolve(Number(/approved (\d+)/.exec(out)?.[1])) : reject(new Error(`scale child exited ${code}`))));
      return { kid, ready, approved, end: approved.then(() => performance.now()) };
    });
    await Promise.all(kids.map((k) => k.ready));
    go = performance.now();
    for (const k of kids) k.kid.stdin.end("go\n");
    const done = await Promise.all(kids.map((k) => k.approved));
    const last = Math.max(...(await Promise.all(kids.map((k) => k.end))));
    const total = done.reduce((a, b) => a + b, 0);
    if (done.some((n) => n !== APPROVALS)) throw new Error(`three processes: ${done.join(", ")} approved`);
    return { wall: total / ((last - started) / 1000), window: total / ((last - go) / 1000) };
  };
  const from = 100 + APPROVALS;
  const threeOne = await three([0, 1, 2].map((k) => [1, "王敏", from + k * APPROVALS, from + (k + 1) * APPROVALS - 1]));
  // Three processes, one per community (2, 3, 4): on PostgreSQL they need not wait for each other.
  const threeApart = await three([2, 3, 4].map((k) => [k, `reviewer-${k}`, 100, 100 + APPROVALS - 1]));

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
  const communities = await app.deps.store.read((r) => r.communities.list());
  const honourMs: number[] = [];
  for (let i = 0; i < 5; i++) honourMs.push(await ms(() => buildHonourList(app.deps, communities[0]!, weekBefore(NOW, communities[0]!.timezone))));
  const honour = pct(honourMs, 50);
  // Every community's list, one after another, as the Monday job builds them.
  const honourAll = await ms(async () => {
    for (const c of communities) await buildHonourList(app.deps, c, weekBefore(NOW, c.timezone));
  });
  await app.close();
  await raw.close();
  await drop();
  return { kind, seedS, insertRowsPerS, floor, one, threeOne, threeApart, queries, honour, honourAll, communities: communities.length };
}

const results: Awaited<ReturnType<typeof measure>>[] = [];
// `--first postgresql` measures PostgreSQL first (its figures are printed as soon as they are in).
const order = process.argv.includes("postgresql") ? (["PostgreSQL", "SQLite"] as const) : (["SQLite", "PostgreSQL"] as const);
for (const kind of order) {
  process.stderr.write(`${kind}: seeding ${COMMUNITIES} communities of ${RESIDENTS} residents and ${REPORTS} reports…\n`);
  results.push(await measure(kind));
  process.stderr.write(`${JSON.stringify(results.at(-1))}\n`);
}
const f = (n: number, d = 1) => n.toFixed(d);
results.sort((a, b) => a.kind.localeCompare(b.kind) * -1);
const lines = [
  `bench:scale — ${COMMUNITIES} communities, each ${RESIDENTS} residents and ${REPORTS} approved reports in a year; ${APPROVALS} approvals per process`,
  `| figure | ${results.map((r) => r.kind).join(" | ")} |`,
  `|---|${results.map(() => "---").join("|")}|`,
  `| seed (bulk SQL), s | ${results.map((r) => f(r.seedS)).join(" | ")} |`,
  `| floor: raw bulk insert, rows/s | ${results.map((r) => f(r.insertRowsPerS, 0)).join(" | ")} |`,
  `| floor: raw 1-row insert transaction, ms | ${results.map((r) => f(r.floor.insertMs, 3)).join(" | ")} |`,
  `| floor: raw PK select, ms | ${results.map((r) => f(r.floor.selectMs, 3)).join(" | ")} |`,
  `| approvals/s, 1 process (× floor ms) | ${results.map((r) => `${f(r.one)} (${f(1000 / r.one / r.floor.insertMs, 0)}×)`).join(" | ")} |`,
  ...([["1 community", "threeOne"], ["3 communities", "threeApart"]] as const).flatMap(([what, key]) => [
    `| approvals/s, 3 processes, ${what}, wall incl. start-up (× floor) | ${results.map((r) => `${f(r[key].wall)} (${f(1000 / r[key].wall / r.floor.insertMs, 0)}×)`).join(" | ")} |`,
    `| approvals/s, 3 processes, ${what}, approving only (× floor) | ${results.map((r) => `${f(r[key].window)} (${f(1000 / r[key].window / r.floor.insertMs, 0)}×)`).join(" | ")} |`,
  ]),
  ...Object.keys(results[0]!.queries).map((q) =>
    `| ${q} p50 / p99 ms (p50 × select floor) | ${results.map((r) => { const x = r.queries[q as keyof typeof r.queries]; return `${f(x.p50)} / ${f(x.p99)} (${f(x.p50 / r.floor.selectMs, 0)}×)`; }).join(" | ")} |`),
  `| honour list, one community, ms (× select floor) | ${results.map((r) => `${f(r.honour)} (${f(r.honour / r.floor.selectMs, 0)}×)`).join(" | ")} |`,
  `| honour lists, all ${COMMUNITIES} communities (measured), s | ${results.map((r) => f(r.honourAll / 1000)).join(" | ")} |`,
  `| honour lists, 500 communities (extrapolated: × 500/${COMMUNITIES}), s | ${results.map((r) => f((r.honourAll / 1000) * (500 / r.communities))).join(" | ")} |`,
];
process.stdout.write(lines.join("\n") + "\n");
