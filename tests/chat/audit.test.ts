// Every state change leaves an audit row that names the internal actor.
import { afterEach, beforeEach, expect, it } from "vitest";
import { testApp, type TestApp } from "../helpers/test-app.ts";
import { rawAll } from "../helpers/raw-sql.ts";

let app: TestApp;
beforeEach(async () => {
  app = await testApp();
});
afterEach(async () => {
  await app.dispose();
});

it("writes an audit row naming the actor for each state change", async () => {
  await app.chat([
    "张秀英: 早上撕了3张小广告",
    "王敏: 通过 1",
    "王敏: 撤销 1 重复",
    "刘建国: 今天去献了血",
    "王敏: 驳回 2 没看到",
    "陈志强: 巡逻了2小时",
    "陈志强: 撤回 3",
    ":群 一网格",
    "孙小梅: 今天去献了血",
    "王敏: 通过 4",
  ]);
  // Straight from the table, on SQLite or PostgreSQL alike.
  const rows = await rawAll(app, `SELECT a.action, r.name AS actor FROM "AuditEvent" a LEFT JOIN "Resident" r ON r.id = a."actorId" WHERE a.action != 'community.created' ORDER BY a.id`);
  expect(rows).toEqual([
    { action: "report.submitted", actor: "张秀英" },
    { action: "report.approved", actor: "王敏" },
    { action: "report.revoked", actor: "王敏" },
    { action: "report.submitted", actor: "刘建国" },
    { action: "report.rejected", actor: "王敏" },
    { action: "report.submitted", actor: "陈志强" },
    { action: "report.withdrawn", actor: "陈志强" },
    // A newcomer has no resident record yet when they report: the row names no actor, but
    // its data carries their chat identity.
    { action: "report.submitted", actor: null },
    { action: "resident.created", actor: "王敏" },
    { action: "identity.linked", actor: "王敏" },
    { action: "report.approved", actor: "王敏" },
  ]);
});
