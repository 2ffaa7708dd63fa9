// What a catalog import changes (the plan behind `catalog import` and `fixed import`).
import { describe, expect, it } from "vitest";
import { planCatalogImport } from "../../src/domain/catalog-diff.ts";

const cat = (code: string, points: number, active = true, extra: Record<string, unknown> = {}) => ({ code, points, active, ...extra });

describe("planCatalogImport", () => {
  const current = [cat("a", 1), cat("b", 2), cat("c", 3), cat("old", 4, false)];

  it("adds, changes and keeps; a partial file retires nothing", () => {
    const { save, changes } = planCatalogImport(current, [cat("b", 5), cat("a", 1), cat("new", 6)], false);
    expect(changes).toEqual({ added: ["new"], changed: ["b"], retired: [], kept: ["c"], unchanged: ["a"] });
    // The file's order first, then the others as they were.
    expect(save).toEqual([cat("b", 5), cat("a", 1), cat("new", 6), cat("c", 3), cat("old", 4, false)]);
  });

  it("retires the active ones left out only when asked; a retired one stays retired", () => {
    const { save, changes } = planCatalogImport(current, [cat("a", 1)], true);
    expect(changes).toEqual({ added: [], changed: [], retired: ["b", "c"], kept: [], unchanged: ["a"] });
    expect(save.filter((c) => !c.active).map((c) => c.code)).toEqual(["b", "c", "old"]);
  });

  it("sees a change in nested words, not in key order or missing optional fields", () => {
    const before = [cat("a", 1, true, { match: { keywords: ["献血"], units: undefined } })];
    expect(planCatalogImport(before, [cat("a", 1, true, { match: { keywords: ["献血"] } })], false).changes.unchanged).toEqual(["a"]);
    expect(planCatalogImport(before, [cat("a", 1, true, { match: { keywords: ["献血", "捐血"] } })], false).changes.changed).toEqual(["a"]);
    expect(planCatalogImport(before, [cat("a", 1, false, { match: { keywords: ["献血"] } })], false).changes.changed).toEqual(["a"]);
  });
});
