// Exactly once per doer: a report naming three people, approved many times at once (in one
// process, and from three processes on one database), credits each of them once.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { approveReport } from "../../src/app/approve-report.ts";
import { rawAll } from "../helpers/raw-sql.ts";
import { user } from "../helpers/rewards.ts";
import { ledgerSum, testApp, type TestApp } from "../helpers/test-app.ts";

const CHILD = fileURLToPath(new URL("../helpers/approve-child.ts", import.meta.url));
const DOERS = ["张秀英", "刘建国", "王桂兰"];

let app: TestApp;
beforeEach(async () => {
  app = await testApp();
  await app.chat(["张秀英: 我和刘建国、王桂兰一起在小区捡了垃圾"]);
});
afterEach(async () => {
  await app.dispose();
});

const rowsOfReport = async () =>
  (await rawAll<{ n: number | string }>(app, `SELECT COUNT(*) AS n FROM "LedgerEntry" WHERE "reportId" = 1 AND kind = 'deed'`))[0]?.n;

describe("exactly-once credit per doer", () => {
  it("50 concurrent approvals of a report of three people credit each once", async () => {
    const [worker, admin] = [await user(app, "王敏"), await user(app, "周华")];
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => approveReport(app.deps, { communityId: 1, number: 1, actor: i % 2 ? worker : admin })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "REPORT.ALREADY_APPROVED")).toHaveLength(49);
    for (const name of DOERS) expect(await ledgerSum(app, name)).toBe(2);
    expect(Number(await rowsOfReport())).toBe(3);
  });

  it("three processes approving at once on one database credit each doer once", async () => {
    const child = () =>
      new Promise<string[]>((resolve, reject) => {
        execFile(process.execPath, ["--import", "tsx", CHILD, app.config.databaseUrl, "10", app.dir], (err, stdout) =>
          err ? reject(err) : resolve(JSON.parse(stdout) as string[]),
        );
      });
    const results = (await Promise.all([child(), child(), child()])).flat();
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "REPORT.ALREADY_APPROVED")).toHaveLength(29);
    for (const name of DOERS) expect(await ledgerSum(app, name)).toBe(2);
    expect(Number(await rowsOfReport())).toBe(3);
  });
});
