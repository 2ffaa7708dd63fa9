// Which fixed points a roster row earns, through the community's fixed catalog:
// 政治面貌 (中共党员 → party_member, 共青团员 → league_member), 学历, 特长, 优秀居民, 职务职称;
// 五好家庭 goes to every member of the household (the use case spreads it).
import type { FixedCatalog, FixedCategoryDef } from "../fixed-catalog.ts";
import type { RosterPerson } from "./read-roster.ts";

export interface WantedAward { code: string; level: string | null; detail: string | null; points: number }

const LEVEL_WORDS: Record<string, [RegExp, string][]> = {
  education: [[/研究生|硕士|博士|postgrad|master|phd|doctor/i, "postgraduate"], [/本科|学士|bachelor|undergrad/i, "bachelor"], [/大专|专科|高职|college|associate/i, "college"]],
  cadre_title: [[/高级|正高|副高|senior/i, "senior"], [/中级|middle|intermediate/i, "middle"], [/初级|助理|junior/i, "junior"]],
};

function active(catalog: FixedCatalog, code: string): FixedCategoryDef | null {
  return catalog.find((c) => c.code === code && c.active) ?? null;
}

function graded(catalog: FixedCatalog, code: string, text: string | null): WantedAward | null {
  const category = active(catalog, code);
  if (!category || !text) return null;
  const byName = category.levels.find((l) => l.names.zh === text || l.names.en.toLowerCase() === text.toLowerCase() || l.code === text);
  const byWord = (LEVEL_WORDS[code] ?? []).find(([re]) => re.test(text))?.[1];
  const level = byName ?? category.levels.find((l) => l.code === byWord);
  if (category.levels.length > 0 && !level) return null;
  return { code, level: level?.code ?? null, detail: null, points: level?.points ?? category.points };
}

function plain(catalog: FixedCatalog, code: string, detail: string | null = null): WantedAward | null {
  const category = active(catalog, code);
  return category && category.levels.length === 0 ? { code, level: null, detail, points: category.points } : null;
}

/** The personal awards (everything but the household's five-good family), and skills left over. */
export function personalAwards(catalog: FixedCatalog, p: RosterPerson): { awards: WantedAward[]; skillsDropped: number } {
  const awards: (WantedAward | null)[] = [];
  const politics = p.politics ?? "";
  if (/党员|communist|party\s*member/i.test(politics)) awards.push(plain(catalog, "party_member"));
  else if (/团员|league/i.test(politics)) awards.push(plain(catalog, "league_member"));
  awards.push(graded(catalog, "education", p.education));
  awards.push(graded(catalog, "cadre_title", p.title));
  if (p.excellent) awards.push(plain(catalog, "excellent_resident"));
  const skill = active(catalog, "special_skill");
  const skills = skill ? p.skills.slice(0, skill.maxPerResident) : [];
  for (const s of skills) awards.push(plain(catalog, "special_skill", s));
  return { awards: awards.filter((a) => a !== null), skillsDropped: skill ? p.skills.length - skills.length : 0 };
}

export function householdAward(catalog: FixedCatalog): WantedAward | null {
  const category = catalog.find((c) => c.household && c.active && c.levels.length === 0);
  return category ? { code: category.code, level: null, detail: null, points: category.points } : null;
}

export const awardKey = (a: { code: string; level: string | null; detail: string | null }) => `${a.code}\u0000${a.level ?? ""}\u0000${a.detail ?? ""}`;
