// When the weekly post fires: Monday 09:00 in the schedule's zone, every week, whatever the host's zone.
import { describe, expect, it } from "vitest";
import { nextRun, nextRuns, previousRun, type CronFields } from "../../src/domain/cron-times.ts";

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
/** "0 9 * * 1", as node-cron's parse expands it. */
const MONDAY_NINE: CronFields = {
  second: [0], minute: [0], hour: [9], dayOfMonth: range(1, 31), month: range(1, 12), dayOfWeek: [1],
};
const WEEK = 7 * 24 * 3600 * 1000;

describe("next run of Monday 09:00", () => {
  it("is Monday 01:00 UTC in Asia/Shanghai for 52 consecutive weeks, one week apart", () => {
    const runs = nextRuns(MONDAY_NINE, new Date("2026-11-26T10:00:00Z"), "Asia/Shanghai", 52);
    expect(runs).toHaveLength(52);
    expect(runs[0]?.toISOString()).toBe("2026-11-30T01:00:00.000Z");
    expect(runs[51]?.toISOString()).toBe("2027-11-22T01:00:00.000Z");
    runs.forEach((r, i) => {
      expect(r.getUTCDay()).toBe(1);
      expect(r.getUTCHours()).toBe(1);
      if (i > 0) expect(r.getTime() - (runs[i - 1] as Date).getTime()).toBe(WEEK);
    });
  });

  it("keeps 09:00 local across daylight-saving changes (Europe/Berlin) for 52 weeks", () => {
    const runs = nextRuns(MONDAY_NINE, new Date("2026-01-01T00:00:00Z"), "Europe/Berlin", 52);
    const local = runs.map((r) => new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", weekday: "short", hour: "2-digit", minute: "2-digit" }).format(r));
    expect(new Set(local)).toEqual(new Set(["Mon 09:00"]));
    expect(runs.map((r) => r.getUTCHours())).toContain(7); // summer time
    expect(runs.map((r) => r.getUTCHours())).toContain(8); // winter time
  });

  it("at 09:00 exactly, the next run is a week later and the previous run is now", () => {
    const at = new Date("2026-11-23T01:00:00Z");
    expect(nextRun(MONDAY_NINE, at, "Asia/Shanghai")?.toISOString()).toBe("2026-11-30T01:00:00.000Z");
    expect(previousRun(MONDAY_NINE, at, "Asia/Shanghai")?.toISOString()).toBe("2026-11-23T01:00:00.000Z");
    expect(previousRun(MONDAY_NINE, new Date("2026-11-23T00:59:59Z"), "Asia/Shanghai")?.toISOString()).toBe("2026-11-16T01:00:00.000Z");
  });

  it("reads day-of-week 7 as Sunday, and either day field when both are restricted", () => {
    const sundays: CronFields = { ...MONDAY_NINE, dayOfWeek: [7] };
    expect(nextRun(sundays, new Date("2026-11-26T00:00:00Z"), "UTC")?.toISOString()).toBe("2026-11-29T09:00:00.000Z");
    const firstOrMonday: CronFields = { ...MONDAY_NINE, dayOfMonth: [1] };
    const runs = nextRuns(firstOrMonday, new Date("2026-11-26T00:00:00Z"), "UTC", 2).map((d) => d.toISOString());
    expect(runs).toEqual(["2026-11-30T09:00:00.000Z", "2026-12-01T09:00:00.000Z"]);
  });

  it("returns null for a date that never comes (31 February)", () => {
    expect(nextRun({ ...MONDAY_NINE, dayOfMonth: [31], month: [2], dayOfWeek: range(0, 6) }, new Date(), "UTC")).toBeNull();
  });
});
