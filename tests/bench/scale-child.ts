// One bot process of the scale benchmark: approves the given report numbers of one community
// one after another, as the given reviewer (a console user id). It says "ready" once started
// and waits for a line on stdin before approving, so that the parent can time the three
// processes approving at once without their start-up.
import pino from "pino";
import { resolveActor } from "../../src/app/actor.ts";
import { approveReport } from "../../src/app/approve-report.ts";
import { loadConfig } from "../../src/config/load-config.ts";
import { createApp } from "../../src/create-app.ts";

const [url, community, user, from, to] = process.argv.slice(2);
// The parent passes its data dir (the draw key) as DEEDBANK_DATA_DIR.
const app = await createApp(loadConfig({ DEEDBANK_DATA_DIR: process.env.DEEDBANK_DATA_DIR ?? "" }, { db: url }), { log: pino({ level: "silent" }) });
const actor = await resolveActor(app.deps, { platform: "console", userId: String(user), displayName: String(user) });
process.stdout.write("ready\n");
await new Promise((resolve) => process.stdin.once("data", resolve));
process.stdin.pause();
let ok = 0;
for (let n = Number(from); n <= Number(to); n++) if ((await approveReport(app.deps, { communityId: Number(community), number: n, actor })).ok) ok++;
process.stdout.write(`approved ${ok}\n`);
await app.close();
