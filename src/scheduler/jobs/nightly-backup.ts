// The nightly backup: a consistent, checked copy of the database, keeping the newest N.
// A night missed while the bot was down is made at the next start, within a day.
import type { Job } from "../job.ts";

export const NIGHTLY_BACKUP = "nightly-backup";

/** Makes one checked backup at `at` and prunes old ones; says what it wrote and removed. */
export type BackupPort = (at: Date, dryRun: boolean) => Promise<{ file: string; removed: string[] }>;

export function nightlyBackupJob(o: { backup: BackupPort; cron: string; timezone: string; keep: number }): Job {
  return {
    id: NIGHTLY_BACKUP,
    description: `nightly backup of the database (checked copy; the last ${o.keep} are kept)`,
    cron: o.cron,
    timezone: o.timezone,
    catchUpUntil: (scheduledAt) => new Date(scheduledAt.getTime() + 24 * 3600_000),
    run: async (opts) => {
      const { file, removed } = await o.backup(opts.scheduledAt, Boolean(opts.dryRun));
      const verb = opts.dryRun ? "would write" : "wrote";
      return {
        job: NIGHTLY_BACKUP, period: opts.scheduledAt.toISOString(), posts: [],
        summary: `${verb} ${file}${removed.length ? `; ${opts.dryRun ? "would remove" : "removed"} ${removed.length} older: ${removed.join(", ")}` : ""}`,
      };
    },
  };
}
