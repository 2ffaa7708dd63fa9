// A draw anyone can check: every kind of tampering with the published file is caught against
// what the chat showed (the commitment of the opening message, the result code of the result
// message), even when the forger recomputes everything that can be recomputed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDraw } from "../../src/app/create-draw.ts";
import { runDraw } from "../../src/app/run-draw.ts";
import { sha256Hex } from "../../src/app/sha256.ts";
import { publishedDraw, verifyPublished, type PublishedDraw } from "../../src/app/verify-draw.ts";
import { renderDrawCreated, renderDrawResult } from "../../src/chat/render/draw.ts";
import { drawWinners } from "../../src/domain/draw.ts";
import { drawCommitment, entriesDigest, resultCode, type ProofFile } from "../../src/domain/draw-proof.ts";
import { translator } from "../../src/i18n/index.ts";
import { user } from "../helpers/rewards.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
let file: ProofFile;
const chat = { commitment: "", code: "" };
const t = translator("zh-CN");

beforeAll(async () => {
  app = await testApp({ now: "2026-11-25T02:00:00Z" });
  await app.chat([
    "张秀英: 早上撕了3张小广告", "王敏: 通过 1", "李光喜: 今天去献了血", "赵磊: 通过 2",
    "刘建国: 晚上巡逻了2小时", "王敏: 通过 3 4", "陈志强: 晚上巡逻了3小时", "王敏: 通过 4 6",
  ]);
  const texts: string[] = [];
  const created = await createDraw(app.deps, {
    communityId: 1, by: await user(app, "周华"),
    spec: { title: "元旦抽奖", closesAt: new Date("2026-11-25T12:00:00Z"), prizes: [{ name: "大米", quantity: 2 }, { name: "旅游", quantity: 1 }] },
    announce: (d, g) => (texts.push(renderDrawCreated(t, d, "Asia/Shanghai")), { ...g, text: "x" }),
  });
  if (!created.ok) throw new Error(created.code);
  app.setNow("2026-11-25T13:00:00Z");
  const res = await runDraw(app.deps, {
    communityId: 1, drawId: 1, by: await user(app, "周华"),
    announce: (r, g) => (texts.push(renderDrawResult(t, r)), { ...g, text: "x" }),
  });
  if (!res.ok) throw new Error(res.code);
  // What a resident copies from the chat: the commitment when it opened, the code with the result.
  chat.commitment = /公证码[^:]*:([0-9a-f]{64})/.exec(texts[0] ?? "")?.[1] ?? "";
  chat.code = /结果码 ([0-9a-f]{16})/.exec(texts.at(-1) ?? "")?.[1] ?? "";
  file = JSON.parse(JSON.stringify(publishedDraw(res.draw, res.winners))) as ProofFile;
}, 60_000);
afterAll(async () => app?.dispose());

/** What a forger does after an edit: recompute digest, winners, names and code (and the commitment, when asked). */
function forge(f: ProofFile, recommit = false): ProofFile {
  const commitment = recommit ? drawCommitment(f, f.seed, sha256Hex) : f.commitment;
  const digest = entriesDigest(f.entries, sha256Hex);
  const names = new Map(f.entries.map((e) => [e.residentId, e.name]));
  const winners = drawWinners({ ...f, bind: digest }, sha256Hex).map((w) => ({ ...w, name: names.get(w.residentId) ?? "" }));
  const prize = new Map(f.prizes.map((p) => [p.id, p.name]));
  const code = resultCode({ commitment, seed: f.seed, entriesDigest: digest, winners: winners.map((w) => ({ ...w, prize: prize.get(w.prizeId) ?? "" })) }, sha256Hex);
  return { ...f, commitment, entriesDigest: digest, winners, resultCode: code };
}

const copy = (): ProofFile => JSON.parse(JSON.stringify(file)) as ProofFile;
const loserOf = (f: ProofFile) => f.entries.find((e) => !f.winners.some((w) => w.residentId === e.residentId));

const TAMPERS: [string, () => ProofFile][] = [
  ["an entrant removed", () => { const f = copy(); f.entries = f.entries.slice(1) as never; return forge(f); }],
  ["40 tickets added to a loser", () => { const f = copy(); const l = loserOf(f); if (l) l.tickets += 40; return forge(f); }],
  ["a new seed with its own commitment", () => { const f = copy(); f.seed = "ab".repeat(32); return forge(f, true); }],
  ["an entrant's name changed", () => { const f = copy(); (f.entries[0] as { name: string }).name = "王大锤"; return forge(f); }],
  ["a winner's name changed", () => { const f = copy(); (f.winners[0] as { name: string }).name = "王大锤"; return f; }],
  ["a prize renamed", () => { const f = copy(); (f.prizes[0] as { name: string }).name = "金条"; return forge(f, true); }],
  ["a prize quantity changed", () => { const f = copy(); (f.prizes[1] as { quantity: number }).quantity = 3; return forge(f, true); }],
  ["a winner replaced by a loser", () => { const f = copy(); const l = loserOf(f); Object.assign(f.winners[0] as object, { residentId: l?.residentId, name: l?.name }); return f; }],
  ["two winners' positions swapped", () => { const f = copy(); const [a, b] = f.winners as unknown as { position: number }[]; if (a && b) [a.position, b.position] = [b.position, a.position]; return f; }],
  ["repeat wins allowed afterwards", () => { const f = copy(); f.allowRepeatWinners = !f.allowRepeatWinners; return forge(f, true); }],
  ["an entrant added", () => { const f = copy(); f.entries = [...f.entries, { residentId: 99, name: "陌生人", tickets: 50 }] as never; return forge(f); }],
  ["the title changed", () => { const f = copy(); f.title = "春节抽奖"; return forge(f, true); }],
];

describe("checking a draw against the chat", () => {
  it("the result message carries the commitment, the entries digest and the result code", () => {
    expect(chat.commitment).toMatch(/^[0-9a-f]{64}$/);
    expect(chat.code).toMatch(/^[0-9a-f]{16}$/);
    expect(verifyPublished(file, chat).verified).toBe(true);
    // without what the chat showed, a file alone is not enough
    expect(verifyPublished(file).verified).toBe(false);
  });

  it.each(TAMPERS)("catches: %s", (_, tamper) => {
    const forged = tamper() as PublishedDraw;
    expect(JSON.stringify(forged)).not.toBe(JSON.stringify(file));
    const v = verifyPublished(forged, chat);
    expect(v.verified).toBe(false);
  });
});

describe("draw files", () => {
  it("a malformed file gets a sentence naming the field, not a TypeError", async () => {
    const { writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { drawVerify } = await import("../../src/cli/commands/draw.ts");
    const bad = join(app.dir, "bad.json");
    for (const content of [`{"id":1,"entries":"none"}`, `[1,2,3]`, `not json`, JSON.stringify({ ...file, winners: [{ position: "1" }] })]) {
      writeFileSync(bad, content);
      await expect(drawVerify(null, undefined, { file: bad })).rejects.toThrow(/is not a published draw|is not JSON/);
    }
  });

  it("counts tickets instead of listing them: a trillion tickets draw like ten", () => {
    const entries = Array.from({ length: 2000 }, (_, i) => ({ residentId: i + 1, tickets: 500_000_000 }));
    const prizes = [{ id: 1, name: "大米", quantity: 1000 }];
    const winners = drawWinners({ entries, prizes, seed: "ab".repeat(32), allowRepeatWinners: false, bind: "cd".repeat(32) }, sha256Hex);
    expect(winners).toHaveLength(1000);
    expect(new Set(winners.map((w) => w.residentId)).size).toBe(1000);
  });
});
