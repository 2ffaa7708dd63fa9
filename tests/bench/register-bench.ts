// Time to import a community's roster: 26,120 residents in 8,937 households (the size of the
// community the scheme comes from), from .xlsx, then the same file again (a no-op), against a
// floor measured in the same run: a raw bulk insert of the same rows by better-sqlite3.
//   npm run bench:register
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyMigrations } from "../../src/storage/migrate.ts";
import { GEN_GRIDS, generateRoster, writeRosterXlsx } from "../helpers/roster-gen.ts";
import { runCli } from "../helpers/run-cli.ts";

const dir = mkdtempSync(join(tmpdir(), "deedbank-bench-"));
try {
  const roster = generateRoster({ people: 26_120, households: 8_937 });
  const file = join(dir, "roster.xlsx");
  await writeRosterXlsx(file, roster.rows);
  const db = join(dir, "bench.db");
  await runCli(["setup", "--name", "白石坡社区", "--slug", "bsp", "--grids", GEN_GRIDS.join(","), "--db", db]);

  const timed = async (args: string[]) => {
    const started = performance.now();
    const out = JSON.parse(await runCli(args)) as { created: number; unchanged: number };
    return { ms: performance.now() - started, out };
  };
  const first = await timed(["residents", "import", file, "--json", "--db", db]);
  const again = await timed(["residents", "import", file, "--json", "--db", db]);

  // The floor: the same rows straight into the Resident table, one prepared statement, one transaction.
  const floorDb = join(dir, "floor.db");
  applyMigrations(floorDb);
  const raw = new Database(floorDb);
  raw.exec(`INSERT INTO Community (slug, name) VALUES ('x', 'x'); INSERT INTO Grid (communityId, name) VALUES (1, 'g')`);
  const started = performance.now();
  const insert = raw.prepare(`INSERT INTO Resident (communityId, gridId, name, building, unit, room, phoneHash, createdAt) VALUES (1, 1, ?, ?, ?, ?, ?, ?)`);
  raw.transaction(() => {
    for (const r of roster.rows) insert.run(r[1], r[4], r[5], r[6], r[7] || null, new Date().toISOString());
  })();
  const floorMs = performance.now() - started;
  raw.close();

  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`roster: ${roster.rows.length} rows, ${roster.expect.households} households (.xlsx)`);
  console.log(`import:    ${s(first.ms)}  (created ${first.out.created})  = ${(first.ms / floorMs).toFixed(0)}× the floor`);
  console.log(`re-import: ${s(again.ms)}  (unchanged ${again.out.unchanged})  = ${(again.ms / floorMs).toFixed(0)}× the floor, ${(again.ms / first.ms * 100).toFixed(0)}% of the import`);
  console.log(`floor (raw bulk insert of the same rows, better-sqlite3): ${floorMs.toFixed(0)} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
