// The running totals (ResidentTotals, kept by triggers) must always equal the sums of the
// ledgers they summarise: the ledgers stay the truth. And 我的积分's one-resident standing
// must agree with ranking the whole week.
import Database from "better-sqlite3";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { weekOf } from "../../src/domain/period.ts";
import { rank } from "../../src/domain/ranking.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
afterEach(() => app?.dispose());

interface Mismatch { residentId: number; column: string; totals: number | string | null; ledger: number | string | null }

/** Every column of every resident's totals row against the same sum over the ledger rows. */
function mismatches(file: string): Mismatch[] {
  const db = new Database(file, { readonly: true });
  try {
    const expected = db.prepare(`
      SELECT r.id AS residentId,
        COALESCE((SELECT SUM(points) FROM LedgerEntry WHERE residentId = r.id), 0) AS balance,
        COALESCE((SELECT SUM(points) FROM LedgerEntry WHERE residentId = r.id AND kind IN ('deed','reversal','adjustment')), 0) AS dynamic,
        COALESCE((SELECT SUM(points) FROM LedgerEntry WHERE residentId = r.id AND kind IN ('fixed','fixed_reversal')), 0) AS fixed,
        COALESCE((SELECT SUM(points) FROM LedgerEntry WHERE residentId = r.id AND kind = 'exchange'), 0) AS spent,
        COALESCE((SELECT SUM(points) FROM LedgerEntry WHERE residentId = r.id AND kind IN ('deed','reversal')), 0) AS ticketPoints,
        COALESCE((SELECT SUM(points) FROM LedgerEntry WHERE residentId = r.id AND kind <> 'exchange'), 0) AS earned,
        (SELECT MAX(createdAt) FROM LedgerEntry WHERE residentId = r.id AND kind <> 'exchange') AS lastEarnedAt,
        COALESCE((SELECT SUM(tickets) FROM TicketEntry WHERE residentId = r.id), 0) AS tickets,
        COALESCE((SELECT SUM(tickets) FROM TicketEntry WHERE residentId = r.id AND kind IN ('earned','reversal')), 0) AS ticketsEarnedNet
      FROM Resident r`).all() as Record<string, number | string | null>[];
    const totals = new Map((db.prepare(`SELECT * FROM ResidentTotals`).all() as Record<string, number | string | null>[]).map((t) => [t.residentId, t]));
    const out: Mismatch[] = [];
    for (const e of expected) {
      const t = totals.get(e.residentId);
      for (const column of ["balance", "dynamic", "fixed", "spent", "ticketPoints", "earned", "lastEarnedAt", "tickets", "ticketsEarnedNet"]) {
        const want = e[column] ?? null;
        const got = t ? (t[column] ?? null) : column === "lastEarnedAt" ? null : 0;
        if (want !== got) out.push({ residentId: Number(e.residentId), column, totals: got, ledger: want });
      }
    }
    return out;
  } finally {
    db.close();
  }
}

describe("running totals", () => {
  it("equal the ledger sums after deeds, revokes, fixed points, and the shop", async () => {
    app = await testApp();
    await app.chat([
      "王敏: 固定积分 @张秀英 党员",
      "王敏: 固定积分 @刘建国 五好家庭",
      "张秀英: 早上撕了3张小广告", "王敏: 通过 1",
      "李光喜: 今天去献了血", "赵磊: 通过 2",
      "刘建国: 路口堵车帮忙疏导交通", "王敏: 通过 3 7",
      "陈志强: 扶一位老奶奶过马路", "王敏: 通过 4",
      "王敏: 撤销 4 弄错了",
      "王敏: 取消固定积分 @刘建国 五好家庭 搬走了",
      "周华: 上架 大米5kg 5 3",
      "王敏: 兑换 @张秀英 大米",
    ]);
    const rows = await app.deps.store.read((r) => r.ledger.tally(1, new Date(0), new Date("2100-01-01")));
    expect(rows.length).toBeGreaterThan(2); // the story above credited several residents
    expect(mismatches(app.db.file)).toEqual([]);
  });

  it("are rebuilt from the history when the migration runs on an existing database", async () => {
    // The demo database after some history, with its totals table emptied and rebuilt by the
    // migration's own backfill statement, must match the ledger as well.
    app = await testApp();
    await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1", "李光喜: 今天去献了血", "赵磊: 通过 2"]);
    expect(mismatches(app.db.file)).toEqual([]);
    const db = new Database(app.db.file);
    const sql = readFileSync(new URL("../../prisma/migrations/20261201140000_running_totals/migration.sql", import.meta.url), "utf8");
    const backfill = sql.slice(sql.indexOf("-- The totals of the history already there."));
    db.exec(`DELETE FROM ResidentTotals; ${backfill}`);
    db.prepare(`UPDATE ResidentTotals SET balance = balance + 1 WHERE residentId = (SELECT MIN(residentId) FROM ResidentTotals)`).run();
    db.close();
    // The check can fail: one drifted row is reported.
    expect(mismatches(app.db.file)).toHaveLength(1);
    const fix = new Database(app.db.file);
    fix.exec(`DELETE FROM ResidentTotals; ${backfill}`);
    fix.close();
    expect(mismatches(app.db.file)).toEqual([]);
  });

  it("give 我的积分 the same week rank as ranking the whole week", async () => {
    app = await testApp();
    await app.chat([
      "张秀英: 早上撕了3张小广告", "王敏: 通过 1",
      "刘建国: 撕了3张小广告", "王敏: 通过 2",
      "王桂兰: 今天去献了血", "王敏: 通过 3",
      "李光喜: 撕了1张小广告", "赵磊: 通过 4",
    ]);
    const week = weekOf(app.now, "Asia/Shanghai");
    const ranked = rank(await app.deps.store.read((r) => r.ledger.tally(1, week.start, week.end)));
    expect(ranked.length).toBe(4);
    for (const x of ranked) {
      const mine = await app.deps.store.read((r) => r.ledger.standing(1, x.residentId, week.start, week.end));
      expect(mine).toEqual({ points: x.points, rank: x.rank, participants: ranked.length });
    }
    const nobody = await app.deps.store.read((r) => r.ledger.standing(1, 9999, week.start, week.end));
    expect(nobody).toEqual({ points: 0, rank: null, participants: 4 });
  });
});
