// The real `deedbank` bin, as a user runs it.
import { execFile } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "../helpers/test-app.ts";

const BIN = fileURLToPath(new URL("../../bin/deedbank.js", import.meta.url));
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  return new Promise<{ stdout: string; stderr: string; code: number }>((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { env: { ...process.env, LOG_LEVEL: "silent", ...env } }, (err, stdout, stderr) =>
      resolve({ stdout, stderr, code: err ? Number((err as { code?: number }).code ?? 1) : 0 }),
    );
    child.stdin?.end(input ?? "");
  });
}

describe("deedbank bin", () => {
  it("prints help", async () => {
    const { stdout, code } = await run(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/simulate[\s\S]*parse/);
  });

  it("runs the README example on a fresh demo database, and continues the story on a second run", async () => {
    const db = join(dir, "demo.db");
    const first = await run(["simulate", "--demo", "--db", db], "张秀英: 早上撕了3张小广告\n王敏: 通过 1\n张秀英: 我的积分\n");
    expect(first.stdout.trim().split("\n").at(-1)).toContain("张秀英:累计 6 分");
    const second = await run(["simulate", "--demo", "--db", db], "张秀英: 今天去献了血\n王敏: 通过 2\n张秀英: 我的积分\n");
    expect(second.stdout).toContain("#2");
    expect(second.stdout.trim().split("\n").at(-1)).toContain("张秀英:累计 16 分");
  });

  it("names each bad configuration key and exits non-zero", async () => {
    const { stderr, code } = await run(["simulate", "--db", join(dir, "x.db")], "", { DEEDBANK_LOCALE: "klingon" });
    expect(code).toBe(2);
    expect(stderr).toContain('DEEDBANK_LOCALE="klingon" is not valid');
  });

  it("parses JSON lines, reporting a bad line by number and going on", async () => {
    const input = '{"id":"a","text":"早上撕了3张小广告","sender":"x"}\nnot json\n{"id":"b","text":"今天天气不错"}\n';
    const { stdout } = await run(["parse", "--jsonl"], input);
    const lines = stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: "a", isReport: true, deeds: [{ category: "flyer_removal", quantity: 3, points: 6 }] });
    expect(lines[1].error).toContain("line 2");
    expect(lines[2]).toMatchObject({ id: "b", isReport: false });
  });
});
