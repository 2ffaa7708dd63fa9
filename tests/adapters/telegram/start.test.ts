// `deedbank start` with TELEGRAM_BOT_TOKEN: the real bin, polling the emulator, the outbox
// loop sending the decision notice, and a clean stop on SIGTERM.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { ledgerSum, tempDir, testApp } from "../../helpers/test-app.ts";
import { startEmulator, TOKEN, type Emulator } from "./emulator.ts";

const BIN = fileURLToPath(new URL("../../../bin/deedbank.js", import.meta.url));
const GROUP = { id: -100777, type: "supergroup" as const };

let emu: Emulator;
let child: ChildProcess | undefined;
afterEach(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  await emu?.close();
});

describe("deedbank start on Telegram", () => {
  it("answers in the group, sends the notice from the outbox, and stops cleanly on SIGTERM", async () => {
    emu = await startEmulator();
    const dir = tempDir();
    const file = join(dir, "test.db");
    const setup = await testApp({ dir });
    await setup.deps.store.write(async (r) => {
      await r.groups.create({ platform: "telegram", externalId: String(GROUP.id), gridId: 1, title: "一网格群" });
      const [zhang] = await r.residents.findByName(1, null, "张秀英");
      await r.identities.create({ platform: "telegram", externalUserId: "2001", displayName: "张秀英", residentId: zhang!.id, verified: true });
    });
    await setup.close();

    let stderr = "";
    child = spawn(process.execPath, [BIN, "start", "--db", file], {
      env: { ...process.env, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: emu.apiRoot, DEEDBANK_ADMINS: "telegram:9001", LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stderr?.on("data", (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child?.on("exit", (code) => resolve(code)));
    await emu.waitFor(() => stderr.includes("telegram bot running"), "the bot to start");

    await emu.say({ id: 2001, name: "张秀英" }, GROUP, "早上撕了3张小广告");
    const card = await emu.waitFor(() => emu.botMessages().find((m) => /📝 #1/.test(m.text)), "the card");
    // 9001 is an admin from DEEDBANK_ADMINS: the button works for them.
    await emu.press({ id: 9001, name: "周华" }, GROUP.id, card, "ap:1");
    await emu.waitFor(() => emu.botMessages().find((m) => m.chatId === String(GROUP.id) && /✅ #1 已通过:张秀英 \+6 分/.test(m.text)), "the notice");

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    const after = await testApp({ dir });
    expect(await ledgerSum(after, "张秀英")).toBe(6);
    await after.dispose();
  }, 60_000);

  it("says when the token is refused (401), and exits with an error code", async () => {
    emu = await startEmulator();
    emu.faults.push({ method: "getMe", status: 401, body: { ok: false, error_code: 401, description: "Unauthorized" } });
    let stderr = "";
    child = spawn(process.execPath, [BIN, "start", "--db", join(tempDir(), "t.db")], {
      env: { ...process.env, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: emu.apiRoot, LOG_LEVEL: "info" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stderr?.on("data", (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child?.on("exit", (c) => resolve(c)));
    expect(code).toBe(3);
    expect(stderr).toContain("copy TELEGRAM_BOT_TOKEN again from @BotFather");
  }, 60_000);
});
