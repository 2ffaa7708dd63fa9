// Builds a real app on a fresh temp SQLite file, with a settable clock and silent logs.
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import pino from "pino";
import { simulate } from "../../src/cli/commands/simulate.ts";
import { loadConfig } from "../../src/config/load-config.ts";
import { createApp, type App } from "../../src/create-app.ts";
import { seedDemo } from "../../src/app/seed-demo.ts";
import { freshPgSchema, onPostgres, type PgSchema } from "./pg.ts";

export interface TestApp extends App {
  dir: string;
  /** The PostgreSQL schema, in the postgresql project. */
  pg: PgSchema | null;
  now: Date;
  setNow(d: Date | string): void;
  /** Runs simulator lines (on the community of that slug, else the first) and returns the transcript. */
  chat(lines: string | string[], community?: string): Promise<string>;
  dispose(): Promise<void>;
}

const pgByDir = new Map<string, PgSchema>();

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "deedbank-test-"));
}

export async function testApp(opts: { demo?: boolean; now?: string; dir?: string; env?: Record<string, string> } = {}): Promise<TestApp> {
  const dir = opts.dir ?? tempDir();
  const state = { now: new Date(opts.now ?? "2026-11-25T02:00:00Z") };
  // On PostgreSQL a second app given the same dir opens the same schema (the first one drops it).
  const shared = onPostgres && opts.dir ? pgByDir.get(opts.dir) : undefined;
  const pg = shared ?? (onPostgres ? await freshPgSchema() : null);
  if (pg && !shared) pgByDir.set(dir, pg);
  const config = loadConfig({ LOG_LEVEL: "silent", DEEDBANK_DATA_DIR: dir, ...opts.env }, { db: pg ? pg.url : join(dir, "test.db") });
  const app = await createApp(config, { clock: () => state.now, log: pino({ level: process.env.TEST_LOG ?? "silent" }) });
  if (opts.demo !== false) await seedDemo(app.deps);
  const test = Object.assign(app, {
    dir,
    pg,
    setNow: (d: Date | string) => {
      state.now = new Date(d);
    },
    chat: async (lines: string | string[], community?: string) => {
      const text = Array.isArray(lines) ? lines.join("\n") : lines;
      const output = new PassThrough();
      let transcript = "";
      output.on("data", (c: Buffer) => (transcript += c.toString()));
      const clock = { now: () => state.now, set: (d: Date) => void (state.now = d) };
      await simulate(app, { demo: false, input: Readable.from([text]), output, interactive: false, clock, ...(community ? { community } : {}) });
      return transcript;
    },
    dispose: async () => {
      await app.close();
      if (pg && !shared) {
        pgByDir.delete(dir);
        await pg.drop();
      }
      if (!opts.dir) rmSync(dir, { recursive: true, force: true });
    },
  });
  // A getter, so `now` follows setNow (Object.assign would copy the value once).
  return Object.defineProperty(test, "now", { get: () => state.now }) as TestApp;
}

/**
 * The resident's balance straight from the ledger rows, summed in SQL on a connection of its
 * own: independent of the balance code the app shows, so a bug there cannot hide here.
 */
export async function ledgerSum(app: App & { pg?: PgSchema | null }, name: string): Promise<number> {
  const sql = `SELECT r.id, COALESCE(SUM(l.points), 0) AS total FROM "Resident" r LEFT JOIN "LedgerEntry" l ON l."residentId" = r.id
         WHERE r."communityId" = 1 AND r.name = $1 AND r.status <> 'inactive' GROUP BY r.id`;
  let rows: { id: number; total: number | string }[];
  if (app.pg) rows = await app.pg.query<{ id: number; total: string }>(sql, [name]);
  else {
    const raw = new Database(app.db.file, { readonly: true });
    try {
      rows = raw.prepare(sql.replace("$1", "?")).all(name) as { id: number; total: number }[];
    } finally {
      raw.close();
    }
  }
  if (rows.length > 1) throw new Error(`ledgerSum: ${rows.length} residents are called ${name}`);
  return Number(rows[0]?.total ?? 0);
}
