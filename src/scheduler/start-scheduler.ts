// Wires jobs to node-cron, each with its explicit time zone (never the host's), and makes up
// for runs missed while the process was down: at start, the last due run of each job is made
// once more if it is still in its catch-up window. Runs are idempotent (each post is recorded),
// so a catch-up after a run that did happen posts nothing twice.
import { schedule, type ScheduledTask } from "node-cron";
import { previousRunOf } from "./cron-fields.ts";
import type { Job, JobReport } from "./job.ts";

export interface SchedulerLog {
  info(obj: Record<string, unknown>, msg: string): void;
  error(obj: Record<string, unknown>, msg: string): void;
}

export interface Scheduler {
  tasks: ScheduledTask[];
  /** Resolves when the catch-up runs started at start have finished. */
  caughtUp: Promise<void>;
  stop(): Promise<void>;
}

export function startScheduler(jobs: readonly Job[], opts: { clock: () => Date; log: SchedulerLog }): Scheduler {
  const { clock, log } = opts;
  const runLogged = async (job: Job, scheduledAt: Date, reason: "scheduled" | "catch-up") => {
    try {
      const report: JobReport = await job.run({ scheduledAt });
      const queued = report.posts.filter((p) => p.status === "queued").length;
      log.info({ job: job.id, period: report.period, reason, queued, posts: report.posts.length }, "job ran");
    } catch (err) {
      log.error({ err, job: job.id, reason }, "job failed");
    }
  };
  const tasks = jobs.map((job) =>
    schedule(job.cron, (ctx) => runLogged(job, ctx.date ?? clock(), "scheduled"), {
      name: job.id, timezone: job.timezone, noOverlap: true,
    }),
  );
  const now = clock();
  const caughtUp = Promise.all(
    jobs.map(async (job) => {
      const due = previousRunOf(job, now);
      const until = due ? job.catchUpUntil(due) : null;
      if (due && until && now < until) await runLogged(job, due, "catch-up");
    }),
  ).then(() => undefined);
  return {
    tasks,
    caughtUp,
    stop: async () => {
      await caughtUp;
      for (const t of tasks) await t.destroy();
    },
  };
}
