// Every night: sent messages past the retention period leave the outbox (their dedupe keys
// stay longer, see prune-outbox.ts) and honour posters past it are deleted.
import type { AppDeps } from "../../app/deps.ts";
import { pruneOutbox } from "../../app/prune-outbox.ts";
import type { Job } from "../job.ts";

export const HOUSEKEEPING = "housekeeping";

export interface HousekeepingOptions {
  deps: AppDeps;
  retentionDays: number;
  /** Deletes poster files written before the given time; returns how many. */
  prunePosters(before: Date): Promise<number>;
  timezone: string;
}

export function housekeepingJob(o: HousekeepingOptions): Job {
  return {
    id: HOUSEKEEPING,
    description: `nightly: sent messages and honour posters older than ${o.retentionDays} days are deleted`,
    cron: "30 4 * * *",
    timezone: o.timezone,
    catchUpUntil: () => null,
    run: async (opts) => {
      const before = new Date(opts.scheduledAt.getTime() - o.retentionDays * 86_400_000);
      if (!opts.dryRun) {
        await pruneOutbox(o.deps, o.retentionDays);
        await o.prunePosters(before);
      }
      return { job: HOUSEKEEPING, period: opts.scheduledAt.toISOString().slice(0, 10), posts: [] };
    },
  };
}
