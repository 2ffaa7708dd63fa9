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
  r: Repos, cause: "credit" | "reversal", at: { communityId: number; residentId: number; reportId: number; at: Date; several?: boolean },
): Promise<TicketMove> {
  // A report credited to several people: each one's tickets have a key of their own.
  const who = at.several ? at.residentId : undefined;
  return moveTickets(r, cause, { ...at, key: cause === "credit" ? ticketKey.earned(at.reportId, who) : ticketKey.back(at.reportId, who) });
}

/** Tickets for points credited by another cause than a report (an event), under its own key. */
export async function moveTickets(
  r: Repos, cause: "credit" | "reversal", at: { communityId: number; residentId: number; reportId: number | null; key: string; at: Date },
): Promise<TicketMove> {
  // One read (running totals and the ratio together): approvals never re-sum a history.
  const standing = await r.points.ticketStanding(at.communityId, at.residentId);
  const tickets = ticketDelta(standing.ticketPoints, standing.ticketsEarnedNet, standing.ticketRatio, cause);
  let added = 0;
  if (tickets !== 0) {
    const appended = await r.tickets.append({
      communityId: at.communityId, residentId: at.residentId, tickets, kind: cause === "credit" ? "earned" : "reversal",
      reportId: at.reportId, createdAt: at.at, idempotencyKey: at.key,
    });
    if (appended === "created") added = tickets;
  }
  return { tickets, balance: standing.tickets + added };
}
