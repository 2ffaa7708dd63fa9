// Calendar periods in the community's time zone (weeks run Monday to Sunday).
import { DateTime } from "luxon";

export interface Period { start: Date; end: Date; label: string }

/** The ISO week containing `now` in `zone`, e.g. 2026-W48, as a half-open UTC range. */
export function weekOf(now: Date, zone: string): Period {
  const start = DateTime.fromJSDate(now, { zone }).startOf("week");
  return { start: start.toJSDate(), end: start.plus({ weeks: 1 }).toJSDate(), label: start.toFormat("kkkk-'W'WW") };
}

/** Start of the day containing `now` in `zone`. */
export function dayStart(now: Date, zone: string): Date {
  return DateTime.fromJSDate(now, { zone }).startOf("day").toJSDate();
}

/** The calendar date (YYYY-MM-DD) of `now` in `zone`. */
export function localDate(now: Date, zone: string): string {
  return DateTime.fromJSDate(now, { zone }).toISODate() ?? "";
}
