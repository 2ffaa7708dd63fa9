import { describe, expect, it } from "vitest";
import { awardablePoints, decisionBlocker, ledgerKey } from "../../src/domain/report-rules.ts";
import { reviewRefusal, reviewableGridIds, type RoleGrant } from "../../src/domain/permissions.ts";
import { rank } from "../../src/domain/ranking.ts";
import { maskName } from "../../src/domain/mask-name.ts";
import { dayStart, weekOf } from "../../src/domain/period.ts";
import { doerKey, findDuplicate, type ReportSketch } from "../../src/domain/duplicate.ts";

describe("awardablePoints", () => {
  it.each([
    [6, undefined, 6],
    [6, 8, 8],
    [6, 300, 300],
    [6, 301, null],
    [6, 0, null],
    [6, -5, null],
    [6, 2.5, null],
    [0, undefined, null],
    [600, undefined, null],
  ])("suggested %s, override %s → %s", (suggested, override, expected) => {
    expect(awardablePoints(suggested, override)).toBe(expected);
  });
});

describe("decisionBlocker", () => {
  it.each([
    ["pending", null],
    ["approved", "REPORT.ALREADY_APPROVED"],
    ["rejected", "REPORT.NOT_PENDING"],
    ["withdrawn", "REPORT.NOT_PENDING"],
    ["revoked", "REPORT.NOT_PENDING"],
  ] as const)("%s → %s", (status, expected) => {
    expect(decisionBlocker(status)).toBe(expected);
  });

  it("derives one idempotency key per cause", () => {
    expect(ledgerKey.deed(12)).toBe("deed:12");
    expect(ledgerKey.reversal(12)).toBe("reversal:12");
  });
});

describe("reviewRefusal", () => {
  const worker = (gridId: number): RoleGrant => ({ role: "grid_worker", communityId: 1, gridId });
  const admin: RoleGrant = { role: "admin", communityId: 1, gridId: null };
  const report = { communityId: 1, gridId: 1 };
  it.each([
    ["grid worker of the grid", [worker(1)], true, [5], null],
    ["grid worker of another grid", [worker(2)], true, [5], "AUTH.NOT_REVIEWER"],
    ["admin of the community", [admin], true, [5], null],
    ["admin of another community", [{ ...admin, communityId: 2 }], true, [5], "AUTH.NOT_REVIEWER"],
    ["plain resident", [], true, [5], "AUTH.NOT_REVIEWER"],
    ["unverified grid worker", [worker(1)], false, [5], "AUTH.UNVERIFIED"],
    ["grid worker reviewing their own report", [worker(1)], true, [9], "REPORT.SELF_APPROVAL"],
    ["admin reviewing a report about themself", [admin], true, [null, 9], "REPORT.SELF_APPROVAL"],
  ] as const)("%s", (_, roles, verified, concerned, expected) => {
    expect(reviewRefusal({ residentId: 9, verified, roles: [...roles] }, report, [...concerned])).toBe(expected);
  });

  it("lists reviewable grids: all (null) for an admin", () => {
    expect(reviewableGridIds([admin], 1)).toBeNull();
    expect(reviewableGridIds([worker(1), worker(3)], 1)).toEqual([1, 3]);
    expect(reviewableGridIds([], 1)).toEqual([]);
  });
});

describe("rank", () => {
  const t = (residentId: number, points: number, at: string) => ({ residentId, points, lastAt: new Date(at) });
  it("orders by points, then who got there first, then id; drops zero and negative", () => {
    const ranked = rank([
      t(1, 10, "2026-11-24T10:00:00Z"),
      t(2, 20, "2026-11-24T12:00:00Z"),
      t(3, 10, "2026-11-23T10:00:00Z"),
      t(4, 10, "2026-11-23T10:00:00Z"),
      t(5, 0, "2026-11-23T10:00:00Z"),
      t(6, -2, "2026-11-23T10:00:00Z"),
    ]);
    expect(ranked.map((r) => [r.rank, r.residentId])).toEqual([[1, 2], [2, 3], [3, 4], [4, 1]]);
  });
});

describe("maskName", () => {
  it.each([
    ["张秀英", "张*英"],
    ["欧阳娜娜", "欧**娜"],
    ["王敏", "王*"],
    ["A", "*"],
    ["Anna", "A**a"],
  ])("%s → %s", (name, masked) => expect(maskName(name)).toBe(masked));
});

describe("periods in Asia/Shanghai with the host in UTC", () => {
  it.each([
    // Sunday 23:59 Shanghai is still week 48; Monday 00:00 Shanghai starts week 49.
    ["2026-11-29T15:59:00Z", "2026-W48", "2026-11-22T16:00:00.000Z"],
    ["2026-11-29T16:00:00Z", "2026-W49", "2026-11-29T16:00:00.000Z"],
    ["2026-11-23T00:00:00Z", "2026-W48", "2026-11-22T16:00:00.000Z"],
    ["2027-01-01T04:00:00Z", "2026-W53", "2026-12-27T16:00:00.000Z"],
  ])("%s is in %s", (now, label, start) => {
    const w = weekOf(new Date(now), "Asia/Shanghai");
    expect(w.label).toBe(label);
    expect(w.start.toISOString()).toBe(start);
    expect(w.end.getTime() - w.start.getTime()).toBe(7 * 24 * 3600 * 1000);
  });

  it("starts the day at local midnight", () => {
    expect(dayStart(new Date("2026-11-25T17:30:00Z"), "Asia/Shanghai").toISOString()).toBe("2026-11-25T16:00:00.000Z");
  });
});

describe("findDuplicate", () => {
  const flyers = [{ category: "flyer_removal", quantity: 3, points: 6 }];
  // Sender 1 is resident 11; the doers are keys (doerKey): r<resident id>, or n<name>.
  const r = (over: Partial<ReportSketch>): ReportSketch => ({ number: 1, senderIdentityId: 1, text: "撕了3张小广告", deeds: flyers, doers: ["r11"], ...over });
  it.each([
    ["same sender, same words (punctuation aside)", r({ text: "撕了3张小广告!" }), "resent"],
    ["same doer, same deed in English (three = 3)", r({ text: "I tore down three flyers" }), "same_deed"],
    ["another sender, own deed with the same words", r({ senderIdentityId: 2, doers: ["r12"] }), null],
    ["a neighbour praising the doer of the first for the same deed", r({ senderIdentityId: 2, text: "表扬王桂兰撕了3张", doers: ["r11"] }), "same_deed"],
    ["the same doer, another count", r({ senderIdentityId: 2, deeds: [{ category: "flyer_removal", quantity: 8, points: 16 }] }), null],
    ["the same doer, another deed", r({ senderIdentityId: 2, deeds: [{ category: "litter_cleanup", quantity: 1, points: 2 }] }), null],
    ["several doers, one of them the first's", r({ senderIdentityId: 2, text: "我和王桂兰一起撕了3张", doers: ["r12", "r11"] }), "same_deed"],
  ])("%s → %s", (_, candidate, kind) => {
    expect(findDuplicate(candidate, [r({})])?.kind ?? null).toBe(kind);
  });

  it("points to the earliest of several", () => {
    expect(findDuplicate(r({ senderIdentityId: 3, text: "x" }), [r({ number: 5 }), r({ number: 2 })])?.of.number).toBe(2);
  });

  it("keys a doer by resident, else by the name as written", () => {
    expect(doerKey({ residentId: 7 })).toBe("r7");
    expect(doerKey({ name: "Wang Gui Lan" })).toBe("nwangguilan");
  });
});
