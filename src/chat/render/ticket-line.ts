// The reward-ticket line under a decision: tickets issued with an approval, or taken back with
// a revoke, with the shortfall shown when they were already spent.
import type { TicketMove } from "../../app/move-tickets.ts";
import type { Translate } from "../../i18n/index.ts";

export function ticketLine(t: Translate, name: string, move: TicketMove | undefined): string {
  if (!move || move.tickets === 0) return "";
  if (move.tickets > 0) return `\n${t("rewards.ticketsEarned", { name, tickets: move.tickets, balance: move.balance })}`;
  const back = -move.tickets;
  const line = move.balance < 0
    ? `\n${t("rewards.ticketsShort", { name, tickets: back, short: -move.balance })}`
    : `\n${t("rewards.ticketsBack", { name, tickets: back, balance: move.balance })}`;
  return move.withdrawn ? `${line}\n${t("rewards.pledgesWithdrawn", { name, tickets: move.withdrawn })}` : line;
}
