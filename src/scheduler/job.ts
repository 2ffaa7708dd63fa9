// Jobs are data: an id, when they run (cron in an explicit time zone), and what they do.
// The same run() serves the schedule, the catch-up at start and `deedbank jobs run`.

export interface JobRunOptions {
  /** When the run was due (the schedule's time); a manual run passes now. */
  scheduledAt: Date;
  /** A period label (e.g. 2026-W47) instead of the one the schedule implies. */
  period?: string;
  /** Render and report what would be posted, posting nothing. */
  dryRun?: boolean;
}

export interface JobPostReport {
  community: string;
  group: string;
  platform: string;
  text: string;
  photoPath: string | null;
  status: "queued" | "already-posted" | "dry-run";
}

/** A period label that names no period of the job (a usage error, shown as it is). */
export class BadPeriodError extends Error {
  override name = "BadPeriodError";
}

export interface JobReport { job: string; period: string; posts: JobPostReport[] }

export interface Job {
  id: string;
  description: string;
  cron: string;
  timezone: string;
  run(opts: JobRunOptions): Promise<JobReport>;
  /**
   * Until when a run missed at `scheduledAt` (the process was down) is still worth making at
   * the next start; null: never caught up.
   */
  catchUpUntil(scheduledAt: Date): Date | null;
}
