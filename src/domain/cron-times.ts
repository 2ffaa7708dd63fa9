// When a cron schedule fires, computed in the schedule's time zone (not the host's). The
// fields come already expanded (node-cron's parse); this is the arithmetic only, so the
// scheduler, `jobs list` and the catch-up at start agree on the same times.
import { DateTime } from "luxon";

export interface CronFields {
  second: readonly number[];
  minute: readonly number[];
  hour: readonly number[];
  dayOfMonth: readonly number[];
  month: readonly number[];
  /** 0 or 7 = Sunday. */
  dayOfWeek: readonly number[];
}

/** Searches at most this far: a year and a day covers every valid schedule. */
const HORIZON_DAYS = 367;

/** The first firing strictly after `after`, or null if none within a year. */
export function nextRun(fields: CronFields, after: Date, zone: string): Date | null {
  return search(fields, after, zone, 1);
}

/** The last firing at or before `before`, or null if none within a year. */
export function previousRun(fields: CronFields, before: Date, zone: string): Date | null {
  return search(fields, before, zone, -1);
}

/** The next `count` firings after `after`. */
export function nextRuns(fields: CronFields, after: Date, zone: string, count: number): Date[] {
  const out: Date[] = [];
  let from = after;
  while (out.length < count) {
    const next = nextRun(fields, from, zone);
    if (!next) break;
    out.push(next);
    from = next;
  }
  return out;
}

function dayMatches(f: CronFields, day: DateTime): boolean {
  const dow = day.weekday % 7;
  const domAny = f.dayOfMonth.length >= 31;
  const dowAny = new Set(f.dayOfWeek.map((d) => d % 7)).size >= 7;
  const domOk = f.dayOfMonth.includes(day.day);
  const dowOk = f.dayOfWeek.some((d) => d % 7 === dow);
  // Classic cron: when both day fields are restricted, either one matching is enough.
  const dayOk = domAny || dowAny ? domOk && dowOk : domOk || dowOk;
  return f.month.includes(day.month) && dayOk;
}

/** Times of day a matching day fires at, in ascending order, as [hour, minute, second]. */
function timesOfDay(f: CronFields): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const h of [...f.hour].sort((a, b) => a - b))
    for (const m of [...f.minute].sort((a, b) => a - b))
      for (const s of [...f.second].sort((a, b) => a - b)) out.push([h, m, s]);
  return out;
}

function search(f: CronFields, from: Date, zone: string, dir: 1 | -1): Date | null {
  const times = dir === 1 ? timesOfDay(f) : timesOfDay(f).reverse();
  const origin = DateTime.fromJSDate(from, { zone });
  for (let i = 0; i <= HORIZON_DAYS; i++) {
    const day = origin.startOf("day").plus({ days: dir * i });
    if (!dayMatches(f, day)) continue;
    for (const [hour, minute, second] of times) {
      const at = day.set({ hour, minute, second, millisecond: 0 });
      // A time skipped by a DST jump does not exist that day: luxon moves it, so check.
      if (at.hour !== hour || at.minute !== minute) continue;
      if (dir === 1 ? at > origin : at <= origin) return at.toJSDate();
    }
  }
  return null;
}
