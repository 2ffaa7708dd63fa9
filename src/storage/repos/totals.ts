// Reads of ResidentTotals: the per-resident sums that triggers keep beside the ledgers
// (migration 20261201140000_running_totals). A resident with no ledger row has no row: zeros.
import type { Db } from "./db.ts";

const TOTALS = {
  balance: true, dynamic: true, fixed: true, spent: true, ticketPoints: true, earned: true, tickets: true, ticketsEarnedNet: true,
} as const;

export type Totals = { [K in keyof typeof TOTALS]: number };

const ZERO: Totals = { balance: 0, dynamic: 0, fixed: 0, spent: 0, ticketPoints: 0, earned: 0, tickets: 0, ticketsEarnedNet: 0 };

export async function totalsOf(db: Db, residentId: number): Promise<Totals> {
  return (await db.residentTotals.findUnique({ where: { residentId }, select: TOTALS })) ?? ZERO;
}
