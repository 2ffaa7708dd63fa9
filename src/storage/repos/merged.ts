// Merged records (issue 12): a record merged into another keeps its ledger rows, and every
// balance and ranking counts them as the record it was merged into. These fold a query's
// resident ids through the merge links; the running totals of a merged pair are added up.
import type { Db } from "./db.ts";
import type { Sql } from "./sql.ts";
import { totalsOf, type Totals } from "./totals.ts";

const TOTAL_KEYS = ["balance", "dynamic", "fixed", "spent", "ticketPoints", "earned", "tickets", "ticketsEarnedNet"] as const;
const TOTAL_COLUMNS = TOTAL_KEYS.map((k) => `t."${k}"`).join(", ");
const ZERO_TOTALS: Totals = { balance: 0, dynamic: 0, fixed: 0, spent: 0, ticketPoints: 0, earned: 0, tickets: 0, ticketsEarnedNet: 0 };
const numbers = (row: Record<string, unknown>): Totals =>
  Object.fromEntries(TOTAL_KEYS.map((k) => [k, Number(row[k] ?? 0)])) as Totals;

/** A resident id and every record merged into it (directly or through another merge). */
export async function withMerged(db: Db, residentId: number): Promise<number[]> {
  const ids = [residentId];
  for (let i = 0; i < ids.length && i < 1000; i++) {
    const from = await db.residentMerge.findMany({ where: { intoResidentId: ids[i] }, select: { fromResidentId: true } });
    ids.push(...from.map((m) => m.fromResidentId));
  }
  return ids;
}

/** Per-resident tallies with merged records added to the record they count as. */
export async function foldMerged<T extends { residentId: number; points: number; lastAt: Date }>(db: Db, communityId: number, rows: T[]): Promise<T[]> {
  const links = await db.residentMerge.findMany({ where: { communityId }, select: { fromResidentId: true, intoResidentId: true } });
  if (links.length === 0) return rows;
  const into = new Map(links.map((m) => [m.fromResidentId, m.intoResidentId]));
  const final = (id: number) => {
    let x = id;
    for (let hops = 0; into.has(x) && hops < 100; hops++) x = into.get(x) as number;
    return x;
  };
  const out = new Map<number, T>();
  for (const row of rows) {
    const id = final(row.residentId);
    const seen = out.get(id);
    if (!seen) out.set(id, { ...row, residentId: id });
    else out.set(id, { ...seen, points: seen.points + row.points, lastAt: row.lastAt > seen.lastAt ? row.lastAt : seen.lastAt });
  }
  return [...out.values()];
}

const SUMS = {
  balance: true, dynamic: true, fixed: true, spent: true, ticketPoints: true, earned: true, tickets: true, ticketsEarnedNet: true,
} as const;

/**
 * The running totals (ResidentTotals) of a resident with every record merged into it added:
 * one row read when nothing was merged (the usual case), one sum over the few rows otherwise.
 */
export async function totalsWithMerged(db: Db, residentId: number, sql?: Sql): Promise<Totals> {
  if (sql) {
    // The usual case in one statement: the totals row, and whether anything was merged into it.
    const row = await sql.get<Totals & { merged: number; present: number | null }>(
      `SELECT ${TOTAL_COLUMNS}, t."residentId" AS "present", sub."n" AS "merged"
       FROM (SELECT COUNT(*) AS "n" FROM "ResidentMerge" WHERE "intoResidentId" = ?) AS sub LEFT JOIN "ResidentTotals" t ON t."residentId" = ?`,
      [residentId, residentId],
    );
    if (row && Number(row.merged) === 0) return row.present === null ? ZERO_TOTALS : numbers(row);
  }
  const ids = await withMerged(db, residentId);
  if (ids.length === 1) return totalsOf(db, residentId);
  const { _sum: s } = await db.residentTotals.aggregate({ where: { residentId: { in: ids } }, _sum: SUMS });
  return {
    balance: s.balance ?? 0, dynamic: s.dynamic ?? 0, fixed: s.fixed ?? 0, spent: s.spent ?? 0, ticketPoints: s.ticketPoints ?? 0,
    earned: s.earned ?? 0, tickets: s.tickets ?? 0, ticketsEarnedNet: s.ticketsEarnedNet ?? 0,
  };
}
