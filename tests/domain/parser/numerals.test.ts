import { describe, expect, it } from "vitest";
import { hoursFromRange } from "../../../src/domain/parser/hour-range.ts";
import { parseNumber } from "../../../src/domain/parser/numerals.ts";

describe("parseNumber", () => {
  it.each([
    ["7", 7], ["15", 15], ["2.5", 2.5], ["两", 2], ["俩", 2], ["十", 10], ["十二", 12], ["二十五", 25],
    ["一百", 100], ["三百", 300], ["一个", 1], ["两三", 2], ["二三十", 20], ["三四百", 300], ["十二三", 12], ["one", 1], ["eleven", 11], ["twenty-five", 25],
    ["thirty", 30], ["a dozen", 12], ["an", 1],
  ])("%s → %d", (token, n) => {
    expect(parseNumber(token.replace("个", ""))).toBe(n);
  });
});

describe("hoursFromRange", () => {
  it.each([
    ["晚上7点到10点巡逻", 3],
    ["下午两点到四点半", 2],
    ["上午九点至十一点", 2],
    ["从八点一直干到十二点", 4],
    ["晚上十点到十二点", 2],
    ["13:00-16:00", 3],
    ["10:15-12:45 值班", 2],
    ["from 7 to 10pm", 3],
    ["6pm-9pm on the gate", 3],
    ["from 11 till midnight", 1],
    ["between 2 and 5pm", 3],
  ])("%s → %d hours", (text, hours) => {
    expect(hoursFromRange(text)).toBe(hours);
  });

  it.each(["3栋2单元", "Kevin from 3-201", "公交12路", "两个小时"])("%s has no range", (text) => {
    expect(hoursFromRange(text)).toBeUndefined();
  });
});
