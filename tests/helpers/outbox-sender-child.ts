// Run as a separate process by the outbox lease test: sends everything the outbox holds for
// platform "twin", slowly, writing each message id it sent to a log file.
import { appendFileSync } from "node:fs";
import pino from "pino";
import { drainOutbox } from "../../src/app/dispatch-outbox.ts";
import { loadConfig } from "../../src/config/load-config.ts";
import { dataDirEnv } from "./data-dir-env.ts";
import { createApp } from "../../src/create-app.ts";

const [file, log] = process.argv.slice(2) as [string, string];
const app = await createApp(loadConfig(dataDirEnv(), { db: file }), { log: pino({ level: "silent" }) });
await drainOutbox(app.deps, {
  platform: "twin",
  limit: 5,
  send: async (item) => {
    appendFileSync(log, `${process.pid} ${item.id}\n`);
    await new Promise((r) => setTimeout(r, 15));
    return { messageId: `m${item.id}` };
  },
});
await app.close();
