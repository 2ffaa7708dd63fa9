// The honour board: totals, deeds per person, and ties broken the same way every time.
import { describe, expect, it } from "vitest";
import { buildBoard, tiedRanks, type ApprovedDeed } from "../../src/domain/honour-list.ts";

const at = (h: number) => new Date(Date.UTC(2026, 10, 20, h));
const deed = (residentId: number, points: number, hour: number, category = "flyer_removal", quantity = 1): ApprovedDeed => ({
  residentId, gridId: 1, points, approvedAt: at(hour), deeds: [{ category, quantity }],
});

describe("buildBoard", () => {
  it("ranks by points, sums deeds per kind, and counts the week's totals", () => {
    const board = buildBoard([
      deed(1, 6, 1, "flyer_removal", 3), deed(2, 3, 2, "traffic_help"), deed(1, 10, 3, "flyer_removal", 5), deed(1, 3, 4, "traffic_help"),
    ], 10);
    expect(board.entries.map((e) => [e.rank, e.residentId, e.points])).toEqual([[1, 1, 19], [2, 2, 3]]);
    expect(board.entries[0]?.deeds).toEqual([{ category: "flyer_removal", quantity: 8 }, { category: "traffic_help", quantity: 1 }]);
    expect(board.totals).toEqual({ deeds: 4, residents: 2, points: 22 });
  });

  it("breaks a tie by who reached the total first, then by resident id, whatever the input order", () => {
    const deeds = [deed(3, 6, 5), deed(2, 6, 2), deed(1, 6, 2), deed(4, 2, 9)];
    const orders = [deeds, [...deeds].reverse(), [deeds[2], deeds[0], deeds[3], deeds[1]] as ApprovedDeed[]];
    for (const order of orders) {
      expect(buildBoard(order, 10).entries.map((e) => e.residentId)).toEqual([1, 2, 3, 4]);
    }
    // Equal points share a rank number: 1, 1, 1, then 4.
    expect(buildBoard(deeds, 10).entries.map((e) => e.rank)).toEqual([1, 1, 1, 4]);
    expect([...tiedRanks(buildBoard(deeds, 10).entries)]).toEqual([1]);
  });

  it("keeps the top N and still counts everyone in the totals", () => {
    const many = Array.from({ length: 14 }, (_, i) => deed(i + 1, 20 - i, i));
    const board = buildBoard(many, 10);
    expect(board.entries).toHaveLength(10);
    expect(board.entries.at(-1)?.residentId).toBe(10);
    expect(board.totals.residents).toBe(14);
  });

  it("is empty for a week without approved deeds", () => {
    expect(buildBoard([], 10)).toEqual({ entries: [], totals: { deeds: 0, residents: 0, points: 0 } });
  });
});
