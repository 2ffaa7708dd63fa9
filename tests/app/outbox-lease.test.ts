// Two processes on one database: each claims an outbox message (a lease) before sending it, so
// every notice goes out exactly once even while both run; a lease left by a dead sender expires.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { drainOutbox } from "../../src/app/dispatch-outbox.ts";
import { childEnv } from "../helpers/data-dir-env.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";

const CHILD = fileURLToPath(new URL("../helpers/outbox-sender-child.ts", import.meta.url));
const TSX = fileURLToPath(new URL("../../node_modules/tsx/dist/cli.mjs", import.meta.url));

let app: TestApp;
afterEach(async () => app?.dispose());

const runChild = (file: string, log: string) =>
  new Promise<number>((resolve) => {
    execFile(process.execPath, [TSX, CHILD, file, log], { env: { ...childEnv(app.dir), LOG_LEVEL: "silent" } }, (err) =>
      resolve(err ? 1 : 0),
    );
  });

describe("outbox leases", () => {
  it("two processes draining one database send each of 40 notices once", async () => {
    app = await testApp({ now: new Date(Date.now() - 60_000).toISOString() });
    await app.deps.store.write(async (r) => {
      for (let i = 1; i <= 40; i++) await r.outbox.enqueue({ platform: "twin", chatId: "c", text: `决定 ${i}` }, { dedupeKey: `twin:${i}` });
    });
    const file = app.config.databaseUrl;
    const log = join(app.dir, "sent.log");
    expect(await Promise.all([runChild(file, log), runChild(file, log)])).toEqual([0, 0]);
    const sent = readFileSync(log, "utf8").trim().split("\n").map((l) => l.split(" "));
    const ids = sent.map(([, id]) => id);
    expect(new Set(ids).size).toBe(40);
    expect(ids.length).toBe(40);
  }, 120_000);

  it("a lease left by a sender that died is taken over after it expires, not before", async () => {
    app = await testApp();
    const t0 = app.now;
    await app.deps.store.write((r) => r.outbox.enqueue({ platform: "twin", chatId: "c", text: "hi" }, { notBefore: t0 }));
    const taken = await app.deps.store.write((r) => r.outbox.claim(t0, 10, new Date(t0.getTime() + 60_000), "twin"));
    expect(taken).toHaveLength(1);
    const sends: string[] = [];
    const send = async () => (sends.push("x"), { messageId: "1" });
    await drainOutbox(app.deps, { platform: "twin", send });
    expect(sends).toHaveLength(0);
    app.setNow(new Date(t0.getTime() + 61_000));
    await drainOutbox(app.deps, { platform: "twin", send });
    expect(sends).toHaveLength(1);
    if (!app.pg) expect(existsSync(app.db.file)).toBe(true);
  });
});
