// Approving the same report many times at once, or from two connections, credits once.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { approveReport } from "../../src/app/approve-report.ts";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { user } from "../helpers/rewards.ts";
import { ledgerSum, testApp, type TestApp } from "../helpers/test-app.ts";

const CHILD = fileURLToPath(new URL("../helpers/approve-child.ts", import.meta.url));

let app: TestApp;
beforeEach(async () => {
  app = await testApp();
  await app.chat(["张秀英: 早上撕了3张小广告"]);
});
afterEach(async () => {
  await app.dispose();
});


describe("exactly-once credit", () => {
  it("50 concurrent approvals of one report credit once", async () => {
    const [worker, admin] = [await user(app, "王敏"), await user(app, "周华")];
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => approveReport(app.deps, { communityId: 1, number: 1, actor: i % 2 ? worker : admin })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "REPORT.ALREADY_APPROVED")).toHaveLength(49);
    expect(await ledgerSum(app, "张秀英")).toBe(6);
  });

  it("three processes approving at once on one file credit once", async () => {
    const file = app.config.databaseUrl;
    const child = () =>
      new Promise<string[]>((resolve, reject) => {
        execFile(process.execPath, ["--import", "tsx", CHILD, file, "10"], (err, stdout) =>
          err ? reject(err) : resolve(JSON.parse(stdout) as string[]),
        );
      });
    const results = (await Promise.all([child(), child(), child()])).flat();
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "REPORT.ALREADY_APPROVED")).toHaveLength(29);
    expect(await ledgerSum(app, "张秀英")).toBe(6);
  });
});
