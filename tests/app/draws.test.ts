// Prize draws: a commitment before, seed + entries + winners after, winners that recompute,
// tickets spent, one prize per resident, collection recorded once, notices through the outbox.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDraw, type DrawSpec } from "../../src/app/create-draw.ts";
import { markPrizeCollected } from "../../src/app/mark-prize-collected.ts";
import { runDraw } from "../../src/app/run-draw.ts";
import { publishedDraw, verifyPublished, verifyStoredDraw } from "../../src/app/verify-draw.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";
import { ticketsOf, user } from "../helpers/rewards.ts";
import { rawRun } from "../helpers/raw-sql.ts";
import { childEnv } from "../helpers/data-dir-env.ts";

const DRAW_CHILD = fileURLToPath(new URL("../helpers/draw-child.ts", import.meta.url));
let app: TestApp;
beforeEach(async () => {
  app = await testApp({ now: "2026-11-25T02:00:00Z" });
  // 张秀英 6 points → 3 tickets, 李光喜 10 → 5, 刘建国 4 → 2.
  await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1", "李光喜: 今天去献了血", "赵磊: 通过 2", "刘建国: 晚上巡逻了2小时", "王敏: 通过 3 4"]);
});
afterEach(async () => {
  await app.dispose();
});

const CLOSE = new Date("2026-11-25T12:00:00Z");
const spec = (extra: Partial<DrawSpec> = {}): DrawSpec => ({
  title: "元旦抽奖", closesAt: CLOSE, prizes: [{ name: "大米", quantity: 2 }, { name: "旅游", quantity: 1 }], ...extra,
});
const open = async (extra: Partial<DrawSpec> = {}) =>
  createDraw(app.deps, { communityId: 1, by: await user(app, "周华"), spec: spec(extra), announce: (d, g) => ({ ...g, text: `open ${d.id}` }) });
const run = async (id = 1) => runDraw(app.deps, { communityId: 1, drawId: id, by: await user(app, "周华"), announce: (res, g) => ({ ...g, text: `result ${res.draw.id}` }) });

describe("prize draws", () => {
  it("publish a commitment first, and at the draw a seed that hashes to it; winners recompute", async () => {
    const created = await open();
    if (!created.ok) throw new Error(created.code);
    expect(created.draw.commitment).toMatch(/^[0-9a-f]{64}$/);
    // the commitment binds the seed and the terms of the opening message (scheme 2)
    expect(created.draw.commitment).not.toBe(createHash("sha256").update(created.draw.seed).digest("hex"));
    app.setNow(CLOSE);
    const res = await run();
    if (!res.ok) throw new Error(res.code);
    expect(res.draw.entries?.map((e) => [e.name, e.tickets])).toEqual([["张秀英", 3], ["刘建国", 2], ["李光喜", 5]]);
    expect(res.winners).toHaveLength(3);
    expect(new Set(res.winners.map((w) => w.residentId)).size).toBe(3); // one prize each
    const verdict = await verifyStoredDraw(app.deps, 1, 1);
    expect(verdict.ok && verdict.seedMatches && verdict.winnersMatch).toBe(true);
    // Anyone holding the published JSON gets the same answer; a forged winner is caught.
    const published = JSON.parse(JSON.stringify(publishedDraw(res.draw, res.winners)));
    expect(verifyPublished(published)).toMatchObject({ seedMatches: true, winnersMatch: true });
    expect(verifyPublished(published, { commitment: created.draw.commitment, code: published.resultCode }).verified).toBe(true);
    published.winners[0].residentId = 999;
    expect(verifyPublished(published).winnersMatch).toBe(false);
  });

  it("publish the names of residents who asked to appear masked as 张*英", async () => {
    await app.chat(["张秀英: 匿名上榜"]);
    await open();
    app.setNow(CLOSE);
    const res = await run();
    if (!res.ok) throw new Error(res.code);
    expect(res.draw.entries?.map((e) => e.name)).toEqual(["张*英", "刘建国", "李光喜"]);
    expect(res.winners.map((w) => w.name)).toContain("张*英");
  });

  it("count tickets issued before the close only, and spend them", async () => {
    await open();
    app.setNow("2026-11-25T13:00:00Z");
    await app.chat(["陈志强: 今天去献了血", "王敏: 通过 4"]); // after the close: not in this draw
    const res = await run();
    if (!res.ok) throw new Error(res.code);
    expect(res.draw.entries?.map((e) => e.name)).not.toContain("陈志强");
    expect(await ticketsOf(app, "张秀英")).toBe(0);
    expect(await ticketsOf(app, "陈志强")).toBe(5);
  });

  it("runs once when three processes run it at once: tickets spent once, one result notice", async () => {
    await open();
    const before = await ticketsOf(app, "张秀英");
    const child = () =>
      new Promise<string[]>((resolve, reject) => {
        execFile(process.execPath, ["--import", "tsx", DRAW_CHILD, app.config.databaseUrl, "5", CLOSE.toISOString()], { env: childEnv(app.dir) }, (err, stdout) =>
          err ? reject(err) : resolve(JSON.parse(stdout) as string[]),
        );
      });
    const results = (await Promise.all([child(), child(), child()])).flat();
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "DRAW.ALREADY_DRAWN")).toHaveLength(14);
    expect(before).toBe(3);
    expect(await ticketsOf(app, "张秀英")).toBe(0);
    const notices = await app.deps.store.read((r) => r.outbox.due(new Date("2100-01-01"), 100));
    expect(notices.filter((n) => n.text === "result 1").length).toBe(notices.filter((n) => n.text === "open 1").length);
  }, 120_000);

  it("cannot run before the close, nor twice", async () => {
    await open();
    expect(await run()).toMatchObject({ ok: false, code: "DRAW.NOT_CLOSED" });
    app.setNow(CLOSE);
    expect((await run()).ok).toBe(true);
    expect(await run()).toMatchObject({ ok: false, code: "DRAW.ALREADY_DRAWN" });
  });

  it("with fewer entries than prizes, every entrant wins once and the rest stay unawarded", async () => {
    await open({ prizes: [{ name: "大米", quantity: 5 }] });
    app.setNow(CLOSE);
    const res = await run();
    if (!res.ok) throw new Error(res.code);
    expect(res.winners.map((w) => w.name).sort()).toEqual(["刘建国", "张秀英", "李光喜"].sort());
    const out = await app.chat(["张秀英: 抽奖 1"]);
    expect(out).toContain("未抽出的奖品:大米×2(参加的人比奖品少)");
  });

  it("allows several prizes per resident only when the draw says so", async () => {
    await open({ prizes: [{ name: "大米", quantity: 10 }], allowRepeatWinners: true });
    app.setNow(CLOSE);
    const res = await run();
    if (!res.ok) throw new Error(res.code);
    expect(res.winners).toHaveLength(10);
    expect(new Set(res.winners.map((w) => w.residentId)).size).toBeLessThan(10);
  });

  it("are for admins only", async () => {
    const res = await createDraw(app.deps, { communityId: 1, by: await user(app, "王敏"), spec: spec() });
    expect(res).toMatchObject({ ok: false, code: "AUTH.NOT_ADMIN" });
    const out = await app.chat(["张秀英: 开奖活动 元旦抽奖 截止 2026-12-31 20:00 奖品 大米×2"]);
    expect(out).toContain("这个要社区管理员来操作");
  });

  it("announce opening and result once in every group, through the outbox", async () => {
    await open();
    app.setNow(CLOSE);
    await run();
    await runDraw(app.deps, { communityId: 1, drawId: 1, by: await user(app, "周华") });
    const rows = await app.deps.store.read((r) => r.outbox.due(new Date("2100-01-01"), 100));
    const draws = rows.filter((m) => /^(open|result) /.test(m.text)).map((m) => `${m.chatId} ${m.text}`).sort();
    expect(draws).toEqual(["group:一网格 open 1", "group:一网格 result 1", "group:二网格 open 1", "group:二网格 result 1"]);
  });

  it("record each prize's collection once (待领取 → 已领取)", async () => {
    await open({ prizes: [{ name: "大米", quantity: 3 }] });
    app.setNow(CLOSE);
    await run();
    const first = await markPrizeCollected(app.deps, { communityId: 1, actor: await user(app, "王敏"), name: "张秀英" });
    expect(first.ok).toBe(true);
    const again = await markPrizeCollected(app.deps, { communityId: 1, actor: await user(app, "王敏"), name: "张秀英" });
    expect(again).toMatchObject({ ok: false, code: "PRIZE.ALREADY_COLLECTED" });
    const out = await app.chat(["赵磊: 领奖 @李光喜", "赵磊: 领奖 @李光喜", "王敏: 领奖 @陈志强", "周华: 抽奖"]);
    expect(out).toContain("✅ 李光喜 已领取「大米」(元旦抽奖)");
    expect(out).toContain("李光喜 的奖品已经领过了,不能重复领");
    expect(out).toContain("陈志强 没有待领取的奖品");
    expect(out).toContain("大米:张秀英(已领取)");
    expect(out).toContain("大米:刘建国(待领取)");
    // Even a direct update cannot hand a collected prize out again.
    await expect(rawRun(app, `UPDATE "DrawWinner" SET status = 'pending' WHERE status = 'collected'`)).rejects.toThrow(/already collected/);
  });

  it("in a draw where residents choose, they put tickets in and can put in no more than they hold", async () => {
    await open({ mode: "choose" });
    const out = await app.chat(["张秀英: 投奖票 1 2", "张秀英: 投奖票 1 2", "刘建国: 投奖票 1 2", "李光喜: 投奖票 1 1"]);
    expect(out).toContain("🎟 已投入 #1「元旦抽奖」2 张奖票,还剩 1 张");
    expect(out).toContain("奖票不够:现有 1 张");
    app.setNow(CLOSE);
    const res = await run();
    if (!res.ok) throw new Error(res.code);
    expect(res.draw.entries?.map((e) => [e.name, e.tickets])).toEqual([["张秀英", 2], ["刘建国", 2], ["李光喜", 1]]);
    expect(await ticketsOf(app, "李光喜")).toBe(4); // only what was put in is spent
    const late = await app.chat(["李光喜: 投奖票 1 1"]);
    expect(late).toContain("#1 号抽奖已经截止了");
  });

  it("are opened and run from the chat", async () => {
    const out = await app.chat(["周华: 开奖活动 元旦抽奖 截止 2026-11-25 20:00 奖品 大米5kg×2 旅游×1", "周华: 开奖 1"]);
    expect(out).toMatch(/抽奖 #1「元旦抽奖」已开始\n\s+奖品:大米5kg×2、旅游×1\n\s+截止:2026-11-25 20:00/);
    expect(out).toMatch(/公证码\(种子和本活动规则的 SHA-256\):[0-9a-f]{64}/);
    expect(out).toContain("#1 号抽奖还没到截止时间");
    app.setNow(CLOSE);
    const drawn = await app.chat(["周华: 开奖 1"]);
    expect(drawn).toMatch(/抽奖 #1「元旦抽奖」开奖!\n\s+1\. 大米5kg:\S+(待领取)/);
    expect(drawn).toMatch(/种子:[0-9a-f]{64}/);
    expect(drawn).toContain("共 3 人 10 张奖票参加");
  });
});

describe("the seed before the draw", () => {
  it("is not readable in the database, only sealed; the draw publishes it in the clear", async () => {
    const created = await open();
    if (!created.ok) throw new Error(created.code);
    const rawSeed = async () => {
      const rows = (await app.db.raw(`SELECT seed FROM "Draw" WHERE id = 1`)) as { seed: string }[];
      return rows[0]?.seed ?? "";
    };
    const stored = await rawSeed();
    expect(stored).not.toContain(created.draw.seed);
    expect(stored).toMatch(/^sealed:/);
    app.setNow(CLOSE);
    const res = await run();
    if (!res.ok) throw new Error(res.code);
    expect(await rawSeed()).toBe(created.draw.seed);
    const verdict = await verifyStoredDraw(app.deps, 1, 1);
    expect(verdict.ok && verdict.verified).toBe(true);
  });
});
