// One bot process of the scale benchmark: approves the given report numbers one after another.
import pino from "pino";
import { resolveActor } from "../../src/app/actor.ts";
import { approveReport } from "../../src/app/approve-report.ts";
import { loadConfig } from "../../src/config/load-config.ts";
import { createApp } from "../../src/create-app.ts";

const [url, from, to] = process.argv.slice(2);
const app = await createApp(loadConfig({}, { db: url }), { log: pino({ level: "silent" }) });
const actor = await resolveActor(app.deps, { platform: "console", userId: "王敏", displayName: "王敏" });
let ok = 0;
for (let n = Number(from); n <= Number(to); n++) if ((await approveReport(app.deps, { communityId: 1, number: n, actor })).ok) ok++;
await app.close();
process.stdout.write(String(ok));
