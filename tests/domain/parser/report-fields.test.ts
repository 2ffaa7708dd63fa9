// The fields around the deeds: points and the cap, the sender naming themself, when, where.
import { describe, expect, it } from "vitest";
import { parse, parser } from "./table.ts";

describe("points", () => {
  it("multiplies catalog points by quantity and sums the deeds", () => {
    const r = parse("巡逻了3个小时,还撕了4张小广告");
    expect(r.deeds).toEqual([
      { category: "patrol", quantity: 3, points: 6 },
      { category: "flyer_removal", quantity: 4, points: 8 },
    ]);
    expect(r.totalPoints).toBe(14);
  });

  it("caps a report at 300 points", () => {
    const r = parse("昨天在江边跳下水救起一个落水的伢,还撕了10张小广告");
    expect(r.deeds.map((d) => d.category).sort()).toEqual(["flyer_removal", "heroic_act"]);
    expect(r.totalPoints).toBe(300);
  });

  it("gives a tagged message with no known deed no deeds and no points", () => {
    const r = parse("#好人好事 给社区画了一面文化墙");
    expect(r).toMatchObject({ isReport: true, tagged: true, deeds: [], totalPoints: 0 });
  });
});

describe("bad input", () => {
  it.each(["", " ", "\n\n", "@", "@@@", "👍", "[强]", "\u200d"])("%j is not a report", (text) => {
    expect(parse(text).isReport).toBe(false);
  });

  // How fast a long message is read is measured in `npm run bench:parser`, not here.
  it("reads only the start of a very long message", () => {
    const long = "今天巡逻了两个小时,".repeat(2000); // 20,000 characters
    expect(parse(long).isReport).toBe(true);
    expect(parse(long)).toEqual(parse(long.slice(0, 5000)));
    // A deed stated only after thousands of characters of chatter is not read at all.
    expect(parse("好的好的,".repeat(2000) + "今天撕了3张小广告").isReport).toBe(false);
    expect(parse("好的好的,".repeat(20) + "今天撕了3张小广告").isReport).toBe(true);
  });
});

describe("a sender who names themself is the sender", () => {
  it.each([
    ["申报人:何丽华\n事项:巡逻两小时", "何丽华"],
    ["申报人 邓强 捐衣服一袋", "邓强"],
    ["Grace here, gave blood this morning", "Grace Liu"],
  ])("%s (sent by %s)", (text, sender) => {
    const r = parse(text, sender);
    expect(r.isReport).toBe(true);
    expect(r.doer).toBeNull();
  });

  it("another person named as the reporter is the doer", () => {
    expect(parse("申报人:何丽华\n事项:巡逻两小时", "邓强").doer).toBe("何丽华");
  });
});

describe("when and whenDate (now = Wednesday 2025-11-05, China time)", () => {
  it.each([
    ["今天撕了3张小广告", "今天", "2025-11-05"],
    ["昨晚巡逻了两个小时", "昨晚", "2025-11-04"],
    ["前天献了血", "前天", "2025-11-03"],
    ["上周六参加了社区讲座", "上周六", "2025-11-01"],
    ["周一在东门疏导交通", "周一", "2025-11-03"],
    ["11月2日捐了一袋衣服", "11月2日", "2025-11-02"],
    ["12月30日捐了一袋衣服", "12月30日", "2024-12-30"],
    ["Gave blood yesterday", "yesterday", "2025-11-04"],
    ["Picked up litter this morning", "this morning", "2025-11-05"],
    ["Patrolled last Saturday", "last Saturday", "2025-11-01"],
    ["撕了3张小广告", null, null],
  ])("%s → %s %s", (text, when, date) => {
    const r = parse(text);
    expect(r.when).toBe(when);
    expect(r.whenDate).toBe(date);
  });

  it("resolves against China time, not UTC", () => {
    // 2025-11-04 17:00 UTC is already 01:00 on the 5th in Shanghai.
    const r = parser({ text: "今天巡逻了1小时", now: new Date("2025-11-04T17:00:00Z") });
    expect(r.whenDate).toBe("2025-11-05");
  });

  it("leaves whenDate null without now", () => {
    expect(parser({ text: "昨天巡逻了1小时" }).whenDate).toBeNull();
  });
});

describe("where", () => {
  it.each([
    ["早上在闸北街帮忙疏导交通", "闸北街"],
    ["晚上在锦绣苑巡逻了两个小时", "锦绣苑"],
    ["在3栋2单元楼道撕了5张小广告", "3栋2单元楼道"],
    ["Picked up litter by the lake", "the lake"],
    ["巡逻了两个小时", null],
  ])("%s → %s", (text, where) => {
    expect(parse(text).where).toBe(where);
  });
});
