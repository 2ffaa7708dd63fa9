// A revoke after the points were spent leaves a debt: shown to the resident and the staff,
// paid from future points, and it blocks spending; tickets pledged to a draw that has not run
// are withdrawn with the revoke.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDraw } from "../../src/app/create-draw.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";
import { pointsOf, residentId, ticketsOf, user } from "../helpers/rewards.ts";

let app: TestApp;
beforeEach(async () => {
  app = await testApp();
});
afterEach(async () => {
  await app.dispose();
});

const pledgedIn = async (drawId: number, name: string) => {
  const id = await residentId(app, name);
  return (await app.deps.store.read((r) => r.draws.pledges(drawId))).find((p) => p.residentId === id)?.tickets ?? 0;
};

describe("a revoke after spending", () => {
  it("withdraws tickets pledged to a draw not yet run, shows the debt, and blocks spending until paid", async () => {
    const draw = await createDraw(app.deps, {
      communityId: 1, by: await user(app, "周华"),
      spec: { title: "元旦抽奖", closesAt: new Date("2026-12-31T12:00:00Z"), prizes: [{ name: "大米", quantity: 1 }], mode: "choose" },
    });
    expect(draw.ok).toBe(true);
    // 张秀英: 6 points → 3 tickets, all pledged; 5 points spent at the shop
    await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1", "周华: 上架 香皂 5 10", "张秀英: 投奖票 1 3", "王敏: 兑换 @张秀英 香皂"]);
    expect(await pledgedIn(1, "张秀英")).toBe(3);
    expect((await pointsOf(app, "张秀英")).spendable).toBe(1);

    const notice = await app.chat(["王敏: 撤销 1 撕的是自家门上的"]);
    expect(await pledgedIn(1, "张秀英")).toBe(0); // out of the draw
    expect(await ticketsOf(app, "张秀英")).toBe(0); // the pledged tickets paid the ticket debt
    expect((await pointsOf(app, "张秀英")).spendable).toBe(-5);
    expect(notice).toContain("欠 5 分");
    expect(notice).toContain("已退出抽奖");

    const me = await app.chat(["张秀英: 我的积分"]);
    expect(me).toContain("可用 0 分");
    expect(me).toContain("欠 5 分");
    // spending is blocked while in debt
    expect(await app.chat(["王敏: 兑换 @张秀英 香皂"])).toMatch(/不够|欠/);
    // future points pay it first: 10 points → 5 owed + 5 spendable
    await app.chat(["张秀英: 今天去献了血", "王敏: 通过 2"]);
    expect((await pointsOf(app, "张秀英")).spendable).toBe(5);
    expect(await app.chat(["张秀英: 我的积分"])).not.toContain("欠");
  });
});
