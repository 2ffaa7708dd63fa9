// PostgreSQL writes lock what they touch (docs/postgresql-writes.md): two bot processes writing
// for different communities do not wait for each other; two writing for one community do, and
// the second sees the first's commit; a write without a scope runs alone.
// Waiting is observed in pg_locks (an advisory lock not yet granted), never timed.
import { randomInt } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/storage/database.ts";
import { lockKeys, WRITE_LOCK } from "../../src/storage/postgres.ts";
import { freshPgSchema, PG_URL, type PgSchema } from "../helpers/pg.ts";
import { tempDir } from "../helpers/test-app.ts";

describe.skipIf(!PG_URL)("PostgreSQL write locks", { timeout: 60_000 }, () => {
  let schema: PgSchema;
  let one: Database; // two bot processes: two pools on one schema
  let two: Database;
  const a = 1 + randomInt(50_000);
  const b = a + 50_000;
  // The locks' keys in pg_locks (classid, objid, objsubid): they carry this test's schema.
  let globalLock: [number, number, number];
  let communityLock: (id: number) => [number, number, number];

  beforeEach(async () => {
    schema = await freshPgSchema("locks");
    const keys = lockKeys(schema.schema);
    globalLock = [WRITE_LOCK, keys.schema, 1];
    communityLock = (id) => [keys.schema, id, 2];
    const dir = tempDir();
    one = await openDatabase(schema.url, { dataDir: dir });
    two = await openDatabase(schema.url, { dataDir: dir });
    for (const id of [a, b]) await schema.query(`INSERT INTO "Community" (id, slug, name) VALUES ($1, $2, $2)`, [id, `c${id}`]);
  }, 60_000);
  afterEach(async () => {
    await one.close();
    await two.close();
    await schema.drop();
  }, 60_000);

  /** A write of community `a` in process one, held open until `release()`. */
  async function holdCommunity(id: number) {
    let release = () => undefined as void;
    const gate = new Promise<void>((r) => (release = r));
    let entered = () => undefined as void;
    const inside = new Promise<void>((r) => (entered = r));
    const done = one.write(async (r) => {
      await r.residents.create({ communityId: id, gridId: null, name: "张秀英" });
      entered();
      await gate;
    }, { communityId: id });
    await inside;
    return { release, done };
  }

  /** Resolves "waiting" once some backend waits for the advisory lock (k1, k2, subid). */
  async function waitingFor(k1: number, k2: number, subid: number, stop: { done: boolean }): Promise<"waiting" | "stopped"> {
    while (!stop.done) {
      const rows = await schema.query(
        `SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = $1 AND objid = $2 AND objsubid = $3`, [k1, k2, subid]);
      if (rows.length > 0) return "waiting";
      await new Promise((r) => setTimeout(r, 20));
    }
    return "stopped";
  }

  /** Which comes first: the write finishing, or it being seen waiting for the lock. */
  async function race(write: Promise<unknown>, lock: [number, number, number]) {
    const stop = { done: false };
    const first = await Promise.race([write.then(() => "done" as const), waitingFor(...lock, stop)]);
    stop.done = true;
    return first;
  }

  it("another community's write does not wait for an open one", async () => {
    const held = await holdCommunity(a);
    const other = two.write((r) => r.residents.create({ communityId: b, gridId: null, name: "李光喜" }), { communityId: b });
    // Old design (one global lock): `other` waits for process one's transaction, and this never resolves.
    expect(await race(other, globalLock)).toBe("done");
    // The outbox's row-level writes do not wait either.
    expect(await race(two.write((r) => r.outbox.due(new Date(), 1), "rows"), globalLock)).toBe("done");
    held.release();
    await held.done;
  });

  it("the same community's write waits, then sees the first write's commit", async () => {
    const held = await holdCommunity(a);
    const same = two.write((r) => r.residents.findByName(a, null, "张秀英"), { communityId: a });
    expect(await race(same, communityLock(a))).toBe("waiting");
    held.release();
    await held.done;
    expect(await same).toMatchObject([{ communityId: a, name: "张秀英" }]);
  });

  it("a write without a scope waits for every open write", async () => {
    const held = await holdCommunity(a);
    const all = two.write((r) => r.residents.findByName(a, null, "张秀英"));
    expect(await race(all, globalLock)).toBe("waiting");
    held.release();
    await held.done;
    expect(await all).toHaveLength(1);
  });
});
