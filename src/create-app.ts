// The composition root: builds storage, use-case dependencies and the chat router once.
import { join } from "node:path";
import pino from "pino";
import { createPosterPool } from "./adapters/poster/poster-pool.ts";
import { ParserCache, type AppDeps } from "./app/deps.ts";
import { SentMarks, withSentMarks } from "./app/sent-marks.ts";
import type { Clock } from "./app/ports.ts";
import { createRouter } from "./chat/router.ts";
import type { Config } from "./config/load-config.ts";
import { openDatabase, type Database } from "./storage/database.ts";
import type { Job } from "./scheduler/job.ts";
import { weeklyHonourJob } from "./scheduler/jobs/weekly-honour.ts";
import { pendingRemindersJob } from "./scheduler/jobs/pending-reminders.ts";
import { housekeepingJob } from "./scheduler/jobs/housekeeping.ts";
import { publicNoticeJob } from "./scheduler/jobs/public-notice.ts";
import { prunePosters } from "./adapters/poster/prune-posters.ts";
import { nightlyBackupJob } from "./scheduler/jobs/nightly-backup.ts";
import { drawKeyFile } from "./storage/draw-key-file.ts";
import { backupDatabase, backupDir, backupFileName, pruneBackups } from "./storage/backup.ts";

export interface App {
  config: Config;
  db: Database;
  deps: AppDeps;
  handle: ReturnType<typeof createRouter>;
  log: pino.Logger;
  /** Scheduled jobs (started by `deedbank start`, run on demand by `deedbank jobs run`). */
  jobs: Job[];
  close(): Promise<void>;
}

export async function createApp(config: Config, opts: { clock?: Clock; log?: pino.Logger; onQuery?: (sql: string) => void } = {}): Promise<App> {
  // Logs go to stderr so that transcripts on stdout stay clean; they carry ids, never texts.
  const log = opts.log ?? pino({ level: config.logLevel }, pino.destination(2));
  const db = await openDatabase(config.databaseUrl, { ...config.database, onQuery: opts.onQuery });
  const clock = opts.clock ?? (() => new Date());
  // Receipts' sent marks ride on the next write (sent-marks.ts).
  const marks = new SentMarks();
  const deps: AppDeps = {
    store: withSentMarks(db, marks),
    marks,
    clock,
    settings: { dailyReportLimit: config.dailyReportLimit, proxySelfApprove: config.proxySelfApprove, drawKey: config.drawKey ?? drawKeyFile(db.dataDir) },
    parsers: new ParserCache(db),
  };
  const postersDir = join(db.dataDir, "posters");
  const jobs = [
    weeklyHonourJob({ deps, renderPoster: createPosterPool(), postersDir, cron: config.honourCron, timezone: config.timezone }),
    pendingRemindersJob({ deps, cron: config.reminderCron, timezone: config.timezone }),
    housekeepingJob({ deps, retentionDays: config.retentionDays, prunePosters: (before) => prunePosters(postersDir, before), timezone: config.timezone }),
    // PostgreSQL has its own backups (pg_dump, the database service's); this job copies the SQLite file.
    ...(db.provider === "sqlite" ? [nightlyBackupJob({
      cron: config.backup.cron, timezone: config.timezone, keep: config.backup.keep,
      backup: async (at: Date, dryRun: boolean) => {
        const dir = backupDir(db.file);
        const file = join(dir, backupFileName(at));
        if (dryRun) return { file, removed: [] };
        await backupDatabase(db.file, file);
        return { file, removed: pruneBackups(dir, config.backup.keep) };
      },
    })] : []),
    publicNoticeJob({ deps, timezone: config.timezone }),
  ];
  return { config, db, deps, handle: createRouter(deps, log), log, jobs, close: async () => {
    // A mark that cannot be written now (a full disk) only means its receipt may go again.
    await marks.flush().catch(() => undefined);
    await db.close();
  } };
}
