// Child process for the kill test: imports a roster in small batches and says "batch N" after
// each, so that the parent can SIGKILL it half-way.
import pino from "pino";
import { phoneHasher } from "../../src/app/hash-phone.ts";
import { importRoster } from "../../src/app/import-roster.ts";
import { readTable } from "../../src/cli/roster/read-table.ts";
import { loadConfig } from "../../src/config/load-config.ts";
import { createApp } from "../../src/create-app.ts";

const [db, file] = process.argv.slice(2) as [string, string];
const app = await createApp(loadConfig({ LOG_LEVEL: "silent" }, { db }), { log: pino({ level: "silent" }) });
const summary = await importRoster(app.deps, {
  communityId: 1, file: await readTable(file), dryRun: false, createGrids: false, hashPhone: phoneHasher("kill-test-secret-0123456789"),
  removalReason: "gone", batchSize: 25, onProgress: (done) => process.stdout.write(`batch ${done}\n`),
});
process.stdout.write(`done ${summary.created}\n`);
await app.close();
