// Run as a separate process by the exchange concurrency test: records many exchanges at once.
import pino from "pino";
import { resolveActor } from "../../src/app/actor.ts";
import { exchangePoints } from "../../src/app/exchange-points.ts";
import { loadConfig } from "../../src/config/load-config.ts";
import { dataDirEnv } from "./data-dir-env.ts";
import { createApp } from "../../src/create-app.ts";

const [file, times, item] = process.argv.slice(2);
const app = await createApp(loadConfig(dataDirEnv(), { db: file }), { log: pino({ level: "silent" }) });
const actor = await resolveActor(app.deps, { platform: "console", userId: "王敏", displayName: "王敏" });
const results = await Promise.all(
  Array.from({ length: Number(times) }, () => exchangePoints(app.deps, { communityId: 1, actor, name: "张秀英", item: item ?? "" })),
);
await app.close();
process.stdout.write(JSON.stringify(results.map((r) => (r.ok ? "ok" : r.code))));
