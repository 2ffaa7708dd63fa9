// Issue 10: logs never carry a binding code. The real bin, with LOG_LEVEL=debug, on every path
// that makes or takes a code: `deedbank bind-code`, codes said in the chat (right, wrong, and
// past the lockout), and `deedbank start` with DEEDBANK_ADMINS=wechat:NAME (the log, stderr,
// is what journald or docker keeps). A code is as good as a password until used.
import { execFile, spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/test-app.ts";

const BIN = fileURLToPath(new URL("../../bin/deedbank.js", import.meta.url));
const dir = tempDir();
const db = join(dir, "bind.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const e: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "debug", DEEDBANK_DATA_DIR: dir, ...extra };
  for (const k of ["DATABASE_URL", "TELEGRAM_BOT_TOKEN", "WECHAT_ENABLED", "DEEDBANK_ADMINS"]) if (!(k in extra)) delete e[k];
  return e;
};

function run(args: string[], input = "", extra: Record<string, string> = {}) {
  return new Promise<{ stdout: string; stderr: string; code: number }>((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { env: env(extra), cwd: dir }, (err, stdout, stderr) =>
      resolve({ stdout, stderr, code: err ? Number((err as { code?: number }).code ?? 1) : 0 }),
    );
    child.stdin?.end(input);
  });
}

const CODE = /\d{8}/g;

beforeAll(async () => {
  expect((await run(["simulate", "--demo", "--db", db])).code).toBe(0);
}, 60_000);

describe("binding codes never reach the log", () => {
  it("deedbank bind-code prints the code for the operator on stdout, and the debug log holds none", async () => {
    const r = await run(["bind-code", "王敏", "--db", db]);
    expect(r.code).toBe(0);
    const [code] = r.stdout.match(CODE) ?? [];
    expect(code).toBeDefined();
    expect(r.stderr).not.toContain(code);

    // Said in the chat: the right code, then wrong ones past the lockout (the staff alert included).
    const wrong = ["11111111", "22222222", "33333333", "44444444", "55555555", "66666666"];
    const chat = await run(["simulate", "--db", db], [`王敏: 绑定码 ${code}`, ...wrong.map((w) => `刘建国: 绑定码 ${w}`)].join("\n"));
    expect(chat.code).toBe(0);
    expect(chat.stdout).toContain("已绑定");
    expect(chat.stdout).toContain("请过一个小时再试"); // locked out
    expect(chat.stdout).toContain("多次输错绑定码"); // and the staff alerted
    for (const c of [code!, ...wrong]) expect(chat.stderr).not.toContain(c);
  });

  it("deedbank start with DEEDBANK_ADMINS=wechat:NAME: the code is in a private file, never in the log", async () => {
    const child = spawn(process.execPath, [BIN, "start", "--db", db], {
      env: env({ WECHAT_ENABLED: "1", DEEDBANK_ADMINS: "wechat:周华" }), cwd: dir, stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.stdout.on("data", () => undefined);
    const exited = new Promise((resolve) => child.on("exit", resolve));
    try {
      // Either the old line with the code or the new one naming the file: both start "WeChat admin".
      for (let i = 0; i < 600 && !/WeChat admin/.test(stderr); i++) await new Promise((r) => setTimeout(r, 50));
      expect(stderr).toMatch(/WeChat admin/);
    } finally {
      child.kill("SIGKILL");
      await exited;
    }
    // Before: `WeChat admin 周华: send "绑定码 12345678" …` on stderr, in the log with everything else.
    expect(stderr).not.toMatch(/绑定码\s*\d{8}/);
    const file = join(dir, "admin-codes.txt");
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const codes = readFileSync(file, "utf8").match(CODE) ?? [];
    expect(codes).toHaveLength(1);
    expect(stderr).not.toContain(codes[0]);
    expect(stderr).toContain(file);
  }, 60_000);
});
