// The three lanes: sure (a card), doubtful (quietly to the grid worker), no (silence).
import { describe, expect, it } from "vitest";
import { DEFAULT_CATALOG } from "../../../src/domain/default-catalog.ts";
import { createParser } from "../../../src/domain/parser/index.ts";

const parse = createParser(DEFAULT_CATALOG);

describe("lanes", () => {
  it.each([
    ["早上撕了3张小广告", "sure"],
    ["Picked up litter along the canal this morning", "sure"],
    ["#好人好事 撕了小广告 哈哈", "sure"],
    // A laugh alone is mostly a friendly report; with talk of points, or sarcasm, it is a joke.
    ["早上撕了3张小广告 哈哈", "sure"],
    ["今天献血了 三百毫升 给了个小面包 哈哈", "sure"],
    ["早上撕了3张小广告 哈哈 给我加分撒", "doubtful"],
    ["胖嫂说她撕了六张小广告 哈哈", "doubtful"],
    ["Sure, he picked up all the litter in the park", "doubtful"],
    ["巡逻了两个小时 这个能加几分", "doubtful"],
    ["Apparently Tom picked up all the litter in the park", "doubtful"],
    ["今天天气好好哦", "no"],
    ["明天克巡逻", "no"],
  ])("%s → %s", (text, lane) => {
    const r = parse({ text });
    expect(r.lane).toBe(lane);
    expect(r.isReport).toBe(lane === "sure");
    if (lane === "doubtful") expect(r.deeds.length).toBeGreaterThan(0);
  });

  it("states confidence as the chance of a report: doubtful readings below one half, sure ones above 0.9", () => {
    for (const text of ["早上撕了3张小广告 哈哈 给我加分撒", "巡逻了两个小时 这个能加几分", "Apparently Tom picked up all the litter in the park"]) {
      expect(parse({ text }).confidence, text).toBeLessThan(0.5);
    }
    for (const text of ["早上撕了3张小广告", "Picked up litter along the canal this morning"]) {
      expect(parse({ text }).confidence, text).toBeGreaterThan(0.9);
    }
  });

  it("gives sure readings a higher confidence than doubtful ones", () => {
    expect(parse({ text: "早上撕了3张小广告" }).confidence).toBeGreaterThan(parse({ text: "早上撕了3张小广告 哈哈" }).confidence);
  });
});
