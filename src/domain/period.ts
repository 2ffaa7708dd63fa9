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
  return new Date(dayOf(now, zone).start);
}

/** The calendar date (YYYY-MM-DD) of `now` in `zone`. */
export function localDate(now: Date, zone: string): string {
  return dayOf(now, zone).date;
}

/**
 * The local day holding `now`, remembered per zone: every report asks for its day's start and
 * date, and working them out with time-zone rules costs more than the rest of its arithmetic
 * (issue 14). The same answer, computed once a day per zone.
 */
const days = new Map<string, { start: number; end: number; date: string }>();
function dayOf(now: Date, zone: string): { start: number; end: number; date: string } {
  const t = now.getTime();
  const known = days.get(zone);
  if (known && t >= known.start && t < known.end) return known;
  const start = DateTime.fromJSDate(now, { zone }).startOf("day");
  const day = { start: start.toMillis(), end: start.plus({ days: 1 }).toMillis(), date: start.toISODate() ?? "" };
  // An invalid zone yields NaN bounds: nothing is remembered, and luxon's answer is returned as before.
  if (Number.isFinite(day.start) && Number.isFinite(day.end)) days.set(zone, day);
  return day;
}
