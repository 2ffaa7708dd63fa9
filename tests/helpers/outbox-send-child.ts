// Run as a separate process by the outbox test: a bot process sending the console outbox,
// printing the ids it sent.
import pino from "pino";
import { drainOutbox } from "../../src/app/dispatch-outbox.ts";
import { loadConfig } from "../../src/config/load-config.ts";
import { dataDirEnv } from "./data-dir-env.ts";
import { createApp } from "../../src/create-app.ts";

const [url, now] = process.argv.slice(2);
const app = await createApp(loadConfig(dataDirEnv(), { db: url }), { clock: () => new Date(now as string), log: pino({ level: "silent" }) });
const sent: number[] = [];
await drainOutbox(app.deps, {
  platform: "console", limit: 5,
  send: async (item) => {
    sent.push(item.id);
    await new Promise((r) => setTimeout(r, 2)); // a network call: let the others run
    return { messageId: `m${item.id}` };
  },
}, 1000);
await app.close();
process.stdout.write(JSON.stringify(sent));
