import { addShopItem } from "../../app/add-shop-item.ts";
import type { Command } from "../context.ts";
import { receiptOf } from "../receipt-of.ts";
import { renderFailure } from "../render/failure.ts";

/** 上架 大米5kg 200 30 · /shopadd name price stock (admins): name may contain spaces. */
export const shopAdd: Command<{ name: string; price: number; stock: number }> = {
  name: "shopAdd",
  words: ["上架"],
  slash: ["shopadd"],
  usage: { zh: "上架 名称 积分 库存", en: "/shopadd name points stock" },
  parse: (args) => {
    const m = /^(.+?)\s+(\d{1,7})\s*分?\s+(\d{1,6})\s*(?:件|个|份)?$/.exec(args.trim());
    return m ? { name: (m[1] ?? "").replace(/^["“]|["”]$/g, ""), price: Number(m[2]), stock: Number(m[3]) } : null;
  },
  run: async (ctx, args) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const res = await addShopItem(ctx.deps, {
      communityId: ctx.place.community.id, by: ctx.actor, ...args,
      receipt: ({ item }) => ctx.reply(ctx.t("shop.added", { name: item.name, price: item.price, stock: item.stock })),
    });
    return res.ok ? receiptOf(res) : [renderFailure(ctx, res)];
  },
};
