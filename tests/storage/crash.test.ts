// SIGKILL in the middle of approving: every acknowledged credit survives, none is doubled,
// and no credit exists without its approved report (each approval is one transaction).
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, expect, it } from "vitest";
import { resolveActor } from "../../src/app/actor.ts";
import { submitReport } from "../../src/app/submit-report.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";

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

it("loses and doubles nothing when killed with SIGKILL mid-way, and a rerun finishes the job", async () => {
  const file = join(app.dir, "test.db");
  const acknowledged = await new Promise<number[]>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, file, String(REPORTS)]);
    const seen: number[] = [];
    child.stdout.on("data", (chunk: Buffer) => {
      for (const m of chunk.toString().matchAll(/approved (\d+)/g)) seen.push(Number(m[1]));
      if (seen.length >= 20 && !child.killed) child.kill("SIGKILL");
    });
    child.on("exit", () => resolve(seen));
  });
  expect(acknowledged.length).toBeGreaterThanOrEqual(20);
  expect(acknowledged.length).toBeLessThan(REPORTS);

  const check = () => {
    const raw = new Database(file, { readonly: true });
    const approved = raw.prepare(`SELECT id, number FROM "DeedReport" WHERE status = 'approved'`).all() as { id: number; number: number }[];
    const credits = raw.prepare(`SELECT reportId, COUNT(*) AS n, SUM(points) AS p FROM "LedgerEntry" GROUP BY reportId`).all() as { reportId: number; n: number; p: number }[];
    raw.close();
    return { approved, credits };
  };
  const after = check();
  for (const n of acknowledged) expect(after.approved.map((r) => r.number)).toContain(n);
  expect(after.credits.map((c) => c.reportId).sort((a, b) => a - b)).toEqual(after.approved.map((r) => r.id).sort((a, b) => a - b));
  expect(after.credits.every((c) => c.n === 1 && c.p === 2)).toBe(true);

  // Restarting and approving everything again credits each report exactly once.
  await new Promise((resolve) => spawn(process.execPath, ["--import", "tsx", CHILD, file, String(REPORTS)]).on("exit", resolve));
  const done = check();
  expect(done.approved).toHaveLength(REPORTS);
  expect(done.credits).toHaveLength(REPORTS);
  expect(done.credits.every((c) => c.n === 1 && c.p === 2)).toBe(true);
}, 120_000);
