// The demo is seeded in one transaction: a failure (or a kill) half-way leaves no community
// without its groups and people, and the next run seeds it whole.
import { afterEach, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/app/seed-demo.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";

let app: TestApp;
afterEach(async () => app?.dispose());

describe("seeding the demo", () => {
  it("is all or nothing", async () => {
    app = await testApp({ demo: false });
    // the last person of the demo cannot be written: the seed dies half-way
    if (app.pg) {
      await app.db.raw(`CREATE FUNCTION die_halfway() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'killed'; END $$`);
      await app.db.raw(`CREATE TRIGGER die_halfway BEFORE INSERT ON "Resident" FOR EACH ROW WHEN (NEW.name = '周华') EXECUTE FUNCTION die_halfway()`);
    } else {
      await app.db.raw(`CREATE TRIGGER die_halfway BEFORE INSERT ON "Resident" WHEN NEW.name = '周华' BEGIN SELECT RAISE(ABORT, 'killed'); END`);
    }
    await expect(seedDemo(app.deps)).rejects.toThrow();
    expect(await app.deps.store.read((r) => r.communities.count())).toBe(0);

    await app.db.raw(app.pg ? `DROP TRIGGER die_halfway ON "Resident"` : `DROP TRIGGER die_halfway`);
    expect(await seedDemo(app.deps)).toBe(true);
    const out = await app.chat("张秀英: 早上撕了3张小广告");
    expect(out).toMatch(/#1/);
    expect(out).not.toContain("还没绑定网格");
  });
});
