// `deedbank jobs list`, `jobs run weekly-honour [--period] [--dry-run]` and `honour`, through the real bin.
import { execFile } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rankingPeriod } from "../../src/domain/ranking-period.ts";
import { tempDir } from "../helpers/test-app.ts";

const BIN = fileURLToPath(new URL("../../bin/deedbank.js", import.meta.url));
const dir = tempDir();
const db = join(dir, "data", "demo.db");
/** The bin runs on the real clock: the deeds land in this week, which the tests name. */
const week = rankingPeriod("week", new Date(), "Asia/Shanghai").label;
/** Last week: over, so it can be posted (no deeds in it: one friendly line, no poster). */
const lastWeek = rankingPeriod("lastWeek", new Date(), "Asia/Shanghai").label;

function run(args: string[], input = "", env: Record<string, string> = {}) {
  return new Promise<{ stdout: string; stderr: string; code: number }>((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { env: { ...process.env, LOG_LEVEL: "silent", ...env } }, (err, stdout, stderr) =>
      resolve({ stdout, stderr, code: err ? Number((err as { code?: number }).code ?? 1) : 0 }),
    );
    child.stdin?.end(input);
  });
}

beforeAll(async () => {
  await run(["simulate", "--demo", "--db", db], "张秀英: 早上撕了3张小广告\n王敏: 通过 1\n李光喜: 今天去献了血\n赵磊: 通过 2\n");
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("deedbank jobs and honour", { timeout: 120_000 }, () => {
  it("lists the weekly honour job with its schedule and next run in Shanghai time", async () => {
    const { stdout, code } = await run(["jobs", "list", "--db", db]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^weekly-honour\n/);
    expect(stdout).toContain('schedule: "0 9 * * 1" in Asia/Shanghai');
    expect(stdout).toMatch(/next run: \d{4}-\d{2}-\d{2} Mon 09:00 Asia\/Shanghai \(\d{4}-\d{2}-\d{2}T01:00:00\.000Z\)/);
  });

  it("lists the daily review reminder at 18:00, its time from DEEDBANK_REMINDER_CRON (a bad one refused by name)", async () => {
    const { stdout } = await run(["jobs", "list", "--db", db]);
    expect(stdout).toMatch(/\n\npending-reminders\n {2}待审核提醒: [^\n]+\n {2}schedule: "0 18 \* \* \*" in Asia\/Shanghai\n {2}next run: \S+ \w{3} 18:00 Asia\/Shanghai/);
    const custom = await run(["jobs", "list", "--db", db], "", { DEEDBANK_REMINDER_CRON: "30 17 * * 1-5" });
    expect(custom.stdout).toMatch(/schedule: "30 17 \* \* 1-5"[^\n]*\n {2}next run: \S+ \w{3} 17:30/);
    const bad = await run(["jobs", "list", "--db", db], "", { DEEDBANK_REMINDER_CRON: "0 25 * * *" });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('DEEDBANK_REMINDER_CRON="0 25 * * *" is not valid');
    // Nothing has waited a day: a dry run says so and sends nothing.
    const dry = await run(["jobs", "run", "pending-reminders", "--dry-run", "--db", db]);
    expect(dry.stdout).toMatch(/^pending-reminders \d{4}-\d{2}-\d{2} \(dry run: nothing posted\)\nno report has waited more than 24 hours/);
  });

  it("takes the schedule from DEEDBANK_HONOUR_CRON, and refuses a bad one by name", async () => {
    const custom = await run(["jobs", "list", "--db", db], "", { DEEDBANK_HONOUR_CRON: "30 18 * * 0" });
    expect(custom.stdout).toMatch(/next run: \S+ Sun 18:30 Asia\/Shanghai/);
    const bad = await run(["jobs", "list", "--db", db], "", { DEEDBANK_HONOUR_CRON: "61 9 * * 1" });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('DEEDBANK_HONOUR_CRON="61 9 * * 1" is not valid');
  });

  it("dry run prints the posts and writes the posters, posting nothing; the unfinished week is not posted; a finished week posts once", async () => {
    const dry = await run(["jobs", "run", "weekly-honour", "--period", week, "--dry-run", "--db", db]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`weekly-honour ${week} (dry run: nothing posted)`);
    expect(dry.stdout).toMatch(/── 白石坡社区一网格群 \(console\) · would post\n🏅 白石坡社区光荣榜/);
    expect(dry.stdout).toContain("🥇 张秀英 6分");
    const poster = /🖼 {2}poster: (\S+)/.exec(dry.stdout)?.[1] ?? "";
    expect(poster.startsWith(join(dir, "data", "posters"))).toBe(true);
    expect(existsSync(poster)).toBe(true);

    // The current week is not over: posting it now would skip Monday's real post of it.
    const early = await run(["jobs", "run", "weekly-honour", "--period", week, "--db", db]);
    expect(early.code).toBe(1);
    expect(early.stderr).toContain(`${week} is not over yet`);
    expect(early.stderr).toContain("preview it with --dry-run");
    expect((await run(["jobs", "run", "weekly-honour", "--period", week, "--dry-run", "--db", db])).stdout).toContain("would post");

    const real = await run(["jobs", "run", "weekly-honour", "--period", lastWeek, "--db", db]);
    expect(real.stdout).toContain("2 of 2 groups queued");
    expect(real.stdout).toContain("🌱 白石坡社区上周还没有获认可的好事");
    expect(real.stdout).not.toContain("poster:");
    const again = await run(["jobs", "run", "weekly-honour", "--period", lastWeek, "--db", db]);
    expect(again.stdout).toContain("already posted, skipped");
    expect(again.stdout).toContain("0 of 2 groups queued");
  });

  it("posts a week once when two processes run the job at the same time", async () => {
    const args = ["jobs", "run", "weekly-honour", "--period", "2026-W40", "--db", db];
    const both = await Promise.all([run(args), run(args)]);
    const queued = both.map((r) => Number(/(\d+) of 2 groups queued/.exec(r.stdout)?.[1]));
    expect(both.map((r) => r.code)).toEqual([0, 0]);
    expect(queued.reduce((a, b) => a + b, 0)).toBe(2);
  });

  it("renders a week's list on demand to --out", async () => {
    const out = join(dir, "poster.png");
    const { stdout, code } = await run(["honour", "--period", week, "--grid", "二网格", "--out", out, "--db", db]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/【二网格】\n🥇 李光喜 10分/);
    expect(stdout).toContain(`🖼  poster: ${out}`);
    expect(readFileSync(out).subarray(1, 4).toString()).toBe("PNG");
  });

  it("prints the honour roll for the notice board as an A3 PDF: the community's page and each grid's", async () => {
    const pdf = join(dir, "honour.pdf");
    const { stdout, code } = await run(["honour", "--period", week, "--print", pdf, "--db", db]);
    expect(code).toBe(0);
    expect(stdout).toContain(`A3 PDF (3 pages): ${pdf}`);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(bytes.toString("latin1").match(/\/MediaBox \[0 0 842 1191\]/g)).toHaveLength(3);
  });

  it("says what is wrong with a bad week, grid or job", async () => {
    expect((await run(["honour", "--period", "W47", "--db", db])).stderr).toContain('"W47" is not a week: write it like 2026-W47');
    expect((await run(["honour", "--grid", "九网格", "--db", db])).stderr).toContain('no grid "九网格"; grids: 一网格, 二网格');
    const job = await run(["jobs", "run", "daily-nothing", "--db", db]);
    expect([job.code, job.stderr.trim()]).toEqual([1, 'no job "daily-nothing"; jobs: weekly-honour, pending-reminders, housekeeping, nightly-backup']);
  });
});
