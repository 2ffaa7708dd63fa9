import { getBalance } from "../../app/get-balance.ts";
import type { Command } from "../context.ts";

export const me: Command<true> = {
  name: "me",
  words: ["我的积分", "查积分", "积分查询"],
  slash: ["me", "points"],
  parse: (args) => (args.trim() === "" ? true : null),
  run: async (ctx) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const b = await getBalance(ctx.deps, ctx.place.community, ctx.actor);
    const awaiting = b.awaiting > 0 ? `\n${ctx.t("me.awaiting", { points: b.awaiting })}` : "";
    if (!b.resident || (b.total === 0 && b.week === 0 && b.spendable === 0 && b.tickets === 0)) return [ctx.reply(ctx.t("me.none", { name: ctx.actor.account.displayName }) + awaiting)];
    return [ctx.reply(ctx.t("rewards.me", {
      name: b.resident.name, total: b.total, week: b.week, rank: b.rank ?? "none", dynamic: b.dynamic, fixed: b.fixed,
      spent: -b.spent, spendable: Math.max(0, b.spendable), tickets: Math.max(0, b.tickets), short: Math.max(0, -b.tickets),
    }) + (b.spendable < 0 ? `\n${ctx.t("rewards.pointsOwed", { name: b.resident.name, owed: -b.spendable })}` : "") + awaiting)];
  },
};
