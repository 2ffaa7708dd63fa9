// The local day of a moment (dayStart, localDate) is remembered per zone (issue 14): the answers
// must stay luxon's own across midnights, DST changes and zones asked in turn.
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { dayStart, localDate } from "../../src/domain/period.ts";

const zones = ["Asia/Shanghai", "Europe/Berlin", "America/New_York", "UTC"];

describe("the local day of a moment", () => {
  it("is luxon's answer at every hour across a DST change, midnights and alternating zones", () => {
    // 2026-03-28 .. 2026-04-01 holds Europe's spring-forward; America's is earlier, so a fall-back is checked too.
    const moments: Date[] = [];
    for (let h = 0; h < 24 * 5; h++) moments.push(new Date(Date.UTC(2026, 2, 27, 0, 0, 0) + h * 3_600_000 - 1));
    for (let h = 0; h < 24 * 3; h++) moments.push(new Date(Date.UTC(2026, 9, 31, 0, 0, 0) + h * 3_600_000));
    for (const at of moments) {
      for (const zone of zones) {
        const day = DateTime.fromJSDate(at, { zone }).startOf("day");
        expect(dayStart(at, zone).getTime()).toBe(day.toMillis());
        expect(localDate(at, zone)).toBe(day.toISODate());
      }
    }
  });

  it("goes back in time too (a simulated clock may be set earlier in another run)", () => {
    const late = new Date("2026-12-07T15:59:59.999Z");
    const early = new Date("2026-12-01T03:00:00Z");
    expect(localDate(late, "Asia/Shanghai")).toBe("2026-12-07");
    expect(localDate(new Date(late.getTime() + 1), "Asia/Shanghai")).toBe("2026-12-08");
    expect(localDate(early, "Asia/Shanghai")).toBe("2026-12-01");
    expect(dayStart(early, "Asia/Shanghai")).toEqual(new Date("2026-11-30T16:00:00Z"));
  });

  it("gives an invalid day for an unknown zone, as before", () => {
    expect(Number.isNaN(dayStart(new Date(), "Not/AZone").getTime())).toBe(true);
    expect(localDate(new Date(), "Not/AZone")).toBe("");
  });
});
