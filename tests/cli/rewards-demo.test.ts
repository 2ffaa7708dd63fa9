// The reward demo of the README (tests/cli/fixtures/rewards-demo.sh), kept as a test: the
// same chat scripts and the same CLI commands, on a settable clock instead of waiting.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { drawCreate, drawRun, drawShow, drawVerify } from "../../src/cli/commands/draw.ts";
import { pointsReport } from "../../src/cli/commands/points-report.ts";
import { shopAdd, shopList } from "../../src/cli/commands/shop.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";

const script = (n: number) => readFileSync(new URL(`fixtures/rewards-demo-${n}.txt`, import.meta.url), "utf8").trim().split("\n");

let app: TestApp;
beforeEach(async () => {
  app = await testApp({ now: "2026-11-25T02:00:00Z" }); // 10:00 in Shanghai
});
afterEach(async () => {
  await app.dispose();
});

describe("the reward demo", () => {
  it("records fixed points, earns tickets, runs a draw anyone can verify, and exchanges points for goods", async () => {
    const first = await app.chat(script(1));
    expect(first).toContain("🏅 张秀英 记固定积分:党员 +20 分");
    expect(first).toContain("🏅 刘建国、王桂兰 记固定积分:五好家庭 +30 分");
    expect(first).toContain("张秀英:累计 26 分,本周 6 分,本周第 2 名(动态 6 + 固定 20),可用 26 分 · 🎟 奖票 3 张");
    expect(first).toContain("王桂兰:累计 30 分,本周 0 分(动态 0 + 固定 30),可用 30 分 · 🎟 奖票 0 张");
    expect(first).toContain("动态积分 19 分 · 固定积分 80 分");

    expect(await shopAdd(app, "大米 5kg", "20", { stock: "1" })).toBe("🛒 已上架「大米 5kg」20 分,库存 1");
    const opened = await drawCreate(app, "元旦抽奖", { closes: "2026-11-25 20:00", prize: ["大米5kg×2", "旅游×1"] });
    expect(opened).toMatch(/截止:2026-11-25 20:00\n[^\n]+\n🔒 公证码\(种子和本活动规则的 SHA-256\):[0-9a-f]{64}$/);
    await expect(drawRun(app, "1", {})).rejects.toThrow("#1 号抽奖还没到截止时间 (DRAW.NOT_CLOSED)");
    // Before the draw only the commitment is out: the seed stays secret.
    expect(JSON.parse(await drawShow(app, "1", { json: true }))).not.toHaveProperty("seed");

    app.setNow("2026-11-25T12:00:00Z");
    const drawn = await drawRun(app, "1", {});
    expect(drawn).toContain("共 3 人 9 张奖票参加");
    // Three entrants, three prizes, one each: everyone wins something.
    for (const name of ["张秀英", "李光喜", "刘建国"]) expect(drawn).toContain(`:${name}(待领取)`);
    expect((await drawVerify(app, "1", {})).text).toMatch(/yes {2}the seed and the terms[\s\S]*yes {2}the winners recompute[\s\S]*VERIFIED$/);
    const file = join(app.dir, "draw-1.json");
    writeFileSync(file, await drawShow(app, "1", { json: true }));
    // a file alone is not enough: it is checked against what the chat showed
    expect(await drawVerify(null, undefined, { file })).toMatchObject({ ok: false });
    const commitment = /公证码[^:]*:([0-9a-f]{64})/.exec(opened)?.[1];
    const code = /结果码 ([0-9a-f]{16})/.exec(drawn)?.[1];
    expect(await drawVerify(null, undefined, { file, commitment, code })).toMatchObject({ ok: true });

    const second = await app.chat(script(2));
    expect(second).toContain("✅ 张秀英 已领取");
    expect(second).toContain("张秀英 的奖品已经领过了,不能重复领");
    expect(second).toContain("🛒 张秀英 兑换「大米 5kg」-20 分,可用 6 分;库存剩 0");
    expect(second).toContain("李光喜 可用积分 10 分,不够 20 分");
    expect(second).toContain("张秀英:累计 26 分,本周 6 分,本周第 2 名(动态 6 + 固定 20),已兑换 20,可用 6 分 · 🎟 奖票 0 张");
    expect(await shopList(app, {})).toContain("大米 5kg 20 分(剩 0)");
    expect(await pointsReport(app, {})).toContain("已兑换 20 分 · 居民手中奖票 0 张");
  });
});
