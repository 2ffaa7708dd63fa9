// The recognition vocabulary is catalog data: plain JSON that a community edits, exports and
// imports. These tests change the data, never the parser.
import { describe, expect, it } from "vitest";
import type { Catalog, DeedCategory } from "../../../src/domain/catalog.ts";
import { DEFAULT_CATALOG } from "../../../src/domain/default-catalog.ts";
import { createParser } from "../../../src/domain/parser/index.ts";

const roundTrip = (c: Catalog): DeedCategory[] => JSON.parse(JSON.stringify(c)) as DeedCategory[];

describe("catalog match data", () => {
  it("survives a JSON round trip unchanged", () => {
    expect(roundTrip(DEFAULT_CATALOG)).toEqual(DEFAULT_CATALOG);
  });

  it("keeps the default ids, points and units", () => {
    expect(DEFAULT_CATALOG.map((c) => `${c.code}:${c.points}/${c.unit}`)).toEqual([
      "flyer_removal:2/item", "litter_cleanup:2/occasion", "traffic_help:3/occasion", "helping_others:2/occasion",
      "seat_giving:2/occasion", "blood_donation:10/occasion", "patrol:2/hour", "elder_care:5/occasion",
      "volunteer_service:2/hour", "collective_activity:2/occasion", "lost_and_found:5/occasion",
      "dispute_mediation:5/occasion", "hazard_report:2/occasion", "donation:5/occasion", "heroic_act:300/occasion",
    ]);
  });

  it("names only categories that exist in otherwise and yieldTo", () => {
    const codes = new Set(DEFAULT_CATALOG.map((c) => c.code));
    for (const c of DEFAULT_CATALOG) {
      if (c.match.otherwise) expect(codes.has(c.match.otherwise)).toBe(true);
      for (const y of c.match.yieldTo ?? []) expect(y === "*" || codes.has(y)).toBe(true);
    }
  });

  it("learns a community's new category from data alone", () => {
    const catalog = roundTrip(DEFAULT_CATALOG);
    catalog.push({
      code: "snow_clearing", names: { zh: "扫雪", en: "clearing snow" }, points: 3, unit: "hour", active: true,
      match: { keywords: ["扫雪", "铲雪", "cleared snow"] },
    });
    const r = createParser(catalog)({ text: "早上在小区门口铲雪铲了两个小时" });
    expect(r.deeds).toEqual([{ category: "snow_clearing", quantity: 2, points: 6 }]);
  });

  it("learns a synonym added to a category", () => {
    const catalog = roundTrip(DEFAULT_CATALOG);
    const text = "今天把楼下的狗皮膏药揭了六块";
    expect(createParser(catalog)({ text }).deeds).toEqual([]);
    const flyers = catalog.find((c) => c.code === "flyer_removal");
    flyers?.match.units?.push("块");
    flyers?.match.objects?.push("狗皮膏药");
    expect(createParser(catalog)({ text }).deeds).toEqual([{ category: "flyer_removal", quantity: 6, points: 12 }]);
  });

  it("ignores retired categories", () => {
    const catalog = roundTrip(DEFAULT_CATALOG).map((c) => (c.code === "patrol" ? { ...c, active: false } : c));
    expect(createParser(catalog)({ text: "巡逻了两个小时" }).isReport).toBe(false);
  });

  it("prices with the community's points", () => {
    const catalog = roundTrip(DEFAULT_CATALOG).map((c) => (c.code === "blood_donation" ? { ...c, points: 20 } : c));
    expect(createParser(catalog)({ text: "今天献了血" }).totalPoints).toBe(20);
  });
});
