// Issue 10, money rules: `通过` with a number of points, and a reviewer's correction of the
// deed, can never take a balance below zero by themselves (only a revoke after spending leaves
// a debt, see revoke-debt.test.ts). Tried in the chat and at the use case, with every number a
// reviewer could type or a bad catalog row could give.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { approveReport } from "../../src/app/approve-report.ts";
import { ledgerSum, testApp, type TestApp } from "../helpers/test-app.ts";
import { rawAll, rawRun } from "../helpers/raw-sql.ts";
import { pointsOf, user } from "../helpers/rewards.ts";

let app: TestApp;
beforeEach(async () => {
  app = await testApp();
});
afterEach(async () => {
  await app.dispose();
});

/** Every ledger line of a resident: none may be zero or negative after approvals alone. */
const lines = (name: string) => rawAll<{ points: number; kind: string }>(app,
  `SELECT l.points, l.kind FROM "LedgerEntry" l JOIN "Resident" r ON r.id = l."residentId" WHERE r.name = ? ORDER BY l.id`, [name]);

describe("approvals never make a balance negative", () => {
  it("in the chat: 通过 with zero, negative, huge or odd numbers, and corrections, credit nothing below zero", async () => {
    await app.chat(["张秀英: 早上撕了3张小广告"]);
    const said = await app.chat([
      "王敏: 通过 1 -5", "王敏: 通过 1 0", "王敏: /approve 1 -500", "王敏: 通过 1 －8", "王敏: 通过 1 巡逻 -3",
      "王敏: 通过 1 301", "王敏: 通过 1 99999999999", "王敏: 通过 1 2.5",
    ]);
    // Each was answered (refused), none credited.
    expect(said.match(/分数要在 1 到 300 之间/g)?.length).toBe(3);
    expect(said).not.toContain("已通过");
    expect(await lines("张秀英")).toEqual([]);
    // A correction with no usable quantity counts one unit: a credit, never a debit.
    expect(await app.chat(["王敏: 通过 1 巡逻 0"])).toContain("✅ #1 已通过:张秀英 +2 分");
    expect(await ledgerSum(app, "张秀英")).toBeGreaterThanOrEqual(0);
    expect((await lines("张秀英")).filter((l) => l.points <= 0)).toEqual([]);
    expect((await pointsOf(app, "张秀英")).spendable).toBeGreaterThanOrEqual(0);
  });

  it("at the use case: negative or zero points, a correction to a quantity below one, or a category gone negative are refused", async () => {
    await app.chat(["张秀英: 早上撕了3张小广告"]);
    const worker = await user(app, "王敏");
    const tries = [
      { points: -5 }, { points: 0 }, { points: -0.5 }, { points: Number.NEGATIVE_INFINITY },
      { category: { word: "巡逻", quantity: -3 } }, { category: { word: "巡逻", quantity: 0 }, points: -1 },
    ];
    for (const t of tries) {
      const res = await approveReport(app.deps, { communityId: 1, number: 1, actor: worker, ...t });
      if (res.ok) expect(res.points).toBeGreaterThan(0);
      if (res.ok) break; // the report is decided; the rest have nothing to approve
    }
    expect((await lines("张秀英")).filter((l) => l.points <= 0)).toEqual([]);

    // A catalog row edited by hand to negative points: a correction to it is refused, not debited.
    await app.chat(["张秀英: 下午巡逻了2小时"]);
    await rawRun(app, `UPDATE "CatalogItem" SET points = -4 WHERE code = 'patrol'`);
    const corrected = await approveReport(app.deps, { communityId: 1, number: 2, actor: worker, category: { word: "巡逻", quantity: 5 } });
    expect(corrected.ok).toBe(false);
    expect((await lines("张秀英")).filter((l) => l.points <= 0)).toEqual([]);
    expect(await ledgerSum(app, "张秀英")).toBeGreaterThanOrEqual(0);
  });
});
