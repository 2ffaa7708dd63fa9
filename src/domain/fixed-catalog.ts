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

/** Checks an edited fixed catalog (from a file) whole; problems in words, or the catalog. */
export function checkFixedCatalog(data: unknown): { ok: true; catalog: FixedCategoryDef[] } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  if (!Array.isArray(data)) return { ok: false, problems: ["the file must hold a list of categories"] };
  const points = (p: unknown) => Number.isInteger(p) && (p as number) >= 0 && (p as number) <= 300;
  const named = (x: { names?: { zh?: unknown; en?: unknown } }) => typeof x.names?.zh === "string" && typeof x.names?.en === "string";
  const codes = new Set<string>();
  const catalog = data.map((raw, i): FixedCategoryDef => {
    const c = (raw ?? {}) as Partial<FixedCategoryDef>;
    const at = `category ${i + 1}${typeof c.code === "string" ? ` (${c.code})` : ""}`;
    if (typeof c.code !== "string" || !/^[a-z][a-z0-9_]*$/.test(c.code)) problems.push(`${at}: code must be lower_snake_case`);
    else if (codes.has(c.code)) problems.push(`${at}: code used twice`);
    else codes.add(c.code);
    if (!named(c)) problems.push(`${at}: names.zh and names.en are needed`);
    if (!points(c.points)) problems.push(`${at}: points must be a whole number from 0 to 300`);
    const levels = c.levels ?? [];
    if (!Array.isArray(levels) || levels.some((l) => typeof l?.code !== "string" || !named(l) || !points(l.points))) {
      problems.push(`${at}: each level needs code, names.zh, names.en and points (0 to 300)`);
    }
    const max = c.maxPerResident ?? 1;
    if (!Number.isInteger(max) || max < 1 || max > 10) problems.push(`${at}: maxPerResident must be 1 to 10`);
    return {
      code: String(c.code), names: { zh: String(c.names?.zh), en: String(c.names?.en) }, points: Number(c.points),
      levels: Array.isArray(levels) ? levels : [], maxPerResident: max, household: Boolean(c.household), active: c.active ?? true,
    };
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, catalog };
}
