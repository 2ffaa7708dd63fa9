// A kill half-way through an import leaves complete households only, and a re-run completes it.
import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";
import { GEN_GRIDS, generateRoster, writeRosterCsv } from "../helpers/roster-gen.ts";
import { runCli } from "../helpers/run-cli.ts";
import { tempDir } from "../helpers/test-app.ts";

const CHILD = fileURLToPath(new URL("../helpers/import-child.ts", import.meta.url));
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (db: string, file: string, killAfter: number | null) =>
  new Promise<{ out: string; killed: boolean }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, db, file]);
    let out = "";
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString();
      const batches = (out.match(/^batch [1-9]/gm) ?? []).length;
      if (killAfter !== null && batches >= killAfter && !child.killed) child.kill("SIGKILL");
    });
    child.on("exit", (_code, signal) => resolve({ out, killed: signal === "SIGKILL" }));
  });

it("SIGKILL mid-import: no half-imported household, no award without its points; a re-run finishes", async () => {
  const roster = generateRoster({ people: 1500, households: 500, seed: 7 });
  const file = join(dir, "roster.csv");
  writeRosterCsv(file, roster.rows);
  const db = join(dir, "kill.db");
  await runCli(["setup", "--name", "白石坡社区", "--slug", "bsp", "--grids", GEN_GRIDS.join(","), "--db", db]);

  const first = await run(db, file, 3);
  expect(first.killed).toBe(true);
  const size = new Map<string, number>();
  for (const r of roster.rows) size.set(`${r[3]}|${r[4]}|${r[5]}|${r[6]}`, (size.get(`${r[3]}|${r[4]}|${r[5]}|${r[6]}`) ?? 0) + 1);
  const check = () => {
    const conn = new Database(db, { readonly: true });
    try {
      const households = conn.prepare(`
        SELECT g.name || '|' || h.building || '|' || h.unit || '|' || h.room k, count(e.residentId) n, h.headResidentId head
        FROM Household h JOIN Grid g ON g.id = h.gridId LEFT JOIN RegisterEntry e ON e.householdId = h.id GROUP BY h.id`).all() as { k: string; n: number; head: number | null }[];
      for (const h of households) {
        expect(h.n).toBe(size.get(h.k));
        expect(h.head).not.toBeNull();
      }
      const unpaid = conn.prepare(`
        SELECT count(*) n FROM FixedAward a WHERE NOT EXISTS (SELECT 1 FROM LedgerEntry l WHERE l.idempotencyKey = 'fixed:' || a.id)`).get() as { n: number };
      expect(unpaid.n).toBe(0);
      return households.length;
    } finally {
      conn.close();
    }
  };
  const partial = check();
  const before = new Database(db, { readonly: true });
  const imported = (before.prepare(`SELECT count(*) n FROM Resident`).get() as { n: number }).n;
  before.close();
  expect(partial).toBeGreaterThan(0);
  expect(partial).toBeLessThan(roster.expect.households);

  const second = await run(db, file, null);
  expect(second.out).toContain(`done ${roster.expect.valid - imported}`);
  expect(check()).toBe(roster.expect.households);
  const conn = new Database(db, { readonly: true });
  expect((conn.prepare(`SELECT count(*) n FROM Resident`).get() as { n: number }).n).toBe(roster.expect.valid);
  conn.close();
  expect((await run(db, file, null)).out).toContain("done 0");
}, 180_000);
