// Run as a separate process by the crash test: approves reports 1..N one by one, printing
// each approval once it is committed. After `readyAfter` approvals it prints "ready" (the
// test kills it then, with most of the work still ahead); "finished" when it got to the end.
import pino from "pino";
import { resolveActor } from "../../src/app/actor.ts";
import { approveReport } from "../../src/app/approve-report.ts";
import { loadConfig } from "../../src/config/load-config.ts";
import { dataDirEnv } from "./data-dir-env.ts";
import { createApp } from "../../src/create-app.ts";

const [file, count, readyAfter] = process.argv.slice(2);
const app = await createApp(loadConfig(dataDirEnv(), { db: file }), { log: pino({ level: "silent" }) });
const actor = await resolveActor(app.deps, { platform: "console", userId: "周华", displayName: "周华" });
let approved = 0;
for (let n = 1; n <= Number(count); n++) {
  const res = await approveReport(app.deps, { communityId: 1, number: n, actor });
  if (!res.ok) continue;
  process.stdout.write(`approved ${n}\n`);
  if (++approved === Number(readyAfter)) process.stdout.write("ready\n");
}
await app.close();
process.stdout.write("finished\n");
