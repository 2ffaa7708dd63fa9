// Run as a separate process by the outbox test: approves report #1 in the chat, so the credit
// and the reporter's notice are committed, then dies (SIGKILL) before anything is sent.
import pino from "pino";
import { loadConfig } from "../../src/config/load-config.ts";
import { dataDirEnv } from "../helpers/data-dir-env.ts";
import { createApp } from "../../src/create-app.ts";

const [file, now] = process.argv.slice(2);
const app = await createApp(loadConfig(dataDirEnv(), { db: file }), { clock: () => new Date(now as string), log: pino({ level: "silent" }) });
const replies = await app.handle({
  platform: "console", chatId: "group:一网格", messageId: "crash-1", sender: { id: "王敏", name: "王敏" }, text: "通过 1",
});
process.stdout.write(JSON.stringify(replies));
process.kill(process.pid, "SIGKILL");
