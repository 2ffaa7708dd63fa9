// A resident's points: all-time balance (the sum of their ledger rows), this week's, and rank.
import { weekOf } from "../domain/period.ts";
import { rank } from "../domain/ranking.ts";
import type { AppDeps } from "./deps.ts";
import type { Actor } from "./actor.ts";
import type { CommunityRec, ResidentRec } from "./ports.ts";

export interface Balance {
  resident: ResidentRec | null; total: number; week: number; rank: number | null; participants: number;
  /** total = dynamic + fixed (points earned); spendable = total - spent in the shop. Tickets may be negative (owed). */
  dynamic: number; fixed: number; spent: number; spendable: number; tickets: number;
}

export async function getBalance(deps: AppDeps, community: CommunityRec, actor: Actor): Promise<Balance> {
  const week = weekOf(deps.clock(), community.timezone);
  return deps.store.read(async (r) => {
    const resident = actor.resident;
    if (!resident) return { resident: null, total: 0, week: 0, rank: null, participants: 0, dynamic: 0, fixed: 0, spent: 0, spendable: 0, tickets: 0 };
    const ranked = rank(await r.ledger.tally(community.id, week.start, week.end));
    const mine = ranked.find((x) => x.residentId === resident.id);
    const points = await r.points.breakdown(resident.id);
    return {
      resident,
      ...points,
      total: points.dynamic + points.fixed,
      spendable: await r.ledger.balance(resident.id),
      tickets: await r.tickets.balance(resident.id),
      week: mine?.points ?? 0,
      rank: mine?.rank ?? null,
      participants: ranked.length,
    };
  });
}
