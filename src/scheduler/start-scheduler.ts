// Wires jobs to node-cron, each with its explicit time zone (never the host's), and makes up
// for runs missed while the process was down: at start, the last due run of each job is made
// once more if it is still in its catch-up window. Runs are idempotent (each post is recorded),
// so a catch-up after a run that did happen posts nothing twice. A run that fails (the
// database busy, a disk full) is tried again later, as long as it is still worth making.
import { logError } from "../app/log-error.ts";
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

export interface SchedulerOptions {
  clock: () => Date;
  log: SchedulerLog;
  /** Wait before trying a failed run again (default 10 minutes). */
  retryMs?: number;
}

export function startScheduler(jobs: readonly Job[], opts: SchedulerOptions): Scheduler {
  const { clock, log, retryMs = 10 * 60_000 } = opts;
  const retries = new Set<NodeJS.Timeout>();
  let stopped = false;
  /** Makes the job's last due run if it is still in its catch-up window. */
  const catchUp = async (job: Job) => {
    const now = clock();
    const due = previousRunOf(job, now);
    const until = due ? job.catchUpUntil(due) : null;
    if (due && until && now < until) await runLogged(job, due, "catch-up");
  };
  const runLogged = async (job: Job, scheduledAt: Date, reason: "scheduled" | "catch-up") => {
    try {
      const report: JobReport = await job.run({ scheduledAt });
      const queued = report.posts.filter((p) => p.status === "queued").length;
      log.info({ job: job.id, period: report.period, reason, queued, posts: report.posts.length }, "job ran");
    } catch (err) {
      log.error({ err: logError(err), job: job.id, reason, retryInMs: retryMs }, "job failed");
      if (stopped) return;
      const timer = setTimeout(() => {
        retries.delete(timer);
        void catchUp(job);
      }, retryMs);
      timer.unref();
      retries.add(timer);
    }
  };
  const tasks = jobs.map((job) =>
    schedule(job.cron, (ctx) => runLogged(job, ctx.date ?? clock(), "scheduled"), {
      name: job.id, timezone: job.timezone, noOverlap: true,
    }),
  );
  const caughtUp = Promise.all(jobs.map(catchUp)).then(() => undefined);
  return {
    tasks,
    caughtUp,
    stop: async () => {
      stopped = true;
      for (const t of retries) clearTimeout(t);
      await caughtUp;
      for (const t of tasks) await t.destroy();
    },
  };
}
