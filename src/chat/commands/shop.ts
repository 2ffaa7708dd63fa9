import { listShop } from "../../app/list-shop.ts";
import type { Command } from "../context.ts";

/** 积分超市 · /shop: the goods, their price and stock. */
export const shop: Command<true> = {
  name: "shop",
  words: ["积分超市", "兑换商品"],
  slash: ["shop"],
  parse: (args) => (args.trim() === "" ? true : null),
  run: async (ctx) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const items = await listShop(ctx.deps, ctx.place.community.id);
    if (items.length === 0) return [ctx.reply(ctx.t("shop.empty"))];
    return [ctx.reply([ctx.t("shop.title"), ...items.map((i) => ctx.t("shop.row", { name: i.name, price: i.price, stock: i.stock }))].join("\n"))];
  },
};
