import { toggleMask } from "../../app/toggle-mask.ts";
import type { Command } from "../context.ts";

/** 匿名上榜 / /mask: appear as 张*英 on public lists, or by name again (a toggle). */
export const mask: Command<true> = {
  name: "mask",
  words: ["匿名上榜", "匿名"],
  slash: ["mask"],
  parse: (args) => (args.trim() === "" ? true : null),
  run: async (ctx) => {
    const state = await toggleMask(ctx.deps, ctx.actor);
    if (!state) return [ctx.reply(ctx.t("honour.mask.unknown"))];
    return [
      ctx.reply(
        state.masked
          ? ctx.t("honour.mask.on", { name: state.name, masked: state.shown })
          : ctx.t("honour.mask.off", { name: state.name }),
      ),
    ];
  },
};
