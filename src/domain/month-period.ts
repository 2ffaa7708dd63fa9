// A calendar month (2026-11) and a span of days (2026-11-01 … 2026-11-30) in a community's
// time zone, for the office's exports; and the weeks (Monday to Sunday) that touch a period.
import { DateTime } from "luxon";
import type { Period } from "./period.ts";

export function monthByLabel(label: string, zone: string): Period | null {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(label)) return null;
  const start = DateTime.fromISO(`${label}-01`, { zone });
  return start.isValid ? { start: start.toJSDate(), end: start.plus({ months: 1 }).toJSDate(), label } : null;
}

/** From the start of `from` to the end of `to` (both dates included); null when unreadable or reversed. */
export function daysBetween(from: string, to: string, zone: string): Period | null {
  const a = DateTime.fromISO(from, { zone });
  const b = DateTime.fromISO(to, { zone });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to) || !a.isValid || !b.isValid || b < a) return null;
  return { start: a.startOf("day").toJSDate(), end: b.startOf("day").plus({ days: 1 }).toJSDate(), label: `${from}…${to}` };
}

/** The Monday (as 2026-11-02) of the week an instant falls in. */
export function weekStartOf(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).startOf("week").toISODate() ?? "";
}

/** Every week start from the period's first to its last day, in order. */
export function weeksOf(period: Period, zone: string): string[] {
  const out: string[] = [];
  let w = DateTime.fromJSDate(period.start, { zone }).startOf("week");
  while (w.toJSDate() < period.end) {
    out.push(w.toISODate() ?? "");
    w = w.plus({ weeks: 1 });
  }
  return out;
}
