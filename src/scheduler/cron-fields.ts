// Reads a cron expression with node-cron's own parser, so the times we compute (next run,
// catch-up) follow the same expression node-cron fires on.
import { parse } from "node-cron";
import { nextRun, previousRun, type CronFields } from "../domain/cron-times.ts";
import type { Job } from "./job.ts";

export function cronFields(expression: string): CronFields {
  const f = parse(expression);
  const numbers = (xs: (number | string)[], field: string) => {
    if (xs.some((x) => typeof x !== "number")) throw new Error(`cron field ${field} of "${expression}" is not supported`);
    return xs as number[];
  };
  return {
    second: f.second, minute: f.minute, hour: f.hour, month: f.month,
    dayOfMonth: numbers(f.dayOfMonth, "day of month"),
    dayOfWeek: numbers(f.dayOfWeek, "day of week"),
  };
}

export const nextRunOf = (job: Pick<Job, "cron" | "timezone">, after: Date) => nextRun(cronFields(job.cron), after, job.timezone);
export const previousRunOf = (job: Pick<Job, "cron" | "timezone">, before: Date) => previousRun(cronFields(job.cron), before, job.timezone);
