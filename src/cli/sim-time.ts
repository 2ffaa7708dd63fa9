// The simulator's clock: `:时间 2026-12-07 09:00` sets it (in the community's time zone),
// `:时间 +3天` (`:time +3d`) moves it on. The scheduled jobs due in between are listed in
// order, so the simulator can run them as a real week would.
import { DateTime } from "luxon";
import { nextRunOf } from "../scheduler/cron-fields.ts";
import type { Job } from "../scheduler/job.ts";

/** A clock the simulator can set; the app reads it through `now`. */
export interface SimClock { now(): Date; set(at: Date): void }

/** Starts on the real time; once set, it stands still until it is set again. */
export function simClock(start: () => Date = () => new Date()): SimClock {
  let fixed: Date | null = null;
  return { now: () => fixed ?? start(), set: (at) => void (fixed = at) };
}

const UNITS: [RegExp, "days" | "hours" | "minutes" | "weeks"][] = [
  [/^(天|日|d|days?)$/i, "days"],
  [/^(小时|钟头|h|hours?)$/i, "hours"],
  [/^(分钟?|m|min|minutes?)$/i, "minutes"],
  [/^(周|星期|w|weeks?)$/i, "weeks"],
];

/** The time `arg` names, seen from `now` in `zone`; null when it cannot be read. */
export function readSimTime(arg: string, now: Date, zone: string): Date | null {
  const text = arg.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/＋/g, "+").replace(/：/g, ":");
  const rel = /^\+\s*(\d{1,4})\s*(\S+)$/.exec(text);
  if (rel) {
    const unit = UNITS.find(([re]) => re.test(rel[2] ?? ""))?.[1];
    return unit ? DateTime.fromJSDate(now, { zone }).plus({ [unit]: Number(rel[1]) }).toJSDate() : null;
  }
  const abs = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2}))?$/.exec(text);
  if (!abs) return null;
  const at = DateTime.fromObject(
    { year: Number(abs[1]), month: Number(abs[2]), day: Number(abs[3]), hour: Number(abs[4] ?? 0), minute: Number(abs[5] ?? 0) },
    { zone },
  );
  return at.isValid ? at.toJSDate() : null;
}

export interface DueRun { job: Job; at: Date }

/** The runs of the jobs due after `from` up to and including `to`, oldest first. */
export function dueRuns(jobs: readonly Job[], from: Date, to: Date): DueRun[] {
  const runs: DueRun[] = [];
  for (const job of jobs) {
    for (let at = nextRunOf(job, from); at && at <= to; at = nextRunOf(job, at)) runs.push({ job, at });
  }
  // Stable: jobs due at the same minute run in the order of the job list.
  return runs.sort((a, b) => a.at.getTime() - b.at.getTime());
}

export const showTime = (at: Date, zone: string, locale: string) =>
  DateTime.fromJSDate(at, { zone }).setLocale(locale).toFormat("yyyy-MM-dd ccc HH:mm");
