// Table tests of the reward rules: tickets with carry-over, fixed-points choices, the draw.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DEFAULT_FIXED_CATALOG } from "../../src/domain/default-fixed-catalog.ts";
import { drawWinners, verifyDraw } from "../../src/domain/draw.ts";
import { fixedAwardBlocker, fixedPointsOf, fixedShare, readFixedChoice } from "../../src/domain/fixed-catalog.ts";
import { carriedPoints, ticketDelta, ticketsFor } from "../../src/domain/tickets.ts";

const sha = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

describe("tickets", () => {
  it("carries odd points over across several credits", () => {
    // 3 + 3 + 5 points at a ratio of 2: 1, then 2, then 2 tickets; 1 point waits.
    let dynamic = 0;
    let issued = 0;
    const got: number[] = [];
    for (const points of [3, 3, 5]) {
      dynamic += points;
      const d = ticketDelta(dynamic, issued, 2, "credit");
      issued += d;
      got.push(d);
    }
    expect(got).toEqual([1, 2, 2]);
    expect(issued).toBe(ticketsFor(11, 2));
    expect(carriedPoints(11, 2)).toBe(1);
  });

  it("a reversal takes back exactly what its points earned, given the carry", () => {
    // 3 then 3 points → 3 tickets; revoking the first 3 leaves 3 points → 1 ticket: 2 back.
    expect(ticketDelta(3, 3, 2, "reversal")).toBe(-2);
    // Revoking 1 point of carry takes nothing back.
    expect(ticketDelta(6, 3, 2, "reversal")).toBe(0);
  });

  it("never takes tickets back on a credit, nor issues on a reversal (ratio changed meanwhile)", () => {
    expect(ticketDelta(10, 5, 4, "credit")).toBe(0);
    expect(ticketDelta(10, 1, 2, "reversal")).toBe(0);
    expect(ticketsFor(-4, 2)).toBe(0);
  });

  it.each([[2, 7, 3], [3, 7, 2], [1, 7, 7]])("ratio %i: %i points make %i tickets", (ratio, points, tickets) => {
    expect(ticketsFor(points, ratio)).toBe(tickets);
  });
});

describe("fixed points", () => {
  const read = (...w: string[]) => readFixedChoice(DEFAULT_FIXED_CATALOG, w);

  it.each([
    [["党员"], "party_member", null, 20],
    [["party_member"], "party_member", null, 20],
    [["学历", "本科"], "education", "bachelor", 10],
    [["本科"], "education", "bachelor", 10],
    [["education", "postgraduate"], "education", "postgraduate", 15],
    [["高级"], "cadre_title", "senior", 15],
    [["五好家庭"], "five_good_family", null, 30],
    [["特长", "医疗"], "special_skill", null, 10],
  ] as const)("%j → %s %s %i", (words, code, level, points) => {
    const c = read(...words);
    expect(c?.category.code).toBe(code);
    expect(c?.level?.code ?? null).toBe(level);
    expect(c && fixedPointsOf(c)).toBe(points);
  });

  it("refuses unknown words and a graded category without its level", () => {
    expect(read("会员")).toBeNull();
    expect(read("学历")).toBeNull();
    expect(read("学历", "博士后")).toBeNull();
    expect(readFixedChoice(DEFAULT_FIXED_CATALOG, ["学历"], { levelOptional: true })?.category.code).toBe("education");
  });

  it("holds a category once, special skills up to two", () => {
    const party = read("党员")!;
    expect(fixedAwardBlocker(party, [])).toBeNull();
    expect(fixedAwardBlocker(party, [{ level: null, detail: null }])).toBe("FIXED.ALREADY_HELD");
    const skill = read("特长", "法律")!;
    expect(fixedAwardBlocker(skill, [{ level: null, detail: "医疗" }])).toBeNull();
    expect(fixedAwardBlocker(skill, [{ level: null, detail: "法律" }])).toBe("FIXED.ALREADY_HELD");
    expect(fixedAwardBlocker(skill, [{ level: null, detail: "医疗" }, { level: null, detail: "维修" }])).toBe("FIXED.LIMIT");
    const edu = read("研究生")!;
    expect(fixedAwardBlocker(edu, [{ level: "bachelor", detail: null }])).toBe("FIXED.ALREADY_HELD");
  });

  it("computes the share of fixed points", () => {
    expect(fixedShare(10, 90)).toBe(10);
    expect(fixedShare(0, 0)).toBe(0);
    expect(fixedShare(60, 6)).toBe(91);
  });
});

describe("the draw", () => {
  const prizes = [{ id: 1, name: "大米", quantity: 2 }, { id: 2, name: "旅游", quantity: 1 }];
  const entries = [{ residentId: 3, tickets: 5 }, { residentId: 1, tickets: 2 }, { residentId: 7, tickets: 9 }, { residentId: 4, tickets: 1 }];
  const seed = "9f1c0a".repeat(10);

  it("is a pure function of entries and seed (entry order does not matter)", () => {
    const a = drawWinners({ entries, prizes, seed, allowRepeatWinners: false }, sha);
    const b = drawWinners({ entries: [...entries].reverse(), prizes, seed, allowRepeatWinners: false }, sha);
    expect(a).toEqual(b);
    expect(a).toHaveLength(3);
    expect(a.map((w) => w.prizeId)).toEqual([1, 1, 2]);
    const c = drawWinners({ entries, prizes, seed: seed.replace(/^9/, "8"), allowRepeatWinners: false }, sha);
    expect(c).not.toEqual(a); // another seed, another draw (for this fixed pair of seeds)
  });

  it("follows the published rule: slot = SHA-256(seed:k) mod slots left", () => {
    const slots = [1, 1, 3, 3, 3, 3, 3, 4, 7, 7, 7, 7, 7, 7, 7, 7, 7];
    const first = slots[Number(BigInt(`0x${sha(`${seed}:1`)}`) % BigInt(slots.length))];
    expect(drawWinners({ entries, prizes, seed, allowRepeatWinners: false }, sha)[0]?.residentId).toBe(first);
  });

  it("gives one prize per resident unless repeats are allowed", () => {
    for (let i = 0; i < 50; i++) {
      const w = drawWinners({ entries, prizes: [{ id: 1, name: "x", quantity: 4 }], seed: `s${i}`, allowRepeatWinners: false }, sha);
      expect(new Set(w.map((x) => x.residentId)).size).toBe(4);
    }
    const many = drawWinners({ entries: [{ residentId: 1, tickets: 3 }], prizes: [{ id: 1, name: "x", quantity: 3 }], seed, allowRepeatWinners: true }, sha);
    expect(many.map((w) => w.residentId)).toEqual([1, 1, 1]);
  });

  it("leaves prizes unawarded when there are fewer entries than prizes", () => {
    const w = drawWinners({ entries: [{ residentId: 5, tickets: 4 }], prizes, seed, allowRepeatWinners: false }, sha);
    expect(w).toEqual([{ position: 1, prizeId: 1, residentId: 5 }]);
    expect(drawWinners({ entries: [], prizes, seed, allowRepeatWinners: false }, sha)).toEqual([]);
  });

  it("verifies published data, and catches a changed seed, entry or winner", () => {
    const winners = drawWinners({ entries, prizes, seed, allowRepeatWinners: false }, sha);
    const published = { commitment: sha(seed), seed, entries, prizes, allowRepeatWinners: false, winners };
    expect(verifyDraw(published, sha)).toMatchObject({ seedMatches: true, winnersMatch: true });
    expect(verifyDraw({ ...published, seed: `${seed}0` }, sha).seedMatches).toBe(false);
    const otherWinner = winners.map((w, i) => (i === 0 ? { ...w, residentId: 999 } : w));
    expect(verifyDraw({ ...published, winners: otherWinner }, sha).winnersMatch).toBe(false);
    const padded = [...entries, { residentId: 99, tickets: 50 }];
    expect(verifyDraw({ ...published, entries: padded }, sha).winnersMatch).toBe(false);
  });
});
