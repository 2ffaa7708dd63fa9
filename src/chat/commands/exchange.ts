import { exchangePoints } from "../../app/exchange-points.ts";
import type { Command } from "../context.ts";
import { readMention, type MentionArgs } from "../mention-args.ts";
import { receiptOf } from "../receipt-of.ts";
import { renderFailure } from "../render/failure.ts";

/** 兑换 @张秀英 大米 · /exchange @name item: a grid worker records an exchange at the counter. */
export const exchange: Command<MentionArgs> = {
  name: "exchange",
  words: ["兑换"],
  slash: ["exchange"],
  usage: { zh: "兑换 @姓名 商品", en: "/exchange @name item" },
  parse: (args) => {
    if (!/^\s*[@＠]/.test(args)) return null; // "兑换了一袋米" is chatter, not a command
    const m = readMention(args);
    return m && m.words.length > 0 ? m : null;
  },
  run: async (ctx, args) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const res = await exchangePoints(ctx.deps, {
      communityId: ctx.place.community.id, actor: ctx.actor, name: args.name, item: args.words.join(" "), ...(args.pick ? { pick: args.pick } : {}),
      receipt: (x) => ctx.reply(ctx.t("shop.exchanged", { name: x.resident.name, item: x.item.name, price: x.item.price, balance: x.balance, stock: x.item.stock })),
    });
    return res.ok ? receiptOf(res) : [renderFailure(ctx, res)];
  },
};
