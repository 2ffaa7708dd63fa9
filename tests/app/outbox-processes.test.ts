// Three bot processes sending one outbox: every message goes out once (the claim's lease).
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, expect, it } from "vitest";
import { rawAll } from "../helpers/raw-sql.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";
import { childEnv } from "../helpers/data-dir-env.ts";

const CHILD = fileURLToPath(new URL("../helpers/outbox-send-child.ts", import.meta.url));
const NOW = "2026-11-25T02:00:00Z";
const MESSAGES = 60;

let app: TestApp;
beforeEach(async () => {
  app = await testApp({ demo: false, now: NOW });
  await app.deps.store.write(async (r) => {
    for (let i = 1; i <= MESSAGES; i++) await r.outbox.enqueue({ platform: "console", chatId: "group:一网格", text: `消息 ${i}` }, { notBefore: new Date(NOW) });
  });
});
afterEach(async () => {
  await app.dispose();
});

it("three processes sending at once send each message exactly once", async () => {
  const child = () =>
    new Promise<number[]>((resolve, reject) => {
      execFile(process.execPath, ["--import", "tsx", CHILD, app.config.databaseUrl, NOW], { env: childEnv(app.dir) }, (err, stdout) =>
        err ? reject(err) : resolve(JSON.parse(stdout) as number[]),
      );
    });
  const sent = (await Promise.all([child(), child(), child()])).flat();
  expect(sent).toHaveLength(MESSAGES);
  expect(new Set(sent).size).toBe(MESSAGES);
  const rows = await rawAll<{ status: string; attempts: number }>(app, `SELECT status, attempts FROM "OutboxMessage"`);
  expect(rows.every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
}, 120_000);
