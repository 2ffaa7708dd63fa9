// A resident's points: all-time balance (the sum of their ledger rows), this week's, and rank.
import { weekOf } from "../domain/period.ts";
import type { AppDeps } from "./deps.ts";
import type { Actor } from "./actor.ts";
import type { CommunityRec, ResidentRec } from "./ports.ts";

export interface Balance {
  resident: ResidentRec | null; total: number; week: number; rank: number | null; participants: number;
  /** total = dynamic + fixed (points earned); spendable = total - spent in the shop. Tickets may be negative (owed). */
  dynamic: number; fixed: number; spent: number; spendable: number; tickets: number;
  /** Points approved but waiting in 公示 (not in the totals yet). */
  awaiting: number;
}

export async function getBalance(deps: AppDeps, community: CommunityRec, actor: Actor): Promise<Balance> {
  const week = weekOf(deps.clock(), community.timezone);
  return deps.store.read(async (r) => {
    const resident = actor.resident;
    if (!resident) return { resident: null, total: 0, week: 0, rank: null, participants: 0, dynamic: 0, fixed: 0, spent: 0, spendable: 0, tickets: 0, awaiting: 0 };
    // The resident's own place only: the week is not ranked whole to find one rank.
    const mine = await r.ledger.standing(community.id, resident.id, week.start, week.end);
    const { balance, tickets, ...points } = await r.points.account(resident.id);
    return {
      resident,
      ...points,
      total: points.dynamic + points.fixed,
      spendable: balance,
      tickets,
      week: mine.rank === null ? 0 : mine.points,
      rank: mine.rank,
      participants: mine.participants,
      awaiting: await r.notices.awaiting(resident.id),
    };
  });
}
