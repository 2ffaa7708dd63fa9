// Issue 11, proxy entries for residents without a phone: a grid worker enters a registered
// resident's deed (代报 @王桂兰 … · /reportfor @name …); another staff member approves it, or
// the entering worker up to 10 points when DEEDBANK_PROXY_SELF_APPROVE=1; the audit trail
// names who entered and who approved.
import { afterEach, describe, expect, it } from "vitest";
import { rawAll } from "../helpers/raw-sql.ts";
import { residentId } from "../helpers/rewards.ts";
import { ledgerSum, testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
afterEach(async () => {
  await app.dispose();
});

const appoint = async (name: string, grid: string) => {
  const id = await residentId(app, name);
  await app.deps.store.write(async (r) => r.roles.grant(id, 1, "grid_worker", (await r.grids.byName(1, grid))!.id));
};

describe("a grid worker enters a deed for a resident", () => {
  it("makes a card whose doer is 王桂兰, approved by another grid worker of the grid, and audits both", async () => {
    app = await testApp();
    await appoint("陈志强", "一网格");
    const out = await app.chat(["王敏: 代报 @王桂兰 帮独居的刘奶奶买菜", "王敏: 通过 1", "赵磊: 通过 1", "陈志强: 通过 1"]);
    // A grid worker of another grid may not approve it either.
    expect(out).toContain("这条要本网格的网格员来审核哦");
    expect(out).toContain("📝 #1 王桂兰 关爱孤寡老人,建议 5 分");
    expect(out).toContain("✍️ 王敏 代报,请另一位网格员或管理员审核");
    expect(out).toContain("#1 是您代报的,要请另一位网格员或管理员审核");
    expect(out).toContain("✅ #1 已通过:王桂兰 +5 分");
    expect(await ledgerSum(app, "王桂兰")).toBe(5);
    expect(await ledgerSum(app, "王敏")).toBe(0);
    const [wang, chen, gui] = await Promise.all(["王敏", "陈志强", "王桂兰"].map((n) => residentId(app, n)));
    const audit = await rawAll<{ action: string; actorId: number; data: string }>(app,
      `SELECT action, "actorId", data FROM "AuditEvent" WHERE "subjectType" = 'report' ORDER BY id`);
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["report.entered_for", wang], ["report.approved", chen]]);
    expect(JSON.parse(audit[0]!.data)).toMatchObject({ enteredById: wang, doerId: gui });
    expect(JSON.parse(audit[1]!.data)).toMatchObject({ enteredById: wang, doerId: gui });
  });

  it("is approved by an admin too; /reportfor works in English", async () => {
    app = await testApp();
    const out = await app.chat(["赵磊: /reportfor @李光喜 carried an old lady's shopping up to the 5th floor", "周华: /approve 1"]);
    expect(out).toContain("📝 #1 李光喜 ");
    expect(out).toContain("✅ #1 已通过:李光喜 +");
    expect(await ledgerSum(app, "李光喜")).toBeGreaterThan(0);
  });

  it("is refused to residents and for a name nobody is registered under", async () => {
    app = await testApp();
    const out = await app.chat(["张秀英: 代报 @王桂兰 帮独居的刘奶奶买菜", "王敏: 代报 @王大妈 帮邻居买菜", "Anna: /reportfor @王桂兰 bought groceries"]);
    expect(out.match(/这条要本网格的网格员来审核哦/g)).toHaveLength(1);
    expect(out).toContain("A grid worker of this grid needs to review this");
    expect(out).toContain("没有找到登记过的居民“王大妈”,请先“登记 王大妈”再代报");
    expect(out).not.toContain("📝");
  });

  it("with DEEDBANK_PROXY_SELF_APPROVE=1, lets the entering worker approve up to 10 points, no more", async () => {
    app = await testApp({ env: { DEEDBANK_PROXY_SELF_APPROVE: "1" } });
    const out = await app.chat([
      "王敏: 代报 @王桂兰 帮独居的刘奶奶买菜", "王敏: 通过 1",
      "王敏: 代报 @张秀英 帮独居的刘奶奶买菜", "王敏: 通过 2 20", "周华: 通过 2 20",
    ]);
    expect(out).toContain("✅ #1 已通过:王桂兰 +5 分");
    expect(out).toContain("自己代报的最多自己通过 10 分");
    expect(out).toContain("✅ #2 已通过:张秀英 +20 分");
    expect(await ledgerSum(app, "王桂兰")).toBe(5);
    expect(await ledgerSum(app, "张秀英")).toBe(20);
  });

  it("never lets the entering worker credit themself or their household, even with self-approval on", async () => {
    app = await testApp({ env: { DEEDBANK_PROXY_SELF_APPROVE: "1" } });
    await appoint("刘建国", "一网格"); // household 2栋301 with 王桂兰
    const out = await app.chat([
      "刘建国: 代报 @王桂兰 帮独居的刘奶奶买菜", "刘建国: 通过 1",
      "刘建国: 代报 @刘建国 帮独居的刘奶奶买菜", "刘建国: 通过 2",
      "王敏: 通过 1",
    ]);
    expect(out).toContain("给自己或自己家里人(王桂兰)记分,要请其他网格员或管理员来办哦");
    expect(out).toContain("自己的申报(或关于自己的)要请其他网格员审核哦");
    expect(out).toContain("✅ #1 已通过:王桂兰 +5 分");
    expect(await ledgerSum(app, "刘建国")).toBe(0);
    expect(await ledgerSum(app, "王桂兰")).toBe(5);
  });
});
