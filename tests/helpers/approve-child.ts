// Run as a separate process by the concurrency test: approves one report many times.
import pino from "pino";
import { resolveActor } from "../../src/app/actor.ts";
import { approveReport } from "../../src/app/approve-report.ts";
import { loadConfig } from "../../src/config/load-config.ts";
import { createApp } from "../../src/create-app.ts";

const [file, times] = process.argv.slice(2);
const app = await createApp(loadConfig({}, { db: file }), { log: pino({ level: "silent" }) });
const actor = await resolveActor(app.deps, { platform: "console", userId: "王敏", displayName: "王敏" });
const results = await Promise.all(
  Array.from({ length: Number(times) }, () => approveReport(app.deps, { communityId: 1, number: 1, actor })),
);
await app.close();
process.stdout.write(JSON.stringify(results.map((r) => (r.ok ? "ok" : r.code))));
