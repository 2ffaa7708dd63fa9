// `deedbank parse --jsonl < big.jsonl | head`: the reader goes away early. The command stops
// quietly, as Unix tools do, instead of printing a stack trace about EPIPE.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../../bin/deedbank.js", import.meta.url));

describe("a reader that closes the pipe early", () => {
  it("parse --jsonl stops quietly with exit code 0", async () => {
    const line = JSON.stringify({ id: "x", text: "今天在楼下撕了三张小广告", sender: "张三" }) + "\n";
    const child = spawn(process.execPath, [BIN, "parse", "--jsonl", "--workers", "1"], {
      env: { ...process.env, LOG_LEVEL: "silent" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    // Like `head -1`: read the first chunk of answers, then close the pipe.
    child.stdout.once("data", () => child.stdout.destroy());
    child.stdin.on("error", () => undefined); // the child may stop before it has read everything
    for (let i = 0; i < 20; i++) child.stdin.write(line.repeat(2000));
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(code).toBe(0);
  }, 30_000);
});
