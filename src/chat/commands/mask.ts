import { toggleMask } from "../../app/toggle-mask.ts";
import type { Command } from "../context.ts";
import { receiptOf } from "../receipt-of.ts";

/** 匿名上榜 / /mask: appear as 张*英 on public lists, or by name again (a toggle). */
export const mask: Command<true> = {
  name: "mask",
  words: ["匿名上榜", "匿名"],
  slash: ["mask"],
  parse: (args) => (args.trim() === "" ? true : null),
  run: async (ctx) => {
    const state = await toggleMask(ctx.deps, {
      actor: ctx.actor,
      receipt: (x) => ctx.reply(x.masked ? ctx.t("honour.mask.on", { name: x.name, masked: x.shown }) : ctx.t("honour.mask.off", { name: x.name })),
    });
    return state ? receiptOf(state) : [ctx.reply(ctx.t("honour.mask.unknown"))];
  },
};
