// Fixed points: points for who a resident is (party member, education ...), as opposed to
// dynamic points for what they do. Data per community, editable like the deed catalog.

export interface FixedLevel { code: string; names: { zh: string; en: string }; points: number }

export interface FixedCategoryDef {
  /** Stable id: `party_member`. */
  code: string;
  names: { zh: string; en: string };
  /** Points when there are no levels. */
  points: number;
  /** Graded categories (education: college / bachelor / postgraduate). */
  levels: FixedLevel[];
  /** How many awards of this category a resident may hold at once. */
  maxPerResident: number;
  /** Awarded to every member of the household (five-good family). */
  household: boolean;
  active: boolean;
}

export type FixedCatalog = readonly FixedCategoryDef[];

export interface FixedChoice { category: FixedCategoryDef; level: FixedLevel | null; detail: string | null }

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const names = (x: { code: string; names: { zh: string; en: string } }) => [x.code, x.names.zh, x.names.en];

/**
 * Reads "党员", "party_member", "学历 本科", "本科", "education bachelor", "特长 医疗" into a
 * category, its level and a free detail; null when no active category matches. With
 * `levelOptional` (removing), a graded category may be named without its level.
 */
export function readFixedChoice(
  catalog: FixedCatalog, words: readonly string[], opts: { levelOptional?: boolean } = {},
): FixedChoice | null {
  const [first, ...rest] = words;
  if (!first) return null;
  const active = catalog.filter((c) => c.active);
  for (const category of active) {
    if (names(category).some((n) => same(n, first))) {
      const [second, ...more] = rest;
      if (category.levels.length === 0) return { category, level: null, detail: rest.join(" ") || null };
      const level = second ? category.levels.find((l) => names(l).some((n) => same(n, second))) : undefined;
      if (level) return { category, level, detail: more.join(" ") || null };
      return opts.levelOptional && !second ? { category, level: null, detail: null } : null;
    }
  }
  // A level alone names its category when only one category has it: "本科", "高级".
  const byLevel = active.flatMap((c) => c.levels.filter((l) => names(l).some((n) => same(n, first))).map((l) => ({ c, l })));
  if (byLevel.length === 1 && byLevel[0]) return { category: byLevel[0].c, level: byLevel[0].l, detail: rest.join(" ") || null };
  return null;
}

export const fixedPointsOf = (choice: FixedChoice): number => choice.level?.points ?? choice.category.points;

/** Why a resident holding `held` awards of the category cannot take one more, or null. */
export function fixedAwardBlocker(
  choice: FixedChoice,
  held: readonly { level: string | null; detail: string | null }[],
): "FIXED.ALREADY_HELD" | "FIXED.LIMIT" | null {
  const key = (x: { level: string | null; detail: string | null }) => `${x.level ?? ""}\u0000${x.detail ?? ""}`;
  const mine = key({ level: choice.level?.code ?? null, detail: choice.detail });
  if (held.some((h) => key(h) === mine) || (choice.category.levels.length > 0 && held.length > 0)) return "FIXED.ALREADY_HELD";
  if (held.length >= choice.category.maxPerResident) return "FIXED.LIMIT";
  return null;
}

/** Share of fixed points among all points earned, in whole percent (0 when none). */
export function fixedShare(fixed: number, dynamic: number): number {
  const total = fixed + dynamic;
  return total <= 0 ? 0 : Math.round((fixed * 100) / total);
}
