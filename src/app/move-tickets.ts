// Tickets follow a resident's dynamic points: issued when a deed is approved, taken back when
// it is revoked, inside the same transaction (the caller's). Odd points carry over.
import { ticketDelta, ticketKey } from "../domain/tickets.ts";
import type { Repos } from "./ports.ts";

export interface TicketMove {
  tickets: number; balance: number;
  /** Tickets taken out of draws that have not run, because their points were revoked. */
  withdrawn?: number;
}

export async function moveTicketsForReport(
  r: Repos, cause: "credit" | "reversal", at: { communityId: number; residentId: number; reportId: number; at: Date },
): Promise<TicketMove> {
  const { ticketRatio } = await r.rewardSettings.get(at.communityId);
  const dynamic = await r.points.dynamicForTickets(at.residentId);
  const tickets = ticketDelta(dynamic, await r.tickets.earnedNet(at.residentId), ticketRatio, cause);
  if (tickets !== 0) {
    await r.tickets.append({
      communityId: at.communityId, residentId: at.residentId, tickets, kind: cause === "credit" ? "earned" : "reversal",
      reportId: at.reportId, createdAt: at.at, idempotencyKey: cause === "credit" ? ticketKey.earned(at.reportId) : ticketKey.back(at.reportId),
    });
  }
  return { tickets, balance: await r.tickets.balance(at.residentId) };
}
