// The monthly 积分制 report an office hands in: the community and each grid (reports received,
// approved, rejected, points, active residents, the fixed share against its target), the top
// residents and households, deeds by category, the shop and draw turnover, and points by week.
import { findCategory } from "../domain/catalog.ts";
import { fixedShare } from "../domain/fixed-catalog.ts";
import { weekStartOf, weeksOf } from "../domain/month-period.ts";
import type { Period } from "../domain/period.ts";
import { rank } from "../domain/ranking.ts";
import type { AppDeps } from "./deps.ts";
import type { CommunityRec } from "./ports.ts";
import type { PeriodLedgerRow } from "./register-ports.ts";

export interface ScopeRow {
  scope: string; received: number; approved: number; rejected: number; points: number; fixed: number; active: number;
  fixedPercent: number; targetPercent: number;
}
export interface MonthlyReport {
  community: CommunityRec; period: Period;
  scopes: ScopeRow[];
  topResidents: { rank: number; name: string; grid: string; points: number }[];
  topHouseholds: { rank: number; grid: string; address: { building: string; unit: string; room: string }; head: string; points: number }[];
  categories: { code: string; zh: string; en: string; deeds: number; quantity: number; points: number }[];
  shop: { item: string; count: number; points: number }[];
  draws: { title: string; drawnAt: Date; tickets: number; winners: number }[];
  weeks: { week: string; points: number }[];
}

const DYNAMIC = ["deed", "reversal", "adjustment"];
const FIXED = ["fixed", "fixed_reversal"];

export async function getMonthlyReport(deps: AppDeps, community: CommunityRec, period: Period): Promise<MonthlyReport> {
  const catalog = (await deps.parsers.forCommunity(community.id)).catalog;
  return deps.store.read(async (r) => {
    const data = await r.register.periodData(community.id, period.start, period.end);
    const grids = await r.grids.list(community.id);
    const { fixedTargetPercent } = await r.rewardSettings.get(community.id);
    const gridOfResident = (id: number) => data.gridOf.get(id) ?? null;
    const scope = (name: string, gridId: number | null | undefined): ScopeRow => {
      const inScope = (g: number | null) => gridId === undefined || g === gridId;
      const reports = data.reports.filter((x) => inScope(x.doerResidentId ? gridOfResident(x.doerResidentId) ?? x.gridId : x.gridId));
      const ledger = data.ledger.filter((l) => inScope(gridOfResident(l.residentId)));
      const sum = (kinds: string[], rows: PeriodLedgerRow[] = ledger) => rows.filter((l) => kinds.includes(l.kind)).reduce((s, l) => s + l.points, 0);
      const points = sum(DYNAMIC);
      const fixed = sum(FIXED);
      return {
        scope: name, received: reports.length, approved: reports.filter((x) => x.status === "approved").length,
        rejected: reports.filter((x) => x.status === "rejected").length, points, fixed,
        active: new Set(ledger.filter((l) => l.kind === "deed").map((l) => l.residentId)).size,
        fixedPercent: fixedShare(fixed, points), targetPercent: fixedTargetPercent,
      };
    };
    const tallies = await r.ledger.tally(community.id, period.start, period.end);
    const ranked = rank(tallies).slice(0, 10);
    const people = new Map((await r.residents.byIds(ranked.map((x) => x.residentId))).map((p) => [p.id, p]));
    const gridName = new Map(grids.map((g) => [g.id, g.name]));
    const { households, memberOf } = await r.register.householdIndex(community.id);
    const perHousehold = new Map<number, { residentId: number; points: number; lastAt: Date }>();
    for (const t of tallies) {
      const hh = memberOf.get(t.residentId);
      if (hh === undefined) continue;
      const seen = perHousehold.get(hh);
      perHousehold.set(hh, { residentId: hh, points: (seen?.points ?? 0) + t.points, lastAt: seen && seen.lastAt > t.lastAt ? seen.lastAt : t.lastAt });
    }
    const topHh = rank([...perHousehold.values()]).slice(0, 10);
    const hhById = new Map(households.map((h) => [h.id, h]));
    const heads = new Map((await r.residents.byIds(topHh.flatMap((x) => hhById.get(x.residentId)?.headResidentId ?? []))).map((p) => [p.id, p.name]));

    const categories = new Map<string, MonthlyReport["categories"][number]>();
    for (const rep of data.reports.filter((x) => x.status === "approved")) {
      for (const d of rep.deeds) {
        const c = findCategory(catalog, d.category);
        const row = categories.get(d.category) ?? { code: d.category, zh: c?.names.zh ?? d.category, en: c?.names.en ?? d.category, deeds: 0, quantity: 0, points: 0 };
        row.deeds += 1;
        row.quantity += d.quantity;
        row.points += d.points;
        categories.set(d.category, row);
      }
    }
    const shop = new Map<string, { item: string; count: number; points: number }>();
    for (const e of data.exchanges) {
      const row = shop.get(e.item) ?? { item: e.item, count: 0, points: 0 };
      row.count += 1;
      row.points += e.price;
      shop.set(e.item, row);
    }
    const weeks = new Map(weeksOf(period, community.timezone).map((w) => [w, 0]));
    for (const l of data.ledger.filter((x) => DYNAMIC.includes(x.kind) || FIXED.includes(x.kind))) {
      const w = weekStartOf(l.at, community.timezone);
      weeks.set(w, (weeks.get(w) ?? 0) + l.points);
    }
    return {
      community, period,
      scopes: [scope(community.name, undefined), ...grids.map((g) => scope(g.name, g.id))],
      topResidents: ranked.map((x) => {
        const p = people.get(x.residentId);
        return { rank: x.rank, name: p?.name ?? "", grid: p?.gridId ? (gridName.get(p.gridId) ?? "") : "", points: x.points };
      }),
      topHouseholds: topHh.map((x) => {
        const h = hhById.get(x.residentId);
        return {
          rank: x.rank, grid: h ? (gridName.get(h.gridId) ?? "") : "", address: { building: h?.building ?? "", unit: h?.unit ?? "", room: h?.room ?? "" },
          head: h?.headResidentId ? (heads.get(h.headResidentId) ?? "") : "", points: x.points,
        };
      }),
      categories: [...categories.values()].sort((a, b) => b.points - a.points),
      shop: [...shop.values()].sort((a, b) => b.points - a.points),
      draws: data.draws,
      weeks: [...weeks].map(([week, points]) => ({ week, points })),
    };
  });
}
