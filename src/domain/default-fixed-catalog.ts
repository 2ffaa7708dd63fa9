// The default fixed-points categories (deed-catalog.md, "Fixed points"): a community edits its own.
import type { FixedCatalog } from "./fixed-catalog.ts";

const grades = (zh: [string, string, string], en: [string, string, string], codes: [string, string, string]) =>
  codes.map((code, i) => ({ code, names: { zh: zh[i] ?? "", en: en[i] ?? "" }, points: 5 * (i + 1) }));

export const DEFAULT_FIXED_CATALOG: FixedCatalog = [
  {
    code: "cadre_title", names: { zh: "职务职称", en: "position or title" }, points: 0,
    levels: grades(["初级", "中级", "高级"], ["junior", "middle", "senior"], ["junior", "middle", "senior"]),
    maxPerResident: 1, household: false, active: true,
  },
  { code: "party_member", names: { zh: "党员", en: "party member" }, points: 20, levels: [], maxPerResident: 1, household: false, active: true },
  { code: "league_member", names: { zh: "团员", en: "league member" }, points: 10, levels: [], maxPerResident: 1, household: false, active: true },
  { code: "excellent_resident", names: { zh: "优秀居民", en: "excellent resident" }, points: 30, levels: [], maxPerResident: 1, household: false, active: true },
  { code: "five_good_family", names: { zh: "五好家庭", en: "five-good family" }, points: 30, levels: [], maxPerResident: 1, household: true, active: true },
  {
    code: "education", names: { zh: "学历", en: "education" }, points: 0,
    levels: grades(["大专", "本科", "研究生"], ["college", "bachelor", "postgraduate"], ["college", "bachelor", "postgraduate"]),
    maxPerResident: 1, household: false, active: true,
  },
  { code: "special_skill", names: { zh: "特长", en: "special skill" }, points: 10, levels: [], maxPerResident: 2, household: false, active: true },
];
