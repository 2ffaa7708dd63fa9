// Periods in Asia/Shanghai with the host in UTC: the boundary is the community's midnight.
import { beforeAll, describe, expect, it } from "vitest";
import { lastDay, rankingPeriod, weekBefore, weekByLabel } from "../../src/domain/ranking-period.ts";

const SH = "Asia/Shanghai";

beforeAll(() => {
  process.env.TZ = "UTC";
});

describe("ranking periods in Asia/Shanghai, host in UTC", () => {
  it("runs with the host clock in UTC", () => {
    expect(new Date("2026-11-22T12:00:00Z").getTimezoneOffset()).toBe(0);
  });

  it("puts Sunday 23:59 in the week ending and Monday 00:00 in the next", () => {
    // Sunday 22 Nov 2026 23:59 in Shanghai is 15:59 UTC; Monday 00:00 is 16:00 UTC.
    const sunday = rankingPeriod("week", new Date("2026-11-22T15:59:00Z"), SH);
    const monday = rankingPeriod("week", new Date("2026-11-22T16:00:00Z"), SH);
    expect(sunday.label).toBe("2026-W47");
    expect(monday.label).toBe("2026-W48");
    expect(sunday.start.toISOString()).toBe("2026-11-15T16:00:00.000Z");
    expect(sunday.end.toISOString()).toBe("2026-11-22T16:00:00.000Z");
    expect(monday.start.getTime()).toBe(sunday.end.getTime());
  });

  it("reports on the week before at Monday 09:00 (weekBefore and lastWeek agree)", () => {
    const mondayNine = new Date("2026-11-23T01:00:00Z");
    expect(weekBefore(mondayNine, SH).label).toBe("2026-W47");
    expect(rankingPeriod("lastWeek", mondayNine, SH)).toEqual(weekBefore(mondayNine, SH));
    expect(lastDay(weekBefore(mondayNine, SH), SH).toISOString()).toBe("2026-11-21T16:00:00.000Z"); // Sunday 22nd, 00:00 Shanghai
  });

  it("cuts months, quarters and years at Shanghai midnight", () => {
    const lastMinuteOfSeptember = new Date("2026-09-30T15:59:00Z");
    const firstMinuteOfOctober = new Date("2026-09-30T16:00:00Z");
    expect(rankingPeriod("month", lastMinuteOfSeptember, SH).label).toBe("2026-09");
    expect(rankingPeriod("month", firstMinuteOfOctober, SH).label).toBe("2026-10");
    expect(rankingPeriod("quarter", lastMinuteOfSeptember, SH).label).toBe("2026-Q3");
    expect(rankingPeriod("quarter", firstMinuteOfOctober, SH)).toMatchObject({
      label: "2026-Q4", start: new Date("2026-09-30T16:00:00Z"), end: new Date("2026-12-31T16:00:00Z"),
    });
    expect(rankingPeriod("year", new Date("2026-12-31T15:59:00Z"), SH).label).toBe("2026");
    expect(rankingPeriod("year", new Date("2026-12-31T16:00:00Z"), SH).label).toBe("2027");
    const all = rankingPeriod("all", new Date(), SH);
    expect(all.start.getTime()).toBe(0);
    expect(all.end.getTime()).toBeGreaterThan(Date.now());
  });

  it("reads week labels, including ISO weeks that start in the previous year", () => {
    expect(weekByLabel("2026-W47", SH)?.start.toISOString()).toBe("2026-11-15T16:00:00.000Z");
    expect(weekByLabel("2026-W01", SH)?.start.toISOString()).toBe("2025-12-28T16:00:00.000Z"); // Monday 29 Dec 2025
    expect(weekByLabel("2026-W53", SH)?.label).toBe("2026-W53");
    expect(weekByLabel("2025-W53", SH)).toBeNull(); // 2025 has 52 ISO weeks
    expect(weekByLabel("2026-47", SH)).toBeNull();
    expect(weekByLabel("next week", SH)).toBeNull();
  });
});
