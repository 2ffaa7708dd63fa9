// The scheduler at start: a post missed while the bot was down is made once, if it is still
// the week it was due in; node-cron fires on the times we compute, in the job's time zone.
import { afterEach, describe, expect, it, vi } from "vitest";
import { nextRunOf } from "../../src/scheduler/cron-fields.ts";
import type { Job } from "../../src/scheduler/job.ts";
import { startScheduler, type Scheduler } from "../../src/scheduler/start-scheduler.ts";
import { DUE_W47, playWeek47, postsIn } from "../helpers/honour-week.ts";
import { testApp, type TestApp } from "../helpers/test-app.ts";

const quiet = { info: () => {}, error: (o: Record<string, unknown>) => console.error(o) };
let app: TestApp | undefined;
let scheduler: Scheduler | undefined;
afterEach(async () => {
  await scheduler?.stop();
  await app?.dispose();
  scheduler = undefined;
  app = undefined;
});

async function startAt(a: TestApp, now: string): Promise<Scheduler> {
  a.setNow(now);
  scheduler = startScheduler(a.jobs, { clock: a.deps.clock, log: quiet });
  await scheduler.caughtUp;
  return scheduler;
}

describe("catch-up at start", { timeout: 60_000 }, () => {
  it("makes Monday's missed post at a start later that week, once", async () => {
    app = await testApp();
    await playWeek47(app);
    await startAt(app, "2026-11-25T07:00:00Z"); // down on Monday; up on Wednesday 15:00
    expect((await postsIn(app)).outbox.map((o) => o.dedupeKey)).toEqual([
      expect.stringMatching(/^job:weekly-honour:2026-W47:\d+$/),
      expect.stringMatching(/^job:weekly-honour:2026-W47:\d+$/),
    ]);
    await scheduler?.stop();
    await startAt(app, "2026-11-29T15:59:00Z"); // restarted again on Sunday 23:59: nothing new
    expect((await postsIn(app)).outbox).toHaveLength(2);
  });

  it("does not post last week's list once the week it was due in is over", async () => {
    app = await testApp();
    await playWeek47(app);
    await startAt(app, "2026-11-29T16:00:00Z"); // Monday 30 Nov 00:00 in Shanghai: W48's post is not due yet
    expect((await postsIn(app)).outbox).toEqual([]);
  });

  it("does not post before the first due time of the week", async () => {
    app = await testApp();
    await playWeek47(app);
    await startAt(app, "2026-11-23T00:59:00Z"); // Monday 08:59
    expect((await postsIn(app)).records).toEqual([]);
    await scheduler?.stop();
    await startAt(app, DUE_W47); // 09:00: due now
    expect((await postsIn(app)).records).toHaveLength(2);
  });
});

describe("node-cron wiring", () => {
  it("schedules each job in its own time zone, and node-cron's next run is ours", async () => {
    app = await testApp({ env: { DEEDBANK_HONOUR_CRON: "30 8 * * 1", DEEDBANK_TIMEZONE: "Asia/Shanghai" } });
    scheduler = startScheduler(app.jobs, { clock: () => new Date(), log: quiet });
    const [task] = scheduler.tasks;
    const [job] = app.jobs;
    expect(task?.getPattern()).toBe("30 8 * * 1");
    const ours = job ? nextRunOf(job, new Date()) : null;
    expect(task?.getNextRun()?.toISOString()).toBe(ours?.toISOString());
    // Monday 08:30 in Shanghai is Monday 00:30 UTC, whatever the host's zone.
    expect(ours?.getUTCDay()).toBe(1);
    expect([ours?.getUTCHours(), ours?.getUTCMinutes()]).toEqual([0, 30]);
  });
});

describe("a failed run", () => {
  it("is tried again later while still due, until it succeeds", async () => {
    let calls = 0;
    const flaky: Job = {
      id: "flaky", description: "fails once", cron: "0 9 * * 1", timezone: "Asia/Shanghai",
      catchUpUntil: () => new Date("9999-01-01T00:00:00Z"),
      run: async () => {
        calls++;
        if (calls === 1) throw new Error("database is locked");
        return { job: "flaky", period: "2026-W47", posts: [] };
      },
    };
    const errors: unknown[] = [];
    scheduler = startScheduler([flaky], { clock: () => new Date(DUE_W47), log: { info: () => {}, error: (o) => errors.push(o) }, retryMs: 20 });
    await scheduler.caughtUp;
    expect(calls).toBe(1);
    await vi.waitFor(() => expect(calls).toBe(2), { timeout: 5_000 });
    expect(errors).toEqual([expect.objectContaining({ job: "flaky", reason: "catch-up", retryInMs: 20 })]);
  });
});
