// The weekly honour list as the scheduler posts it: what each group gets, at most once, even
// with two schedulers at once; a dry run posts nothing.
import { existsSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { WEEKLY_HONOUR } from "../../src/scheduler/jobs/weekly-honour.ts";
import type { PosterData } from "../../src/scheduler/poster-port.ts";
import { DUE_W47, IN_W47, playWeek47, postsIn } from "../helpers/honour-week.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";

const apps: TestApp[] = [];
const open = async (opts: Parameters<typeof testApp>[0] = {}) => {
  const app = await testApp(opts);
  apps.push(app);
  return app;
};
afterEach(async () => {
  // The second app on a shared file closes first; the first removes the folder.
  while (apps.length) await apps.pop()?.dispose();
});
const honourJob = (app: TestApp) => {
  const job = app.jobs.find((j) => j.id === WEEKLY_HONOUR);
  if (!job) throw new Error("no weekly-honour job");
  return job;
};

describe("weekly honour list", { timeout: 120_000 }, () => {
  it("gives each group its grid's list and the community's top list, masked names masked", async () => {
    const app = await open();
    await playWeek47(app);
    app.setNow(DUE_W47);
    const report = await honourJob(app).run({ scheduledAt: app.deps.clock() });
    expect(report.period).toBe("2026-W47");
    expect(report.posts.map((p) => [p.group, p.status])).toEqual([
      ["白石坡社区一网格群", "queued"],
      ["白石坡社区二网格群", "queued"],
    ]);
    const { outbox, records } = await postsIn(app);
    expect(records.map((r) => r.period)).toEqual(["2026-W47", "2026-W47"]);
    const [one, two] = outbox;
    expect(one?.chatId).toBe("group:一网格");
    expect(one?.text).toContain("🏅 白石坡社区光荣榜\n2026年第47周(11月16日—11月22日)");
    expect(one?.text).toMatch(/【一网格】\n🥇 张秀英 16分\n {3}清理小广告8张\n🥈 陈\*强 6分\n {3}清理小广告3张\n🥉 刘建国 3分\n {3}义务交通疏导1次\n\n【全社区前10名】/);
    expect(one?.text).toContain("4. 李光喜 2分\n   让座1次");
    expect(one?.text).toContain("📊 上周:5 件好事获认可,4 位居民参与,共 27 分");
    expect(one?.text).not.toContain("这周");
    expect(one?.text).toContain("下周光荣榜上就有您");
    expect(one?.text).not.toContain("陈志强");
    expect(two?.text).toMatch(/【二网格】\n🥇 李光喜 2分/);
    const photos = outbox.map((o) => (JSON.parse(o.payload) as { photoPath: string }).photoPath);
    expect(photos[0]).toMatch(/posters\/honour-baishipo-2026-W47-\d+\.jpg$/);
    expect(photos[0]).not.toBe(photos[1]);
    for (const p of photos) expect(existsSync(p)).toBe(true);
  });

  it("reaches the simulator through the outbox: the text, then the poster's path", async () => {
    const app = await open();
    await playWeek47(app);
    app.setNow(DUE_W47);
    await honourJob(app).run({ scheduledAt: app.deps.clock() });
    const out = await app.chat("张秀英: 我的积分");
    expect(out).toMatch(/🤖 行为银行 · 白石坡社区一网格群\n {5}🏅 白石坡社区光荣榜[\s\S]*?\n {5}🖼 海报:\S+honour-baishipo-2026-W47-\d+\.jpg\n/);
    expect(out.match(/🖼 海报:/g)).toHaveLength(2);
  });

  it("posts once: a second run of the same week finds every group done", async () => {
    const app = await open();
    await playWeek47(app);
    app.setNow(DUE_W47);
    await honourJob(app).run({ scheduledAt: app.deps.clock() });
    const again = await honourJob(app).run({ scheduledAt: app.deps.clock() });
    expect(again.posts.map((p) => p.status)).toEqual(["already-posted", "already-posted"]);
    expect((await postsIn(app)).outbox).toHaveLength(2);
  });

  it("posts once with two schedulers at once on one database", async () => {
    const first = await open();
    await playWeek47(first);
    const second = await open({ dir: first.dir, demo: false });
    for (const app of [first, second]) app.setNow(DUE_W47);
    const reports = await Promise.all([first, second, first, second].map((app) => honourJob(app).run({ scheduledAt: app.deps.clock() })));
    const queued = reports.flatMap((r) => r.posts).filter((p) => p.status === "queued");
    expect(queued).toHaveLength(2);
    const { outbox, records } = await postsIn(first);
    expect(outbox).toHaveLength(2);
    expect(new Set(outbox.map((o) => o.dedupeKey)).size).toBe(2);
    expect(records).toHaveLength(2);
  });

  it("dry run: says what it would post and writes the posters, posting nothing", async () => {
    const app = await open();
    await playWeek47(app);
    app.setNow(DUE_W47);
    const report = await honourJob(app).run({ scheduledAt: app.deps.clock(), dryRun: true });
    expect(report.posts.map((p) => p.status)).toEqual(["dry-run", "dry-run"]);
    expect(report.posts[0]?.text).toContain("张秀英 16分");
    expect(existsSync(report.posts[0]?.photoPath ?? "")).toBe(true);
    expect(await postsIn(app)).toEqual({ outbox: [], records: [] });
    // A real run afterwards still posts.
    expect((await honourJob(app).run({ scheduledAt: app.deps.clock() })).posts.map((p) => p.status)).toEqual(["queued", "queued"]);
  });

  it("posts a named week on demand, and marks ties", async () => {
    const app = await open();
    app.setNow("2026-11-11T02:00:00Z"); // week 46
    await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1", "刘建国: 撕了3张小广告", "王敏: 通过 2"]);
    app.setNow(DUE_W47);
    const report = await honourJob(app).run({ scheduledAt: app.deps.clock(), period: "2026-W46" });
    expect(report.period).toBe("2026-W46");
    // Tied residents share the rank number (and the medal); the order among them: who got there first.
    expect(report.posts[0]?.text).toContain("🥇 张秀英 6分(并列)\n   清理小广告3张\n🥇 刘建国 6分(并列)");
    expect(report.posts[0]?.text).toContain("同分同名次(并列),先达到该分数的排在前面");
    await expect(honourJob(app).run({ scheduledAt: app.deps.clock(), period: "last week" })).rejects.toThrow(/not a week/);
  });

  it("a week with no approved deed gets one friendly line and no poster of zeros", async () => {
    const app = await open();
    app.setNow(DUE_W47);
    const report = await honourJob(app).run({ scheduledAt: app.deps.clock() });
    expect(report.posts.map((p) => [p.text, p.photoPath, p.status])).toEqual([
      ["🌱 白石坡社区上周还没有获认可的好事。做了好事在群里说一声,下周光荣榜上就有您!", null, "queued"],
      ["🌱 白石坡社区上周还没有获认可的好事。做了好事在群里说一声,下周光荣榜上就有您!", null, "queued"],
    ]);
    const { outbox } = await postsIn(app);
    expect(outbox.map((o) => (JSON.parse(o.payload) as { photoPath?: string | null }).photoPath ?? null)).toEqual([null, null]);
  });

  it("refuses to post the current, unfinished week (Monday's post would be skipped); a dry run previews it as 本周", async () => {
    const app = await open();
    await playWeek47(app);
    await expect(honourJob(app).run({ scheduledAt: app.deps.clock(), period: "2026-W47" })).rejects.toThrow(/2026-W47 is not over yet.*--dry-run/);
    expect(await postsIn(app)).toEqual({ outbox: [], records: [] });
    const preview = await honourJob(app).run({ scheduledAt: app.deps.clock(), period: "2026-W47", dryRun: true });
    expect(preview.posts[0]?.text).toContain("📊 本周:5 件好事获认可");
    // Monday's real post of the week still happens.
    app.setNow(DUE_W47);
    expect((await honourJob(app).run({ scheduledAt: app.deps.clock() })).posts.map((p) => p.status)).toEqual(["queued", "queued"]);
  });
});

describe("the poster's words", { timeout: 120_000 }, () => {
  it("gives a category named with 、 its short form on the poster (the text keeps the full name)", async () => {
    const { weeklyHonourJob } = await import("../../src/scheduler/jobs/weekly-honour.ts");
    const app = await open();
    app.setNow(IN_W47);
    await app.chat(["张秀英: 今天在小区捡垃圾,打扫楼道", "王敏: 通过 1", "张秀英: 早上撕了3张小广告", "王敏: 通过 2", "刘建国: 撕了4张小广告", "王敏: 通过 3"]);
    app.setNow(DUE_W47);
    const drawn: PosterData[] = [];
    const job = weeklyHonourJob({
      deps: app.deps, postersDir: app.dir, cron: "0 9 * * 1", timezone: "Asia/Shanghai",
      renderPoster: async (data) => void drawn.push(data),
    });
    const report = await job.run({ scheduledAt: app.deps.clock(), dryRun: true });
    const row = drawn[0]?.sections[0]?.rows[0];
    expect(row?.deeds).toBe("清理小广告3张、清理垃圾1次");
    expect(drawn.flatMap((d) => d.sections.flatMap((s) => s.rows.map((r) => r.deeds))).join("|")).not.toContain("打扫公共区域");
    expect(drawn[0]?.totals).toBe("上周 3 件好事获认可 · 2 位居民参与 · 共 16 分");
    // Tied on 8 points: both are number 1 on the poster.
    expect(drawn[0]?.sections[0]?.rows.map((r) => [r.rank, r.name, r.tie])).toEqual([[1, "张秀英", true], [1, "刘建国", true]]);
    expect(report.posts[0]?.text).toContain("清理垃圾、打扫公共区域1次");
  });
});

describe("posters drawn once per run (issue 14)", { timeout: 120_000 }, () => {
  it("gives a grid its own list and the community's top 3; quiet grids share the community's poster, drawn once", async () => {
    const { weeklyHonourJob } = await import("../../src/scheduler/jobs/weekly-honour.ts");
    const app = await open();
    app.setNow(IN_W47);
    // Only 一网格 has deeds this week; 二网格 and a new 三网格 are quiet.
    await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1", "刘建国: 今天在小区门口义务交通疏导", "王敏: 通过 2"]);
    await app.deps.store.write(async (r) => {
      const community = (await r.communities.list())[0];
      if (!community) throw new Error("no community");
      const grid = await r.grids.create(community.id, "三网格");
      await r.groups.create({ platform: "console", externalId: "group:三网格", gridId: grid.id, title: "白石坡社区三网格群" });
    });
    app.setNow(DUE_W47);
    const drawn: { data: PosterData; file: string }[] = [];
    const job = weeklyHonourJob({
      deps: app.deps, postersDir: app.dir, cron: "0 9 * * 1", timezone: "Asia/Shanghai",
      renderPoster: async (data, file) => void drawn.push({ data, file }),
    });
    const report = await job.run({ scheduledAt: app.deps.clock(), dryRun: true });
    expect(report.posts).toHaveLength(3);
    // Two posters for three groups: 一网格's own, and the community's for both quiet grids.
    expect(drawn).toHaveLength(2);
    const [own, all] = drawn;
    expect(own?.data.sections.map((s) => s.heading)).toEqual(["一网格", "全社区前三"]);
    expect(own?.data.sections[1]?.rows.map((r) => [r.name, r.deeds])).toEqual([["张秀英", ""], ["刘建国", ""]]);
    expect(own?.data.sections[1]?.more).toBe("全社区前 10 名和每人的好事,见群里的光荣榜文字");
    expect(all?.data.sections.map((s) => s.heading)).toEqual(["全社区前 10 名"]);
    expect(all?.data.sections[0]?.rows[0]?.deeds).toBe("清理小广告3张");
    expect(all?.file).toMatch(/honour-baishipo-2026-W47-all\.jpg$/);
    expect(report.posts.map((p) => p.photoPath)).toEqual([own?.file, all?.file, all?.file]);
    // The text still tells each quiet grid it was quiet, and carries the full top 10.
    expect(report.posts[2]?.text).toContain("本网格上周还没有人上榜");
    expect(report.posts[2]?.text).toContain("【全社区前10名】");
  });
});
