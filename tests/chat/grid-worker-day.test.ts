// A grid worker's day in the simulator (issue 11): review reminders and their escalation,
// 不活跃, the simulator on a community of one's own, message numbers that continue across
// runs, `> #12`, a settable clock that runs the jobs falling due, and the honour list's edges.
import { afterEach, describe, expect, it } from "vitest";
import { ensureAdmins } from "../../src/app/ensure-admins.ts";
import { setupCommunity } from "../../src/app/setup-community.ts";
import { jobsRun } from "../../src/cli/commands/jobs.ts";
import { rawAll } from "../helpers/raw-sql.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";

const apps: TestApp[] = [];
const open = async (opts: Parameters<typeof testApp>[0] = {}) => {
  const app = await testApp(opts);
  apps.push(app);
  return app;
};
afterEach(async () => {
  while (apps.length) await apps.pop()?.dispose();
});

/** The bot messages of a transcript, each as "[n] group ↩ to\n text", for matching one at a time. */
const botMessages = (out: string) => out.split(/\n(?= {2}\[\d+\] 🤖)/).filter((m) => m.includes("🤖"));
const outboxCount = async (app: TestApp) => Number((await rawAll<{ n: number }>(app, `SELECT COUNT(*) AS n FROM "OutboxMessage"`))[0]?.n ?? 0);

describe("reminders and escalation", { timeout: 120_000 }, () => {
  it("a simulated week: the 18:00 digest reminds the grid's worker after 24 h, escalates to the admins after 72 h, once a day, and Monday's honour list follows", async () => {
    const app = await open();
    const out = await app.chat([
      ":时间 2026-11-30 10:00",
      "张秀英: 早上撕了3张小广告",
      "李光喜: 今天在小区门口义务交通疏导",
      "赵磊: 通过 2",
      "刘建国: 今天在小区门口义务交通疏导",
      ":时间 +1天", // Monday 18:00: nothing has waited a day yet
      ":时间 2026-12-01 18:30", // Tuesday 18:00: #1 and #3 have waited 32 h
      ":时间 +2天", // Wednesday (56 h), Thursday 18:00 (80 h): the admins are told
      "王敏 > #1: 通过",
      "王敏: 通过 3",
      ":时间 2026-12-07 09:30", // Monday 09:00: last week's honour list
    ]);
    const at = (marker: string) => out.indexOf(marker);
    // Monday 18:00 runs, and says nothing: no report is a day old.
    const monday = out.slice(at("pending-reminders(2026-11-30 周一 18:00)"), at("🕘 模拟时间:2026-12-01 周二 10:00"));
    expect(monday).toContain("pending-reminders");
    expect(monday).not.toContain("🤖");
    const tuesday = out.slice(at("pending-reminders(2026-12-01 周二 18:00)"), at("🕘 模拟时间:2026-12-01 周二 18:30"));
    expect(tuesday).toMatch(/\[\d+\] 🤖 行为银行 · 白石坡社区一网格群\n {5}⏰ 待审核提醒 @王敏\n {5}有 2 条申报等了超过一天:\n {7}#1 张秀英 · 等了 1 天\n {7}#3 刘建国 · 等了 1 天\n {5}回复卡片“通过”或“不通过 原因”处理;发“待审核”看全部/);
    expect(tuesday).not.toContain("⚠️");
    // 二网格's report was approved at once: its group gets no reminder.
    expect(out).not.toMatch(/白石坡社区二网格群\n {5}⏰/);
    const wednesday = out.slice(at("pending-reminders(2026-12-02 周三 18:00)"), at("housekeeping(2026-12-03"));
    expect(wednesday.match(/⏰ 待审核提醒/g)).toHaveLength(1);
    expect(wednesday).not.toContain("⚠️");
    const thursday = out.slice(at("pending-reminders(2026-12-03 周四 18:00)"), at("🕘 模拟时间:2026-12-03 周四 18:30"));
    expect(thursday).toContain("⏰ 待审核提醒 @王敏");
    expect(thursday).toMatch(/🤖 行为银行 · 周华\n {5}⚠️ 白石坡社区有 2 条申报等了超过三天,还没有人审核:\n {5}【一网格】网格员:王敏\n {7}#1 张秀英 · 等了 3 天\n {7}#3 刘建国 · 等了 3 天\n {5}请提醒网格员处理/);
    // Once reviewed, the reminders stop.
    expect(out.slice(at("王敏 > #1: 通过"))).not.toContain("⏰");
    expect(out).toContain("✅ #1 已通过:张秀英 +6 分");
    // The weekly honour list ran as the clock passed Monday 09:00, about last week (上周).
    const honour = out.slice(at("weekly-honour(2026-12-07 周一 09:00)"));
    expect(honour).toContain("2026年第49周(11月30日—12月6日)");
    expect(honour).toContain("📊 上周:3 件好事获认可,3 位居民参与,共 12 分");
    expect(honour).not.toContain("这周");
    // Tied residents share the rank number: 刘建国 and 李光喜 both have 3 points.
    expect(honour).toContain("【全社区前10名】\n     🥇 张秀英 6分\n        清理小广告3张\n     🥈 李光喜 3分(并列)\n        义务交通疏导1次\n     🥈 刘建国 3分(并列)");
  });

  it("posts once per day per grid however often it runs, and `jobs run pending-reminders --dry-run` prints what it would send, sending nothing", async () => {
    const app = await open({ now: "2026-11-30T02:00:00Z" });
    await app.chat(["张秀英: 早上撕了3张小广告"]);
    app.setNow("2026-12-03T10:00:00Z"); // Thursday 18:00 in Shanghai: 80 h
    const before = await outboxCount(app);
    const dry = await jobsRun(app, "pending-reminders", { dryRun: true });
    expect(dry).toContain("pending-reminders 2026-12-03 (dry run: nothing posted)");
    expect(dry).toContain("── 白石坡社区一网格群 (console) · would post\n⏰ 待审核提醒 @王敏\n有 1 条申报等了超过一天:\n  #1 张秀英 · 等了 3 天");
    expect(dry).toContain("── 管理员 周华 (console) · would post\n⚠️ 白石坡社区有 1 条申报等了超过三天");
    expect(await outboxCount(app)).toBe(before);
    const real = await jobsRun(app, "pending-reminders", {});
    expect(real).toContain("2 of 2 groups queued");
    app.setNow("2026-12-03T12:00:00Z"); // later the same day: already sent
    const again = await jobsRun(app, "pending-reminders", {});
    expect(again).toContain("0 of 2 groups queued");
    expect(await outboxCount(app)).toBe(before + 2);
    await expect(jobsRun(app, "pending-reminders", { period: "2026-W49" })).rejects.toThrow("pending-reminders takes no --period");
  });
});

describe("不活跃", { timeout: 120_000 }, () => {
  it("lists the grid's residents with no approved deed in 30 days (or the days given), for staff only", async () => {
    const app = await open({ now: "2026-11-20T02:00:00Z" });
    await app.chat(["张秀英: 早上撕了3张小广告", "王敏: 通过 1"]);
    app.setNow("2026-12-01T02:00:00Z");
    await app.chat(["刘建国: 今天在小区门口义务交通疏导", "王敏: 通过 2"]);
    const out = await app.chat(["王敏: 不活跃", "王敏: 不活跃 7", "王敏: 不活跃 0", "赵磊: /inactive", "张秀英: 不活跃", "周华: :群 一网格"]);
    const [thirty, seven, zero, english, resident] = botMessages(out);
    expect(thirty).toContain("😴 一网格 30 天内没有获认可好事的居民:2 位(共 4 位)\n     王桂兰、陈志强\n     可以上门问候");
    expect(seven).toContain("😴 一网格 7 天内没有获认可好事的居民:3 位(共 4 位)\n     张秀英、王桂兰、陈志强");
    expect(zero).toContain("天数要在 1 到 366 之间");
    expect(english).toContain("二网格");
    expect(english).toMatch(/😴 二网格 30 天内没有获认可好事的居民:2 位\(共 2 位\)\n {5}李光喜、Anna/);
    expect(resident).toContain("这条要本网格的网格员来审核哦");
    expect(resident).not.toContain("王桂兰");
  });
});

describe("the simulator on your own community", { timeout: 120_000 }, () => {
  const setUp = async () => {
    const app = await open({ demo: false, now: "2026-12-01T02:00:00Z" });
    const { community } = await setupCommunity(app.deps, { slug: "dongqu", name: "东区社区", grids: ["东区网格", "西区网格"] });
    await app.deps.store.write(async (r) => {
      const [east, west] = await r.grids.list(community.id);
      for (const [name, grid] of [["王桂兰", east], ["张大爷", east], ["刘阿姨", west]] as const) {
        await r.residents.create({ communityId: community.id, gridId: grid?.id ?? null, name });
      }
    });
    // The office's admin, as DEEDBANK_ADMINS=wechat:李主任 makes them.
    await ensureAdmins(app.deps, [{ platform: "wechat", id: "李主任" }], { wechat: false });
    return app;
  };

  it("gives each grid a group (:群 lists and switches them), everyone on the roster a voice, and 任命 @名字 works", async () => {
    const app = await setUp();
    const out = await app.chat([
      ":群",
      ":群 东区网格",
      "李主任: 任命 @王桂兰 网格员",
      "张大爷: 今天在小区捡垃圾,打扫楼道",
      ":群 自动",
      "刘阿姨: 早上撕了3张小广告",
      "王桂兰: 通过 2",
    ], "dongqu");
    expect(out).toContain(":群\n之后每人在自己网格的群里说话\n各群:东区社区东区网格群、东区社区西区网格群");
    expect(out).toContain("之后的消息发到 东区社区东区网格群");
    expect(out).toContain("✅ 已任命 王桂兰 为 东区网格 的网格员");
    expect(out).toMatch(/🤖 行为银行 · 东区社区东区网格群 ↩ 张大爷\n {5}📝 #1 张大爷/);
    expect(out).toMatch(/🤖 行为银行 · 东区社区西区网格群 ↩ 刘阿姨\n {5}📝 #2 刘阿姨/);
    // 西区's report is not hers to approve.
    expect(out).toMatch(/东区社区东区网格群 ↩ 王桂兰\n {5}这条要本网格的网格员来审核哦/);
    expect(await app.chat(["王桂兰 > #1: 通过"], "dongqu")).toContain("✅ #1 已通过:张大爷 +2 分");
  });

  it("names the communities there are when the slug is unknown", async () => {
    const app = await setUp();
    await expect(app.chat(["张大爷: 你好"], "xiqu")).rejects.toThrow('no community "xiqu"; communities: dongqu');
  });
});

describe("message numbers across runs", { timeout: 120_000 }, () => {
  it("continues the bot's numbering from the database, so a card of an earlier run can be replied to, by [n] or by #report", async () => {
    const app = await open();
    const first = await app.chat(["张秀英: 早上撕了3张小广告", "刘建国: 今天在小区门口义务交通疏导"]);
    expect(first).toMatch(/\[2\] 🤖 行为银行 · 白石坡社区一网格群 ↩ 刘建国\n {5}📝 #2 刘建国/);
    const second = await app.chat(["王敏 > 1: 通过", "王敏 > #2: 通过"]);
    expect(second).toMatch(/\[3\] 🤖 行为银行 · 白石坡社区一网格群\n {5}✅ #1 已通过:张秀英 \+6 分/);
    expect(second).toMatch(/\[4\] 🤖 行为银行 · 白石坡社区一网格群\n {5}✅ #2 已通过:刘建国 \+3 分/);
    expect(second).not.toContain("没有编号为");
  });
});

describe("the honour list's edges in the simulator", { timeout: 120_000 }, () => {
  it("an empty week posts one friendly line to each group, no poster; the clock only moves forward", async () => {
    const app = await open();
    const out = await app.chat([":时间 2026-11-30 10:00", ":时间 2026-12-07 09:01", ":时间 2026-12-01 10:00", ":时间 明天"]);
    const honour = out.slice(out.indexOf("weekly-honour(2026-12-07 周一 09:00)"));
    expect(honour).toMatch(/白石坡社区一网格群\n {5}🌱 白石坡社区上周还没有获认可的好事。做了好事在群里说一声,下周光荣榜上就有您!\n/);
    expect(honour.match(/🌱/g)).toHaveLength(2);
    expect(honour).not.toContain("🖼");
    expect(honour).not.toContain("0 分");
    expect(out).toContain("时间只能往后拨(现在是 2026-12-07 周一 09:01)");
    expect(out).toContain("看不懂这个时间");
  });
});
