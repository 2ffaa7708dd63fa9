// SIGKILL in the middle of approving: every acknowledged credit survives, none is doubled,
// and no credit exists without its approved report (each approval is one transaction).
// On SQLite and, in the "postgresql" project, on PostgreSQL (the child's connection dies
// with it; the server rolls back its open transaction).
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, expect, it } from "vitest";
import { resolveActor } from "../../src/app/actor.ts";
import { submitReport } from "../../src/app/submit-report.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";
import { rawAll } from "../helpers/raw-sql.ts";
import { childEnv } from "../helpers/data-dir-env.ts";

const CHILD = fileURLToPath(new URL("../helpers/approve-all-child.ts", import.meta.url));
const REPORTS = 120;
let app: TestApp;

beforeEach(async () => {
  app = await testApp({ env: { DEEDBANK_DAILY_REPORT_LIMIT: "1000" } });
  const group = await app.deps.store.read(async (r) => r.groups.byExternal("console", "group:一网格"));
  for (let i = 1; i <= REPORTS; i++) {
    const res = await submitReport(app.deps, {
      group: group!, timezone: "Asia/Shanghai", messageId: `m${i}`, text: `撕了小广告 (${i})`,
      actor: await resolveActor(app.deps, { platform: "console", userId: "张秀英", displayName: "张秀英" }),
    });
    expect(res.ok && res.report?.deeds).toEqual([{ category: "flyer_removal", quantity: 1, points: 2 }]);
  }
  await app.close();
}, 120_000);
afterEach(async () => {
  await app.dispose().catch(() => undefined);
});

/** Runs the approving child; `onOutput` sees everything it printed so far. */
function runChild(file: string, readyAfter: number, onOutput: (out: string, child: ChildProcess) => void = () => undefined) {
  return new Promise<{ out: string; code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, file, String(REPORTS), String(readyAfter)], { env: childEnv(app.dir) });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      onOutput(out, child);
    });
    child.on("exit", (code, signal) => resolve({ out, code, signal }));
  });
}

const approvedIn = (out: string) => [...out.matchAll(/approved (\d+)/g)].map((m) => Number(m[1]));

it("loses and doubles nothing when killed with SIGKILL mid-way, and a rerun finishes the job", async () => {
  const file = app.config.databaseUrl;
  // The child says "ready" after 20 committed approvals, with 100 still to do: it is killed
  // right then, in the middle of its run.
  const killed = await runChild(file, 20, (out, child) => {
    if (out.includes("ready") && !child.killed) child.kill("SIGKILL");
  });
  expect(killed.signal).toBe("SIGKILL");
  expect(killed.out).toContain("ready");
  expect(killed.out).not.toContain("finished");
  const acknowledged = approvedIn(killed.out);
  expect(acknowledged.length).toBeGreaterThanOrEqual(20);

  const check = async () => {
    const approved = (await rawAll<{ id: number; number: number }>(app, `SELECT id, number FROM "DeedReport" WHERE status = 'approved'`))
      .map((r) => ({ id: Number(r.id), number: Number(r.number) }));
    const pending = (await rawAll<{ n: number }>(app, `SELECT COUNT(*) AS n FROM "DeedReport" WHERE status = 'pending'`))[0]?.n;
    const credits = (await rawAll<{ reportId: number; n: number; p: number }>(app, `SELECT "reportId", COUNT(*) AS n, SUM(points) AS p FROM "LedgerEntry" GROUP BY "reportId"`))
      .map((c) => ({ reportId: Number(c.reportId), n: Number(c.n), p: Number(c.p) }));
    return { approved, pending: Number(pending), credits };
  };
  const after = await check();
  // Killed mid-run: work was left undone.
  expect(after.pending).toBeGreaterThan(0);
  expect(after.approved.length + after.pending).toBe(REPORTS);
  for (const n of acknowledged) expect(after.approved.map((r) => r.number)).toContain(n);
  expect(after.credits.map((c) => c.reportId).sort((a, b) => a - b)).toEqual(after.approved.map((r) => r.id).sort((a, b) => a - b));
  expect(after.credits.every((c) => c.n === 1 && c.p === 2)).toBe(true);

  // Restarting and approving everything again credits each report exactly once.
  const rerun = await runChild(file, 0);
  expect(rerun.code).toBe(0);
  expect(rerun.out).toContain("finished");
  expect(approvedIn(rerun.out)).toHaveLength(after.pending);
  const done = await check();
  expect(done.approved).toHaveLength(REPORTS);
  expect(done.credits).toHaveLength(REPORTS);
  expect(done.credits.every((c) => c.n === 1 && c.p === 2)).toBe(true);
}, 120_000);
