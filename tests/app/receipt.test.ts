// Receipts: a reply confirming a write is queued in the write's own transaction. Sent directly,
// it is marked sent and never sent twice; if the direct send never happens (a crash right after
// the commit), the outbox delivers it once its grace time has passed.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { drainOutbox, type SendPort } from "../../src/app/dispatch-outbox.ts";
import type { OutboxItem } from "../../src/app/ports.ts";
import type { Repos } from "../../src/app/ports.ts";
import { markReceiptSent, RECEIPT_GRACE_MS } from "../../src/app/receipt.ts";
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
