// Receipts: a reply confirming a write is queued in the write's own transaction. Sent directly,
// it is marked sent and never sent twice; if the direct send never happens (a crash right after
// the commit), the outbox delivers it once its grace time has passed.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { drainOutbox, type SendPort } from "../../src/app/dispatch-outbox.ts";
import type { OutboxItem } from "../../src/app/ports.ts";
import { markReceiptSent, RECEIPT_GRACE_MS } from "../../src/app/receipt.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
beforeEach(async () => {
  app = await testApp();
});
afterEach(async () => {
  await app.dispose();
});

const say = (text: string, id = "m1") =>
  app.handle({ platform: "console", chatId: "group:一网格", messageId: id, sender: { id: "张秀英", name: "张秀英" }, text });
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
});
