// `deedbank jobs list` and `deedbank jobs run ID [--period 2026-W47] [--dry-run]`.
import { DateTime } from "luxon";
import type { App } from "../../create-app.ts";
import { nextRunOf } from "../../scheduler/cron-fields.ts";
import { BadPeriodError, type JobReport } from "../../scheduler/job.ts";
import { CliError } from "./catalog.ts";

export function jobsList(app: App): string {
  const now = app.deps.clock();
  return app.jobs
    .map((job) => {
      const next = nextRunOf(job, now);
      const local = next ? DateTime.fromJSDate(next, { zone: job.timezone }).toFormat("yyyy-MM-dd ccc HH:mm") : "never";
      return [
        `${job.id}`,
        `  ${job.description}`,
        `  schedule: "${job.cron}" in ${job.timezone}`,
        `  next run: ${local} ${job.timezone}${next ? ` (${next.toISOString()})` : ""}`,
      ].join("\n");
    })
    .join("\n\n");
}

export async function jobsRun(app: App, id: string, opts: { period?: string; dryRun?: boolean }): Promise<string> {
  const job = app.jobs.find((j) => j.id === id);
  if (!job) throw new CliError(`no job "${id}"; jobs: ${app.jobs.map((j) => j.id).join(", ")}`);
  try {
    return formatReport(await job.run({ scheduledAt: app.deps.clock(), period: opts.period, dryRun: opts.dryRun }), Boolean(opts.dryRun));
  } catch (e) {
    if (e instanceof BadPeriodError) throw new CliError(e.message);
    throw e;
  }
}

export function formatReport(report: JobReport, dryRun: boolean): string {
  const head = `${report.job} ${report.period}${dryRun ? " (dry run: nothing posted)" : ""}`;
  if (report.posts.length === 0) return `${head}\nno chat groups to post to`;
  const status = { queued: "queued for sending", "already-posted": "already posted, skipped", "dry-run": "would post" } as const;
  const posts = report.posts.map((p) =>
    [
      `── ${p.group} (${p.platform}) · ${status[p.status]}`,
      ...(p.text ? [p.text] : []),
      ...(p.photoPath ? [`🖼  poster: ${p.photoPath}`] : []),
    ].join("\n"),
  );
  const queued = report.posts.filter((p) => p.status === "queued").length;
  return [head, ...posts, dryRun ? "" : `${queued} of ${report.posts.length} groups queued`].join("\n\n").trimEnd();
}
