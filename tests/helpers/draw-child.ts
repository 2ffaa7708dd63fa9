// Run as a separate process by the draw test: runs draw #1 several times at once.
import pino from "pino";
import { resolveActor } from "../../src/app/actor.ts";
import { runDraw } from "../../src/app/run-draw.ts";
import { loadConfig } from "../../src/config/load-config.ts";
import { dataDirEnv } from "./data-dir-env.ts";
import { createApp } from "../../src/create-app.ts";

const [url, times, now] = process.argv.slice(2);
const app = await createApp(loadConfig(dataDirEnv(), { db: url }), { clock: () => new Date(now as string), log: pino({ level: "silent" }) });
const by = await resolveActor(app.deps, { platform: "console", userId: "周华", displayName: "周华" });
const results = await Promise.all(
  Array.from({ length: Number(times) }, () =>
    runDraw(app.deps, { communityId: 1, drawId: 1, by, announce: (res, g) => ({ ...g, text: `result ${res.draw.id}` }) })),
);
await app.close();
process.stdout.write(JSON.stringify(results.map((r) => (r.ok ? "ok" : r.code))));
