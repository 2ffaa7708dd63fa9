// Receipts: a reply confirming a write is queued in the write's own transaction. Sent directly,
// it is marked sent and never sent twice; if the direct send never happens (a crash right after
// the commit), the outbox delivers it once its grace time has passed.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { drainOutbox, type SendPort } from "../../src/app/dispatch-outbox.ts";
import type { OutboxItem } from "../../src/app/ports.ts";
import type { Repos } from "../../src/app/ports.ts";
import { markReceiptSent, RECEIPT_GRACE_MS } from "../../src/app/receipt.ts";
import { MARK_DELAY_MS } from "../../src/app/sent-marks.ts";
import { quotedCard } from "../../src/app/sent-card.ts";
import { rawAll } from "../helpers/raw-sql.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
beforeEach(async () => {
  app = await testApp();
});
afterEach(async () => {
  await app.dispose();
});

const say = (text: string, id = "m1", who = "张秀英") =>
  app.handle({ platform: "console", chatId: "group:一网格", messageId: id, sender: { id: who, name: who }, text });
const recorder = () => {
  const sent: OutboxItem[] = [];
  const send: SendPort = async (item) => {
    sent.push(item);
    return { messageId: `out${sent.length}` };
  };
  return { sent, send };
};
const later = () => app.setNow(new Date(app.now.getTime() + RECEIPT_GRACE_MS + 1));

describe("receipts", () => {
  it("a report's card is in the outbox with the report, before anything is sent", async () => {
    const [card] = await say("早上撕了3张小广告");
    expect(card?.card).toEqual({ reportNumber: 1, status: "pending" });
    expect(card?.outboxId).toBeGreaterThan(0);
    // The process dies before the adapter sends it: after the grace time the outbox does.
    const { sent, send } = recorder();
    expect(await drainOutbox(app.deps, { platform: "console", send })).toEqual({ sent: 0, retried: 0, failed: 0 });
    later();
    expect(await drainOutbox(app.deps, { platform: "console", send })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(sent[0]?.text).toBe(card?.text);
    expect(sent[0]?.card).toEqual({ reportNumber: 1, status: "pending" });
  });

  it("sent directly, a receipt is not sent again by the outbox", async () => {
    const [card] = await say("早上撕了3张小广告");
    await markReceiptSent(app.deps, card!, "direct1");
    later();
    const { sent, send } = recorder();
    await drainOutbox(app.deps, { platform: "console", send });
    expect(sent).toEqual([]);
  });

  // The mark of a receipt sent directly rides on the next write of the process (sent-marks.ts).
  const statusOf = async (id: number | null | undefined) =>
    (await rawAll<{ status: string }>(app, `SELECT "status" FROM "OutboxMessage" WHERE "id" = ${Number(id)}`))[0]?.status;

  it("a receipt's mark is written with the next write, and a quote of that card is recognised at once", async () => {
    const [card] = await say("早上撕了3张小广告");
    await markReceiptSent(app.deps, card!, "direct1");
    expect(await statusOf(card?.outboxId)).toBe("pending");
    // A reply quoting the card a moment later: the mark is written before the quote is looked up.
    expect(await quotedCard(app.deps, "console", "group:一网格", { messageId: "direct1" })).toBe(1);
    expect(await statusOf(card?.outboxId)).toBe("sent");
    const [second] = await say("下午巡逻了2小时", "m2", "刘建国");
    await markReceiptSent(app.deps, second!, "direct2");
    await say("今天天气不错", "m3", "刘建国"); // chatter: no write, the mark waits
    expect(await statusOf(second?.outboxId)).toBe("pending");
    expect((await say("清理楼道垃圾2次", "m4", "刘建国"))[0]?.card).toBeTruthy(); // a report: its write carries the mark
    expect(await statusOf(second?.outboxId)).toBe("sent");
    later();
    const { sent, send } = recorder();
    await drainOutbox(app.deps, { platform: "console", send });
    expect(sent.map((s) => s.text)).not.toContain(second?.text);
  });

  it("a mark still in memory is written on its own shortly after, and at close", async () => {
    const [card] = await say("早上撕了3张小广告");
    await markReceiptSent(app.deps, card!, "direct1");
    await new Promise((r) => setTimeout(r, MARK_DELAY_MS * 3));
    expect(await statusOf(card?.outboxId)).toBe("sent");
  });

  it("a crash between the direct send and its mark: the outbox sends the receipt again after the grace time, once; nothing is lost", async () => {
    const [card] = await say("早上撕了3张小广告");
    await markReceiptSent(app.deps, card!, "direct1");
    // The process dies here: the mark was only in memory (before, the same happened to a crash
    // between the send and the mark's own transaction: at least once, never lost).
    app.deps.marks?.dropForTest();
    const { sent, send } = recorder();
    await drainOutbox(app.deps, { platform: "console", send });
    expect(sent).toEqual([]); // within the grace time the row is not due
    later();
    await drainOutbox(app.deps, { platform: "console", send });
    await drainOutbox(app.deps, { platform: "console", send });
    expect(sent.map((s) => s.text)).toEqual([card?.text]);
    expect(await statusOf(card?.outboxId)).toBe("sent");
  });

  it("a redelivered message queues no second receipt", async () => {
    await say("早上撕了3张小广告");
    const [again] = await say("早上撕了3张小广告");
    expect(again?.outboxId).toBeUndefined();
    later();
    const { sent, send } = recorder();
    await drainOutbox(app.deps, { platform: "console", send });
    expect(sent).toHaveLength(1);
  });

  it("a refused write queues nothing", async () => {
    const res = await app.handle({ platform: "console", chatId: "group:一网格", messageId: "x", sender: { id: "张秀英", name: "张秀英" }, text: "撤回 99" });
    expect(res[0]?.outboxId).toBeUndefined();
    later();
    const { sent, send } = recorder();
    await drainOutbox(app.deps, { platform: "console", send });
    expect(sent).toEqual([]);
  });

  // The draw commands and the mask toggle: their confirmations are receipts like the rest, and a
  // receipt that cannot be queued undoes the write (one transaction), so none is ever lost.
  const receiptCases = [
    {
      what: "开奖活动 (a new draw)", who: "周华", before: [] as string[], text: "开奖活动 元旦抽奖 截止 2026-11-25 20:00 奖品 大米×2",
      reply: /抽奖 #1「元旦抽奖」已开始/, state: async () => (await app.deps.store.read((r) => r.draws.byId(1, 1)))?.status ?? "none",
    },
    {
      what: "开奖 (running a draw)", who: "周华", before: ["开奖活动 元旦抽奖 截止 2026-11-25 11:00 奖品 大米×2"], text: "开奖 1",
      reply: /抽奖 #1「元旦抽奖」开奖/, state: async () => (await app.deps.store.read((r) => r.draws.byId(1, 1)))?.status ?? "none",
    },
    {
      what: "匿名上榜 (the mask toggle)", who: "张秀英", before: [], text: "匿名上榜",
      reply: /张\*英/, state: async () => String((await app.deps.store.read((r) => r.residents.byIds([1])))[0]?.masked),
    },
  ];
  for (const c of receiptCases) {
    it(`${c.what}: the reply is a receipt in the outbox, delivered after a crash`, async () => {
      for (const [i, text] of c.before.entries()) await say(text, `b${i}`, c.who);
      app.setNow(new Date("2026-11-25T04:00:00Z")); // 12:00 in Shanghai: past the 11:00 close, before the 20:00 one
      const before = await c.state();
      const [reply] = await say(c.text, "m1", c.who);
      expect(await c.state()).not.toBe(before); // so the undo below is an undo, not a no-op
      expect(reply?.text).toMatch(c.reply);
      expect(reply?.outboxId).toBeGreaterThan(0);
      const { sent, send } = recorder();
      later();
      await drainOutbox(app.deps, { platform: "console", send });
      expect(sent.filter((s) => s.chatId === "group:一网格" && s.text === reply?.text)).toHaveLength(1);
    });

    it(`${c.what}: if its receipt cannot be queued, the write is undone`, async () => {
      for (const [i, text] of c.before.entries()) await say(text, `b${i}`, c.who);
      app.setNow(new Date("2026-11-25T04:00:00Z"));
      const before = await c.state();
      const write = app.deps.store.write.bind(app.deps.store);
      // Fails the receipt's enqueue only (it is the one with a grace time), inside the transaction.
      app.deps.store.write = ((fn: (r: Repos) => Promise<unknown>) => write((r) => fn(new Proxy(r, {
        get: (t, k) => k !== "outbox" ? t[k as keyof Repos] : new Proxy(t.outbox, {
          get: (o, m) => m !== "enqueue" ? (o[m as keyof typeof o] as unknown as (...a: unknown[]) => unknown).bind?.(o) ?? o[m as keyof typeof o]
            : async (draft: unknown, opts?: { notBefore?: Date }) => {
              if (opts?.notBefore) throw new Error("disk full");
              return o.enqueue(draft as never, opts as never);
            },
        }),
      })))) as typeof app.deps.store.write;
      const reply = await say(c.text, "m1", c.who);
      app.deps.store.write = write;
      expect(reply.every((m) => m.outboxId === undefined)).toBe(true);
      expect(await c.state()).toBe(before);
    });
  }
});
