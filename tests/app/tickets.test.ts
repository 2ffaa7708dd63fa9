// Reward tickets: issued at approval with odd points carried over, taken back with a revoke,
// and a shortfall shown when the tickets were already spent.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDraw } from "../../src/app/create-draw.ts";
import { runDraw } from "../../src/app/run-draw.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";
import { pointsOf, ticketsOf, user } from "../helpers/rewards.ts";
import { rawRun } from "../helpers/raw-sql.ts";

let app: TestApp;
beforeEach(async () => {
  app = await testApp();
});
afterEach(async () => {
  await app.dispose();
});

const threeReports = ["张秀英: 早上撕了3张小广告", "张秀英: 晚上巡逻了2小时", "张秀英: 今天去献了血"];

describe("reward tickets", () => {
  it("carry odd points over across several approvals (3 + 3 + 5 points → 5 tickets, 1 point waiting)", async () => {
    await app.chat(threeReports);
    await app.chat(["王敏: 通过 1 3"]);
    expect(await ticketsOf(app, "张秀英")).toBe(1);
    expect(await app.chat(["王敏: 通过 2 3"])).toContain("🎟 张秀英 +2 张奖票,现有 3 张");
    expect(await ticketsOf(app, "张秀英")).toBe(3);
    const out = await app.chat(["王敏: 通过 3 5", "张秀英: 我的积分"]);
    expect(await ticketsOf(app, "张秀英")).toBe(5);
    expect(out).toContain("张秀英:累计 11 分,本周 11 分,本周第 1 名(动态 11 + 固定 0),可用 11 分 · 🎟 奖票 5 张");
  });

  it("are taken back with a revoke: exactly what the revoked points had earned", async () => {
    await app.chat([...threeReports, "王敏: 通过 1 3", "王敏: 通过 2 3", "王敏: 通过 3 5"]);
    await app.chat(["王敏: 撤销 1 撕的是自家门上的"]);
    // 8 points left → 4 tickets.
    expect(await ticketsOf(app, "张秀英")).toBe(4);
    const rows = await app.deps.store.read(async (r) => r.tickets.earnedNet(1));
    expect(rows).toBe(4);
  });

  it("shows the shortfall when the tickets taken back were already spent in a draw", async () => {
    await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1 6"]);
    expect(await ticketsOf(app, "张秀英")).toBe(3);
    const draw = await createDraw(app.deps, {
      communityId: 1, by: await user(app, "周华"), spec: { title: "周末抽奖", closesAt: new Date("2026-11-25T03:00:00Z"), prizes: [{ name: "大米", quantity: 1 }] },
    });
    expect(draw.ok).toBe(true);
    app.setNow("2026-11-25T03:00:00Z");
    const drawn = await runDraw(app.deps, { communityId: 1, drawId: 1, by: await user(app, "周华") });
    expect(drawn.ok && drawn.winners.map((w) => w.name)).toEqual(["张秀英"]);
    expect(await ticketsOf(app, "张秀英")).toBe(0);
    const out = await app.chat(["王敏: 撤销 1 重复申报", "张秀英: 我的积分"]);
    expect(await ticketsOf(app, "张秀英")).toBe(-3);
    expect(out).toContain("⚠️ #1 已撤销(重复申报):张秀英 -6 分,现有 0 分\n     🎟 收回 张秀英 的奖票 3 张;已用掉了一部分,现欠 3 张");
    expect(out).toContain("奖票 0 张(撤销的申报收回了已用掉的奖票,欠 3 张,从以后的奖票里补)");
    // The next tickets pay the debt first.
    await app.chat(["张秀英: 晚上巡逻了2小时", "王敏: 通过 2 4"]);
    expect(await ticketsOf(app, "张秀英")).toBe(-1);
  });

  it("follow the community's ratio", async () => {
    await app.deps.store.write((r) => r.rewardSettings.set(1, { ticketRatio: 5 }));
    await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1 12"]);
    expect(await ticketsOf(app, "张秀英")).toBe(2);
  });

  it("are a separate balance: approving twice issues once, and tickets never touch points", async () => {
    await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1", "周华: 通过 1"]);
    expect(await ticketsOf(app, "张秀英")).toBe(3);
    expect(await pointsOf(app, "张秀英")).toEqual({ dynamic: 6, fixed: 0, spent: 0, spendable: 6 });
  });

  it("are append-only: the database refuses to change or delete a ticket row", async () => {
    await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1"]);
    // Repos expose no raw SQL: a second connection tries what a careless script might.
    await expect(rawRun(app, `UPDATE "TicketEntry" SET "tickets" = 100`)).rejects.toThrow(/append-only/);
    await expect(rawRun(app, `DELETE FROM "TicketEntry"`)).rejects.toThrow(/append-only/);
  });
});
