// Closing an event many times at once, and confirming a 公示 notice while the scheduled job
// runs, credit each resident exactly once (issue 11).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeEvent } from "../../src/app/close-event.ts";
import { confirmNotice } from "../../src/app/confirm-notice.ts";
import { creditDueNotices } from "../../src/app/credit-due-notices.ts";
import { rawAll } from "../helpers/raw-sql.ts";
import { user } from "../helpers/rewards.ts";
import { ledgerSum, testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
beforeEach(async () => {
  app = await testApp();
});
afterEach(async () => {
  await app.dispose();
});

describe("exactly-once credit for events and 公示", () => {
  it("30 concurrent closes of one event credit each attendee once, with one set of tickets", async () => {
    await app.chat(["王敏: 活动 大扫除 志愿 2小时", "张秀英: 签到 E1", "刘建国: 签到 E1", "王敏: 活动 E1 加 陈志强"]);
    const [worker, admin] = [await user(app, "王敏"), await user(app, "周华")];
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => closeEvent(app.deps, { communityId: 1, number: 1, actor: i % 2 ? worker : admin })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "EVENT.ALREADY_CLOSED")).toHaveLength(29);
    for (const name of ["张秀英", "刘建国", "陈志强"]) expect(await ledgerSum(app, name)).toBe(4);
    const tickets = await rawAll<{ n: number | string }>(app, `SELECT COUNT(*) AS n FROM "TicketEntry" WHERE "idempotencyKey" LIKE 'tickets-event:%'`);
    expect(Number(tickets[0]?.n)).toBe(3);
  });

  it("confirms racing the scheduled job after the window land the award once", async () => {
    await app.chat(["张秀英: 一个伢掉进河里了 我跳下克把他捞上来了", "王敏: 通过 1"]);
    app.setNow(new Date(app.now.getTime() + 4 * 86_400_000));
    const admin = await user(app, "周华");
    const announce = () => [];
    const results = await Promise.all([
      ...Array.from({ length: 10 }, () => confirmNotice(app.deps, { communityId: 1, number: 1, actor: admin })),
      ...Array.from({ length: 10 }, () => creditDueNotices(app.deps, { now: app.now, announce })),
    ]);
    const confirms = results.slice(0, 10) as Awaited<ReturnType<typeof confirmNotice>>[];
    expect(confirms.filter((r) => r.ok)).toHaveLength(1);
    expect(confirms.filter((r) => !r.ok && (r.code === "NOTICE.ALREADY_CONFIRMED" || r.code === "NOTICE.CLOSED"))).toHaveLength(9);
    expect(await ledgerSum(app, "张秀英")).toBe(300);
    const rows = await rawAll<{ n: number | string }>(app, `SELECT COUNT(*) AS n FROM "LedgerEntry" WHERE "idempotencyKey" = 'deed:1'`);
    expect(Number(rows[0]?.n)).toBe(1);
  });
});
