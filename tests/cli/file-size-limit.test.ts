// Issue 10, faults: under `ulimit -f` (the file-size limit a full disk looks like to SQLite),
// `deedbank simulate` exited with code 13 after 7 of 600 lines: the first failed write kept the
// write lane, and every later message waited for ever. The real bin, in a real shell limit:
// every line is read and answered, the operator is told once, and the exit is clean.
import { execFile, spawn } from "node:child_process";
import { rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";
import { tempDir } from "../helpers/test-app.ts";

const BIN = fileURLToPath(new URL("../../bin/deedbank.js", import.meta.url));
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const env = () => {
  const e: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "silent" };
  delete e.DATABASE_URL;
  return e;
};

it("answers all 300 lines under a file-size limit, says once that it cannot save, and exits 0", async () => {
  const db = join(dir, "limited.db");
  await new Promise<void>((resolve, reject) => {
    const c = execFile(process.execPath, [BIN, "simulate", "--demo", "--db", db], { env: env() }, (err) => (err ? reject(err) : resolve()));
    c.stdin?.end("");
  });
  // bash counts -f in KiB: room for the database and a little more, then SQLITE_FULL (EFBIG).
  const limitKiB = Math.ceil(statSync(db).size / 1024) + 40;
  const lines = Array.from({ length: 300 }, (_, i) => `邻居${i}: 早上撕了3张小广告 ${"在楼道里,".repeat(50)}${i}`);
  const child = spawn("bash", ["-c", `ulimit -f ${limitKiB} && exec "$0" "$@"`, process.execPath, BIN, "simulate", "--db", db], {
    env: env(), stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr.on("data", (c: Buffer) => (err += c.toString()));
  const code = new Promise<number | null>((resolve) => child.on("close", resolve));
  child.stdin.end(lines.join("\n"));
  expect({ code: await code, err }).toEqual({ code: 0, err: "" });
  // Each line echoed, then answered: a card while there was room, a polite error after.
  for (const l of lines) expect(out).toContain(l.slice(0, 12));
  const answers = out.split("\n").filter((l) => /^\s+\[\d+\] 🤖/.test(l)).length;
  expect(answers).toBeGreaterThanOrEqual(300);
  expect(out).toContain("抱歉,出了点小问题");
  expect(out.match(/存不了数据/g)?.length).toBe(1);
}, 120_000);
