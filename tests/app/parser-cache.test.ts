// The bot's in-memory caches at city scale (issue 14): communities on the same catalog share
// one compiled parser, and a chat's place is one statement on its first message.
import { afterEach, describe, expect, it } from "vitest";
import { createCommunity } from "../../src/app/create-community.ts";
import { resolveChat } from "../../src/app/resolve-chat.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";

const apps: TestApp[] = [];
afterEach(async () => {
  while (apps.length) await apps.pop()?.dispose();
});

describe("parser cache", () => {
  it("compiles a catalog once for every community on it, and again once a community's catalog differs", async () => {
    const app = await testApp({ demo: false });
    apps.push(app);
    const a = (await createCommunity(app.deps, { slug: "a", name: "甲社区", grids: ["一网格"] })).community;
    const b = (await createCommunity(app.deps, { slug: "b", name: "乙社区", grids: ["一网格"] })).community;
    const c = (await createCommunity(app.deps, { slug: "c", name: "丙社区", grids: ["一网格"] })).community;
    const pa = await app.deps.parsers.forCommunity(a.id);
    const pb = await app.deps.parsers.forCommunity(b.id);
    expect(pb.parser).toBe(pa.parser);
    // 丙社区 changes a category's points: its own parser, and 甲 and 乙 keep theirs.
    const catalog = pa.catalog.map((cat, i) => (i === 0 ? { ...cat, points: cat.points + 1 } : cat));
    await app.deps.store.write((r) => r.catalog.save(c.id, catalog));
    await app.deps.parsers.refresh();
    const pc = await app.deps.parsers.forCommunity(c.id);
    expect(pc.parser).not.toBe((await app.deps.parsers.forCommunity(a.id)).parser);
    expect(pc.catalog[0]?.points).toBe((pa.catalog[0]?.points ?? 0) + 1);
    expect((await app.deps.parsers.forCommunity(b.id)).parser).toBe((await app.deps.parsers.forCommunity(a.id)).parser);
  });

  it("finds a chat's group, grid and community in one statement", async () => {
    const app = await testApp();
    apps.push(app);
    const place = await resolveChat(app.deps, "console", "group:一网格");
    expect(place?.grid.name).toBe("一网格");
    expect(place?.group.gridId).toBe(place?.grid.id);
    expect(place?.group.communityId).toBe(place?.community.id);
    expect(place?.community.slug).toBe("baishipo");
    expect(await resolveChat(app.deps, "console", "group:nowhere")).toBeNull();
  });
});
