// The outbox dispatcher: sends outside transactions, retries a bounded number of times, and
// a notice committed with a decision survives a crash and is sent once after restart.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { dispatchOutbox, drainOutbox, type SendPort } from "../../src/app/dispatch-outbox.ts";
import type { OutboxItem } from "../../src/app/ports.ts";
import { ledgerSum, testApp, type TestApp } from "../helpers/test-app.ts";
import { childEnv } from "../helpers/data-dir-env.ts";

const CHILD = fileURLToPath(new URL("./outbox-crash-child.ts", import.meta.url));
const NOW = "2026-11-25T02:00:00.000Z";

const apps: TestApp[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.dispose();
});
const open = async (dir?: string) => {
  const a = await testApp({ now: NOW, ...(dir ? { dir } : {}) });
  apps.push(a);
  return a;
};
const recorder = () => {
  const sent: OutboxItem[] = [];
  const send: SendPort = async (item) => {
    sent.push(item);
    return { messageId: `m${sent.length}` };
  };
  return { sent, send };
};

describe("outbox", () => {
  it("sends the reporter's notice after a crash between the credit and the send, once", async () => {
    const first = await open();
    await first.chat(["张秀英: 早上撕了3张小广告"]);
    const file = first.config.databaseUrl;
    const child = await new Promise<{ signal: string | null; stdout: string }>((resolve) => {
      execFile(process.execPath, ["--import", "tsx", CHILD, file, NOW], { env: childEnv(first.dir) }, (err, stdout) =>
        resolve({ signal: (err as { signal?: string } | null)?.signal ?? null, stdout }),
      );
    });
    expect(child.signal).toBe("SIGKILL");
    // Approved in the report's own chat: nothing went out directly, the notice is queued.
    expect(JSON.parse(child.stdout)).toEqual([]);
    expect(await ledgerSum(first, "张秀英")).toBe(6);

    // "Restart": a new app on the same file sends it once.
    await first.close();
    apps.splice(apps.indexOf(first), 1);
    const second = await open(first.dir);
    const { sent, send } = recorder();
    expect(await drainOutbox(second.deps, { platform: "console", send })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(sent.map((s) => [s.chatId, s.replyToMessageId, s.text])).toEqual([
      ["group:一网格", expect.stringContaining("-1"), expect.stringContaining("✅ #1 已通过:张秀英 +6 分")],
    ]);
    expect(await drainOutbox(second.deps, { platform: "console", send })).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(sent).toHaveLength(1);
    expect(await ledgerSum(second, "张秀英")).toBe(6);
  });

  it("queues one notice per decision even when the approval is replayed", async () => {
    const app = await open();
    const out = await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1", "周华: 通过 1", "王敏: 撤销 1 弄错了", "王敏: 撤销 1 弄错了"]);
    expect(out.match(/✅ #1 已通过/g)).toHaveLength(1);
    expect(out.match(/⚠️ #1 已撤销/g)).toHaveLength(1);
    const { sent, send } = recorder();
    await drainOutbox(app.deps, { platform: "console", send });
    expect(sent).toEqual([]);
  });

  it("copies the notice to a reviewer who decided from another chat, after the reporter's", async () => {
    const app = await open();
    const out = await app.chat(["张秀英: 早上撕了3张小广告", ":群 二网格", "周华: 通过 1"]);
    const [toGroup, copy] = [out.indexOf("一网格群 ↩ 张秀英\n     ✅"), out.indexOf("二网格群 ↩ 周华\n     ✅")];
    expect(toGroup).toBeGreaterThan(0);
    expect(copy).toBeGreaterThan(toGroup);
  });

  it("retries a failing send with backoff and gives up after the bounded attempts", async () => {
    const app = await open();
    await app.deps.store.write((r) => r.outbox.enqueue({ platform: "telegram", chatId: "-100", text: "hi" }, { notBefore: app.now }));
    let calls = 0;
    const send: SendPort = async () => {
      calls++;
      throw Object.assign(new Error("Too Many Requests"), { retryAfterMs: 30_000 });
    };
    const opts = { platform: "telegram", send, maxAttempts: 3, backoffMs: () => 1_000 };
    let t = new Date(NOW).getTime();
    const later = (ms: number) => app.setNow(new Date((t += ms)));
    expect(await dispatchOutbox(app.deps, opts)).toEqual({ sent: 0, retried: 1, failed: 0 });
    // Not due again before retry_after has passed.
    later(29_000);
    expect(await dispatchOutbox(app.deps, opts)).toEqual({ sent: 0, retried: 0, failed: 0 });
    later(1_000);
    expect(await dispatchOutbox(app.deps, opts)).toEqual({ sent: 0, retried: 1, failed: 0 });
    later(30_000);
    expect(await dispatchOutbox(app.deps, opts)).toEqual({ sent: 0, retried: 0, failed: 1 });
    later(3_600_000);
    expect(await dispatchOutbox(app.deps, opts)).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(calls).toBe(3);
  });

  it("gives up at once on a permanent error, and only takes its own platform", async () => {
    const app = await open();
    await app.deps.store.write(async (r) => {
      await r.outbox.enqueue({ platform: "telegram", chatId: "-1", text: "gone" }, { notBefore: app.now });
      await r.outbox.enqueue({ platform: "wechat", chatId: "room", text: "other" }, { notBefore: app.now });
    });
    const send: SendPort = async () => {
      throw Object.assign(new Error("Forbidden: bot was kicked"), { permanent: true });
    };
    expect(await dispatchOutbox(app.deps, { platform: "telegram", send })).toEqual({ sent: 0, retried: 0, failed: 1 });
    const { sent, send: ok } = recorder();
    expect(await dispatchOutbox(app.deps, { platform: "wechat", send: ok })).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(sent.map((s) => s.text)).toEqual(["other"]);
  });
});
