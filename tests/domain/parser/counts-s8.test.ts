// Quantities (issue s8, tuning batches 74-77): items counted lot by lot. Each row is our own wording of a kind, not a corpus line; the rows after
// each kind guard against counting too much.
import { describe } from "vitest";
import { reports } from "./table.ts";

describe("items counted lot by lot", () => {
  reports([
    ["撕小广告 礼拜三六张 礼拜五两张", "flyer_removal:8"],
    ["Scraped off the stickers: 3 on the front door, 2 near the lift, 1 beside the mailboxes.", "flyer_removal:6"],
    ["清理小广告:3栋2张;4栋5张;6栋1张", "flyer_removal:8"],
    ["清理小广告:3栋2张;4栋5张;6栋1张,还有1张太高没够到。合计8张", "flyer_removal:8"],
    // A failure after the lots is not counted.
    ["撕小广告:2栋4张;7栋3张,还有2张粘得太死撕不下来", "flyer_removal:7"],
  ]);
});

describe("how many were posted is not how many were taken down", () => {
  reports([
    ["车棚柱子上贴了四张贷款广告 我撕了三张 还有一张太高够不到", "flyer_removal:3"],
    ["单元门上贴了五张小广告 我全撕了", "flyer_removal:5"],
    ["门上贴了两张小广告 信箱上贴着三张 都撕掉了", "flyer_removal:5"],
    // Lots at new places: the posted one is its own lot.
    ["清小广告 2栋撕了3张,4栋楼道里贴了6张的,也撕了", "flyer_removal:9"],
  ]);
});
