// The periods a ranking or honour list covers, in the community's time zone: weeks run
// Monday to Sunday (ISO weeks), quarters start in January, April, July and October.
import { DateTime } from "luxon";
import type { Period } from "./period.ts";

export type PeriodKind = "week" | "lastWeek" | "month" | "quarter" | "year" | "all";

export const PERIOD_KINDS: readonly PeriodKind[] = ["week", "lastWeek", "month", "quarter", "year", "all"];

/** All time: from the epoch to a date no ledger row will reach. */
const ALL: Period = { start: new Date(0), end: new Date("9999-01-01T00:00:00Z"), label: "all" };

/** The period of `kind` that contains `now` (for lastWeek: the week before it), as a half-open range. */
export function rankingPeriod(kind: PeriodKind, now: Date, zone: string): Period {
  if (kind === "all") return ALL;
  const at = DateTime.fromJSDate(now, { zone });
  const range = (start: DateTime, end: DateTime, label: string): Period => ({ start: start.toJSDate(), end: end.toJSDate(), label });
  switch (kind) {
    case "week":
    case "lastWeek": {
      const start = at.startOf("week").minus({ weeks: kind === "lastWeek" ? 1 : 0 });
      return range(start, start.plus({ weeks: 1 }), start.toFormat("kkkk-'W'WW"));
    }
    case "month": {
      const start = at.startOf("month");
      return range(start, start.plus({ months: 1 }), start.toFormat("yyyy-MM"));
    }
    case "quarter": {
      const start = at.startOf("quarter");
      return range(start, start.plus({ quarters: 1 }), `${start.year}-Q${start.quarter}`);
    }
    case "year": {
      const start = at.startOf("year");
      return range(start, start.plus({ years: 1 }), String(start.year));
    }
  }
}

/** The ISO week named by a label such as 2026-W47, in `zone`; null if the label names no week. */
export function weekByLabel(label: string, zone: string): Period | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(label.trim());
  if (!m) return null;
  const start = DateTime.fromObject({ weekYear: Number(m[1]), weekNumber: Number(m[2]), weekday: 1 }, { zone });
  if (!start.isValid || start.weekNumber !== Number(m[2])) return null;
  return { start: start.toJSDate(), end: start.plus({ weeks: 1 }).toJSDate(), label: start.toFormat("kkkk-'W'WW") };
}

/** The week a weekly post made at `at` reports on: the one before the week containing `at`. */
export function weekBefore(at: Date, zone: string): Period {
  return rankingPeriod("lastWeek", at, zone);
}

/** The last day of a period in `zone` (its end minus one millisecond), for "11月16日—11月22日". */
export function lastDay(period: Period, zone: string): Date {
  return DateTime.fromJSDate(period.end, { zone }).minus({ milliseconds: 1 }).startOf("day").toJSDate();
}
