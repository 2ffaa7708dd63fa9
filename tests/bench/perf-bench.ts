// DeedBank at city scale: every figure of issue 14's table, each with a floor measured in the
// same run on the same machine, and their ratio. Speed is measured here, never in tests.
//   npm run bench [-- --communities 50] [--years 3] [--json]
// Seeds its own data (one community of realistic size per --communities) into a temp folder.
import Database from "better-sqlite3";
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pino from "pino";
import { resolveActor } from "../../src/app/actor.ts";
import { approveReport } from "../../src/app/approve-report.ts";
import type { IncomingMessage } from "../../src/chat/message.ts";
import { loadConfig } from "../../src/config/load-config.ts";
import { createApp, type App } from "../../src/create-app.ts";
import { rankingPeriod } from "../../src/domain/ranking-period.ts";
import { weekOf } from "../../src/domain/period.ts";
import { renderHonourPoster } from "../../src/adapters/poster/render-honour-poster.ts";
import { createPosterPool } from "../../src/adapters/poster/poster-pool.ts";
import { weeklyHonourJob } from "../../src/scheduler/jobs/weekly-honour.ts";
import { PLATFORM, rng, seedCommunity, SIZE, type SeededCommunity } from "./scale-seed.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin/deedbank.js");
const argv = process.argv.slice(2);
const opt = (name: string, fallback: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const COMMUNITIES = opt("communities", 1);
const YEARS = opt("years", 1);
const JSON_OUT = argv.includes("--json");
const SKIP = new Set((argv[argv.indexOf("--skip") + 1] ?? "").split(",").filter((s) => argv.includes("--skip") && s));
const say = (s: string) => process.stderr.write(`${s}\n`);

interface Row { what: string; value: string; floor: string; ratio: number | null; target: string; met: boolean | null; data: Record<string, number> }
const rows: Row[] = [];
const add = (r: Row) => {
  rows.push(r);
  say(`  ${r.what}: ${r.value} | ${r.floor} | ${r.ratio === null ? "—" : `${r.ratio.toFixed(1)}×`} | ${r.target}`);
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const ms = (x: number) => `${x.toFixed(x < 0.1 ? 3 : x < 10 ? 2 : 0)} ms`;

// ---- floors -------------------------------------------------------------------------------

/** Single-row autocommit inserts with better-sqlite3, in WAL mode with the app's pragmas. */
function rawInsertRate(dir: string, n = 4000): number {
  const db = new Database(join(dir, "floor.db"));
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.exec(`CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, a INTEGER NOT NULL, b TEXT NOT NULL, c TEXT NOT NULL)`);
  const ins = db.prepare(`INSERT INTO t (a, b, c) VALUES (?, ?, ?)`);
  for (let i = 0; i < 200; i++) ins.run(i, "warm", new Date().toISOString());
  const t0 = performance.now();
  for (let i = 0; i < n; i++) ins.run(i, `今天早上撕了${i}张小广告`, new Date().toISOString());
  const rate = n / ((performance.now() - t0) / 1000);
  db.close();
  return rate;
}

function timeSpawn(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", env: { ...process.env, LOG_LEVEL: "silent" } });
    if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
    times.push(performance.now() - t0);
  }
  return median(times);
}

// ---- child processes: peak memory ------------------------------------------------------

const procStatus = (pid: number, key: string): number => {
  try {
    const m = new RegExp(`${key}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
};

/** Runs `deedbank args` with `input` on stdin; wall time and peak RSS (VmHWM polled). */
function runCli(args: string[], input: string, opts: { holdMs?: number } = {}): Promise<{ ms: number; peakMb: number; rssMb: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: "silent" }, stdio: ["pipe", "pipe", "inherit"] });
    let peak = 0;
    let rss = 0;
    let stdout = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    const poll = setInterval(() => {
      peak = Math.max(peak, procStatus(child.pid ?? 0, "VmHWM"));
    }, 50);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(poll);
      if (code !== 0) reject(new Error(`deedbank ${args.join(" ")} exited ${code}`));
      else resolve({ ms: performance.now() - t0, peakMb: peak, rssMb: rss, stdout });
    });
    child.stdin.write(input);
    if (opts.holdMs) {
      // A running bot: keep stdin open, let it settle, then read its resident memory.
      setTimeout(() => {
        rss = procStatus(child.pid ?? 0, "VmRSS");
        peak = Math.max(peak, procStatus(child.pid ?? 0, "VmHWM"));
        child.stdin.end();
      }, opts.holdMs);
    } else child.stdin.end();
  });
}

// ---- in-process measurements -----------------------------------------------------------

let statements = 0;
const counted = async <T>(fn: () => Promise<T>): Promise<{ value: T; statements: number; ms: number }> => {
  const before = statements;
  const t0 = performance.now();
  const value = await fn();
  return { value, statements: statements - before, ms: performance.now() - t0 };
};

let msgSeq = 0;
const message = (chatId: string, user: { userId: string; name: string }, text: string): IncomingMessage => ({
  platform: PLATFORM, chatId, messageId: `bench-${Date.now()}-${msgSeq++}`, sender: { id: user.userId, name: user.name }, text,
});

const DEEDS = [
  (n: number) => `今天早上撕了${n}张小广告`, (n: number) => `下午在小区巡逻了${n}个小时`, (n: number) => `在公交上给老人让座${n}次`,
  (n: number) => `帮独居老人打扫卫生${n}次`, (n: number) => `参加社区志愿服务${n}小时`, (n: number) => `清理楼道垃圾${n}次`,
];

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "deedbank-bench-"));
  const file = join(dir, "city.db");
  say(`DeedBank scale benchmark: ${COMMUNITIES} communit${COMMUNITIES === 1 ? "y" : "ies"} of ${SIZE.residents} residents, ${SIZE.households} households, ${SIZE.reportsPerYear * YEARS} reports (${YEARS} year${YEARS === 1 ? "" : "s"}) each; data in ${dir}`);
  try {
    const raw = rawInsertRate(dir);
    say(`floor: raw better-sqlite3 insert ${Math.round(raw)} rows/s`);

    // 1. start-up
    if (!SKIP.has("help")) {
      const node = timeSpawn(["-e", "1"], 5);
      const help = timeSpawn([BIN, "--help"], 5);
      add({ what: "`deedbank --help`", value: `${(help / 1000).toFixed(2)} s`, floor: `\`node -e 1\`: ${(node / 1000).toFixed(2)} s`, ratio: help / node, target: "≤ 5×", met: help / node <= 5, data: { helpMs: help, nodeMs: node } });
    }

    // Seed.
    const now = new Date();
    let app: App = await createApp(loadConfig({ LOG_LEVEL: "silent" }, { db: file }), { log: pino({ level: "silent" }) });
    const seeded: SeededCommunity[] = [];
    let t0 = performance.now();
    for (let c = 1; c <= COMMUNITIES; c++) seeded.push(await seedCommunity(app.deps, file, c, now, YEARS));
    await app.close();
    say(`seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s (${(statSync(file).size / 1e6).toFixed(0)} MB)`);
    app = await createApp(loadConfig({ LOG_LEVEL: "silent" }, { db: file }), { log: pino({ level: "silent" }), onQuery: () => statements++ });
    const random = rng(99);
    const pickOf = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

    // The cost of one statement through Prisma (a primary-key read) against the same read in
    // raw better-sqlite3: what every statement left on Prisma pays at least. The hot paths run
    // plain SQL on the same connection instead (storage/repos/sql.ts): measured the same way.
    let prismaStatementMs = 0;
    {
      const pk = new Database(file, { readonly: true });
      const q = pk.prepare(`SELECT id, slug, name, locale, timezone FROM "Community" WHERE id = ?`);
      const lat: number[] = [];
      const plainLat: number[] = [];
      const rawLat: number[] = [];
      const id = seeded[0]?.id ?? 1;
      for (let i = 0; i < 300; i++) {
        let t = performance.now();
        await app.deps.store.read((r) => r.communities.byId(id));
        lat.push(performance.now() - t);
        t = performance.now();
        await app.deps.store.read((r) => r.caches.version());
        plainLat.push(performance.now() - t);
        t = performance.now();
        q.get(id);
        rawLat.push(performance.now() - t);
      }
      pk.close();
      prismaStatementMs = median(lat);
      add({ what: "one statement through Prisma (primary-key read)", value: ms(prismaStatementMs), floor: `raw better-sqlite3: ${ms(median(rawLat))}`, ratio: prismaStatementMs / median(rawLat), target: "— (the floor of every statement left on Prisma)", met: null, data: { ms: prismaStatementMs, rawMs: median(rawLat) } });
      add({ what: "one statement through the store's plain SQL (primary-key read)", value: ms(median(plainLat)), floor: `raw better-sqlite3: ${ms(median(rawLat))}`, ratio: median(plainLat) / median(rawLat), target: "— (the floor of the hot paths: statements × this)", met: null, data: { ms: median(plainLat), rawMs: median(rawLat) } });
    }

    // 2. ignored chatter
    {
      const c = seeded[0] as SeededCommunity;
      const grid = c.grids[0];
      const person = c.people[0];
      if (!grid || !person) throw new Error("seed");
      await app.handle(message(grid.groupChatId, person, "大家早上好")); // warm-up
      const counts: number[] = [];
      for (let i = 0; i < 5; i++) counts.push((await counted(() => app.handle(message(grid.groupChatId, person, "今天天气不错,大家出门记得带伞")))).statements);
      const n = median(counts);
      add({ what: "ignored chatter", value: `${n} statements`, floor: "0", ratio: null, target: "0–1 statements", met: n <= 1, data: { statements: n } });
    }

    // 3. reports through the router
    const submitted: { community: SeededCommunity; grid: SeededCommunity["grids"][number]; number: number }[] = [];
    // Counts on over the rounds, so that no round repeats another's senders and words (a
    // repeat is a duplicate or hits the daily limit: a cheaper path).
    let sent = 0;
    const submitRound = async (communities: SeededCommunity[], n: number) => {
      const lat: number[] = [];
      const stmts: number[] = [];
      const start = performance.now();
      for (let k = 0; k < n; k++) {
        const i = sent++;
        const c = pickOf(communities);
        const person = c.people[(i * 7 + 3) % c.people.length] as SeededCommunity["people"][number];
        const grid = c.grids[person.grid] as SeededCommunity["grids"][number];
        const deed = DEEDS[i % DEEDS.length] as (n: number) => string;
        const r = await counted(() => app.handle(message(grid.groupChatId, person, deed(2 + (i % 7)))));
        lat.push(r.ms);
        stmts.push(r.statements);
        const number = /#(\d+)/.exec(r.value[0]?.text ?? "")?.[1];
        if (number) submitted.push({ community: c, grid, number: Number(number) });
      }
      return { rate: n / ((performance.now() - start) / 1000), p50: median(lat), statements: median(stmts) };
    };
    // 1 community and N communities take turns, two rounds each. The first round is the
    // figure: it includes each chat's and community's first message since start-up (with N
    // communities, N×12 chats and N catalogs met for the first time: what made N communities
    // slower than one, issue 14). The second round, all warm, is printed beside it.
    const rounds = new Map<string, Awaited<ReturnType<typeof submitRound>>[]>();
    const labels: [string, SeededCommunity[]][] = [["1 community", seeded.slice(0, 1)]];
    if (COMMUNITIES > 1) labels.push([`${COMMUNITIES} communities`, seeded]);
    for (let round = 0; round < 2; round++) {
      for (const [label, communities] of labels) rounds.set(label, [...(rounds.get(label) ?? []), await submitRound(communities, 300)]);
    }
    let oneRatio = 0;
    for (const [label] of labels) {
      const all = rounds.get(label) ?? [];
      const [best = { rate: 0, p50: 0, statements: 0 }, warm] = all;
      const ratio = raw / best.rate;
      if (label === "1 community") oneRatio = ratio;
      add({
        what: `a report through the router, ${label}`,
        value: `${best.rate.toFixed(0)} msg/s (warm second round ${warm?.rate.toFixed(0) ?? "—"}), p50 ${ms(best.p50)}, ${best.statements} statements`,
        floor: `raw insert ${Math.round(raw)} rows/s`, ratio,
        target: label === "1 community" ? "≤ 60×" : "no worse than 1 community",
        met: label === "1 community" ? ratio <= 60 : ratio <= oneRatio * 1.1,
        data: { msgPerSec: best.rate, warmMsgPerSec: warm?.rate ?? 0, p50Ms: best.p50, statements: best.statements, rawRowsPerSec: raw },
      });
    }

    // 4. approveReport
    {
      const todo = submitted.slice(0, 300);
      const stmts: number[] = [];
      const start = performance.now();
      let ok = 0;
      for (const s of todo) {
        // The router resolves the actor once per message; the use case's own statements are counted.
        const actor = await resolveActor(app.deps, { platform: PLATFORM, userId: s.grid.worker.userId, displayName: s.grid.worker.name });
        const r = await counted(() => approveReport(app.deps, { communityId: s.community.id, number: s.number, actor }));
        if (r.value.ok) ok++;
        stmts.push(r.statements);
      }
      const rate = todo.length / ((performance.now() - start) / 1000);
      add({
        what: "`approveReport`", value: `${rate.toFixed(0)}/s, ${median(stmts)} statements (${ok}/${todo.length} approved)`, floor: `raw insert ${Math.round(raw)} rows/s`,
        ratio: raw / rate, target: "≤ 40×", met: raw / rate <= 40, data: { perSec: rate, statements: median(stmts) },
      });
    }

    // 5. 我的积分 and 排行榜, against the same aggregate in raw SQL
    const sql = new Database(file, { readonly: true });
    const c1 = seeded[0] as SeededCommunity;
    const community = await app.deps.store.read(async (r) => r.communities.byId(c1.id));
    if (!community) throw new Error("community");
    const heavy = c1.people.slice(0, 400).map((p) => {
      const row = sql.prepare(`SELECT residentId FROM "ChatIdentity" WHERE platform = ? AND externalUserId = ?`).get(PLATFORM, p.userId) as { residentId: number };
      return { ...p, residentId: row.residentId };
    });
    const timed = async (n: number, fn: (i: number) => Promise<unknown>) => {
      const lat: number[] = [];
      const st: number[] = [];
      for (let i = 0; i < n; i++) {
        const r = await counted(() => fn(i));
        lat.push(r.ms);
        st.push(r.statements);
      }
      return { ms: median(lat), statements: median(st) };
    };
    const rawTimed = (n: number, fn: (i: number) => unknown) => {
      const lat: number[] = [];
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        fn(i);
        lat.push(performance.now() - t);
      }
      return median(lat);
    };
    {
      const me = await timed(60, (i) => {
        const p = heavy[i % heavy.length] as (typeof heavy)[number];
        return app.handle(message(c1.grids[p.grid]?.groupChatId ?? "", p, "我的积分"));
      });
      const week = weekOf(new Date(), community.timezone);
      const qTotal = sql.prepare(`SELECT kind, SUM(points) s FROM "LedgerEntry" WHERE residentId = ? GROUP BY kind`);
      const qTickets = sql.prepare(`SELECT SUM(tickets) s FROM "TicketEntry" WHERE residentId = ?`);
      const qWeek = sql.prepare(`SELECT residentId, SUM(points) s FROM "LedgerEntry" WHERE communityId = ? AND kind IN ('deed','reversal') AND createdAt >= ? AND createdAt < ? GROUP BY residentId`);
      const rawMe = rawTimed(60, (i) => {
        const p = heavy[i % heavy.length] as (typeof heavy)[number];
        qTotal.all(p.residentId);
        qTickets.get(p.residentId);
        qWeek.all(c1.id, week.start.toISOString().replace("Z", "+00:00"), week.end.toISOString().replace("Z", "+00:00"));
      });
      add({ what: "`我的积分`", value: `${ms(me.ms)}, ${me.statements} statements`, floor: `the same aggregate in raw SQL: ${ms(rawMe)}`, ratio: me.ms / rawMe, target: "≤ 3×", met: me.ms / rawMe <= 3, data: { ms: me.ms, statements: me.statements, rawMs: rawMe } });
    }
    for (const [label, word, kind] of [["year", "排行榜 年度", "year"], ["all time", "排行榜 总榜", "all"]] as const) {
      const top = await timed(20, (i) => {
        const p = heavy[i % heavy.length] as (typeof heavy)[number];
        return app.handle(message(c1.grids[p.grid]?.groupChatId ?? "", p, word));
      });
      const range = rankingPeriod(kind, new Date(), community.timezone);
      const q = kind === "all"
        ? sql.prepare(`SELECT residentId, SUM(points) s FROM "LedgerEntry" WHERE communityId = ? AND kind <> 'exchange' GROUP BY residentId ORDER BY s DESC LIMIT 10`)
        : sql.prepare(`SELECT residentId, SUM(points) s FROM "LedgerEntry" WHERE communityId = ? AND kind IN ('deed','reversal') AND createdAt >= ? AND createdAt < ? GROUP BY residentId ORDER BY s DESC LIMIT 10`);
      const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
      const rawTop = rawTimed(20, () => (kind === "all" ? q.all(c1.id) : q.all(c1.id, iso(range.start), iso(range.end))));
      add({ what: `\`排行榜\` ${label} (${YEARS} year${YEARS === 1 ? "" : "s"} of history)`, value: `${ms(top.ms)}, ${top.statements} statements`, floor: `raw aggregate: ${ms(rawTop)}`, ratio: top.ms / rawTop, target: "flat as history grows", met: null, data: { ms: top.ms, statements: top.statements, rawMs: rawTop } });
    }
    sql.close();

    // 6. weekly honour job: the first community, or with --communities N the first N (at most
    // 10); the others of a city are the same work again.
    if (!SKIP.has("honour")) {
      const honourN = Math.min(COMMUNITIES, 10);
      const postersDir = join(dir, "posters");
      const onlyFirst = {
        ...app.deps,
        store: {
          ...app.deps.store,
          read: <T>(fn: (r: Parameters<Parameters<App["deps"]["store"]["read"]>[0]>[0]) => Promise<T>) =>
            app.deps.store.read((r) => fn({ ...r, communities: { ...r.communities, list: async () => (await r.communities.list()).slice(0, honourN) } })),
        },
      } as App["deps"];
      // The renderer the bot uses: posters drawn on worker threads, one per core. The first run
      // starts the workers and loads the canvas and fonts in them (once per job run, not per
      // community); the timed run is what each further community of the job costs.
      const pool = createPosterPool();
      const job = weeklyHonourJob({ deps: onlyFirst, renderPoster: pool, postersDir, cron: "0 9 * * 1", timezone: community.timezone });
      let t1 = performance.now();
      await job.run({ scheduledAt: new Date(), dryRun: true });
      const firstSeconds = (performance.now() - t1) / 1000;
      t0 = performance.now();
      const cpu0 = process.cpuUsage();
      const res = await job.run({ scheduledAt: new Date(), dryRun: true });
      const seconds = (performance.now() - t0) / 1000;
      // CPU of this process and its poster threads: what the run costs on an idle machine
      // (wall time on a shared machine also counts other processes' turns).
      const cpuUsed = process.cpuUsage(cpu0);
      const cpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;
      // The same run with posters not drawn: the honour list, its words and the queue (the floor under the posters).
      t1 = performance.now();
      await weeklyHonourJob({ deps: onlyFirst, renderPoster: async () => {}, postersDir, cron: "0 9 * * 1", timezone: community.timezone }).run({ scheduledAt: new Date(), dryRun: true });
      const listSeconds = (performance.now() - t1) / 1000;
      // The same community drawn in this thread alone (no workers), for comparison.
      t1 = performance.now();
      await weeklyHonourJob({ deps: onlyFirst, renderPoster: renderHonourPoster, postersDir, cron: "0 9 * * 1", timezone: community.timezone }).run({ scheduledAt: new Date(), dryRun: true });
      const serialSeconds = (performance.now() - t1) / 1000;
      const groups = res.posts.length;
      const files = [...new Set(res.posts.map((p) => p.photoPath).filter((p): p is string => Boolean(p)))];
      const sizes = files.map((f) => statSync(f).size);
      const first = files[0] ? readFileSync(files[0]) : Buffer.alloc(0);
      const isPng = first.subarray(1, 4).toString() === "PNG";
      const [w, h] = isPng ? [first.readUInt32BE(16), first.readUInt32BE(20)] : jpegSize(first);
      // The first run pays the workers' start-up once; every further community costs what the timed run did.
      const cityMinutes = (firstSeconds + (seconds / honourN) * (500 - honourN)) / 60;
      const cores = availableParallelism();
      // On an idle machine the posters' CPU spreads over the cores; the list is built on one.
      const idleMinutes = (500 * Math.max(cpuSeconds / cores, listSeconds) / honourN) / 60;
      add({
        what: `weekly honour job (${honourN} communit${honourN === 1 ? "y" : "ies"})`,
        value: `${(seconds / honourN).toFixed(2)} s per community, ${(seconds / Math.max(1, groups)).toFixed(2)} s per group on ${cores} worker threads (${groups} groups, ${files.length} posters drawn, ${seconds.toFixed(2)} s, ${cpuSeconds.toFixed(2)} s CPU; first run with start-up ${firstSeconds.toFixed(1)} s; one thread ${serialSeconds.toFixed(2)} s); posters ${w}×${h} px, ${(median(sizes) / 1024).toFixed(0)} kB`,
        floor: `no posters (list + words): ${(listSeconds / honourN).toFixed(2)} s per community`, ratio: seconds / Math.max(listSeconds, 1e-3),
        target: `500 communities in ≤ 10 min (projected ${cityMinutes.toFixed(1)} min wall; ${idleMinutes.toFixed(1)} min from CPU on ${cores} idle cores)`, met: cityMinutes <= 10,
        data: { communities: honourN, secondsPerCommunity: seconds / honourN, secondsPerGroup: seconds / Math.max(1, groups), groups, postersDrawn: files.length, cpuSeconds, listSeconds, firstSeconds, serialSeconds, posterWidth: w, posterHeight: h, posterKb: median(sizes) / 1024, projected500Minutes: cityMinutes, idle500Minutes: idleMinutes },
      });
    }
    await app.close();

    // 7. deedbank simulate: 1,000 reports by 1,000 neighbours, then 1,000 approvals
    if (!SKIP.has("simulate")) {
      const simDb = join(dir, "sim.db");
      const lines: string[] = [];
      for (let i = 0; i < 1000; i++) lines.push(`邻居${String(i).padStart(4, "0")}: ${(DEEDS[i % DEEDS.length] as (n: number) => string)(2 + (i % 7))}`);
      for (let i = 1; i <= 1000; i++) lines.push(`王敏: 通过 ${i}`);
      const sim = await runCli(["simulate", "--demo", "--db", simDb], `${lines.join("\n")}\n`);
      const approved = (sim.stdout.match(/✅ #/g) ?? []).length;
      const rate = 2000 / (sim.ms / 1000);
      add({
        what: "`deedbank simulate`: 1,000 reports by 1,000 neighbours, then 1,000 approvals", value: `${rate.toFixed(0)} msg/s, peak RSS ${sim.peakMb.toFixed(0)} MB (${approved} approved)`,
        floor: `raw insert ${Math.round(raw)} rows/s`, ratio: raw / rate, target: "≤ 100×, ≤ 150 MB", met: raw / rate <= 100 && sim.peakMb <= 150,
        data: { msgPerSec: rate, peakRssMb: sim.peakMb, approved },
      });

      // 8. a running bot: `deedbank start` (the console adapter) on that database, a few messages
      const botDb = join(dir, "bot.db");
      copyFileSync(simDb, botDb);
      const bot = await runCli(["start", "--db", botDb], "张秀英: 早上撕了3张小广告\n王敏 > 1: 通过\n张秀英: 我的积分\n刘建国: 排行榜\n刘建国: 今天天气不错\n", { holdMs: 6000 });
      add({ what: "running bot (`deedbank start`, console adapter)", value: `${bot.rssMb.toFixed(0)} MB RSS (peak ${bot.peakMb.toFixed(0)} MB)`, floor: "—", ratio: null, target: "≤ 150 MB", met: bot.rssMb <= 150, data: { rssMb: bot.rssMb, peakMb: bot.peakMb } });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  if (JSON_OUT) {
    process.stdout.write(`${JSON.stringify({ communities: COMMUNITIES, years: YEARS, node: process.version, at: new Date().toISOString(), rows }, null, 2)}\n`);
    return;
  }
  const table = [
    `| what | measured | floor in the same run | ratio | target | met |`,
    `|---|---|---|---|---|---|`,
    ...rows.map((r) => `| ${r.what} | ${r.value} | ${r.floor} | ${r.ratio === null ? "—" : `${r.ratio.toFixed(1)}×`} | ${r.target} | ${r.met === null ? "—" : r.met ? "yes" : "NO"} |`),
  ];
  process.stdout.write(`${table.join("\n")}\n`);
}

function jpegSize(b: Buffer): [number, number] {
  let i = 2;
  while (i < b.length) {
    const marker = b.readUInt16BE(i);
    const len = b.readUInt16BE(i + 2);
    if (marker >= 0xffc0 && marker <= 0xffc3) return [b.readUInt16BE(i + 7), b.readUInt16BE(i + 5)];
    i += 2 + len;
  }
  return [0, 0];
}

await main();
