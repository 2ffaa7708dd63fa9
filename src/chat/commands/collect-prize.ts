import { markPrizeCollected } from "../../app/mark-prize-collected.ts";
import type { Command } from "../context.ts";
import { readMention, type MentionArgs } from "../mention-args.ts";
import { receiptOf } from "../receipt-of.ts";
import { renderFailure } from "../render/failure.ts";

/** 领奖 @张秀英 [抽奖编号] · /collect @name [N]: a grid worker hands a prize over, once. */
export const collectPrize: Command<MentionArgs & { drawId?: number }> = {
  name: "collectPrize",
  words: ["领奖", "发奖"],
  slash: ["collect"],
  usage: { zh: "领奖 @姓名 [抽奖编号]", en: "/collect @name [draw]" },
  parse: (args) => {
    if (!/^\s*[@＠]/.test(args)) return null; // "领奖了" is chatter
    const m = readMention(args);
    if (!m || m.words.length > 1) return null;
    const id = m.words[0]?.replace(/^#/, "");
    if (id !== undefined && !/^\d{1,9}$/.test(id)) return null;
    return { ...m, ...(id !== undefined ? { drawId: Number(id) } : {}) };
  },
  run: async (ctx, args) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const res = await markPrizeCollected(ctx.deps, {
      communityId: ctx.place.community.id, actor: ctx.actor, ...args,
      receipt: (x) => ctx.reply(ctx.t("draw.collected", { name: x.name, prize: x.prize.prizeName, title: x.title })),
    });
    return res.ok ? receiptOf(res) : [renderFailure(ctx, res)];
  },
};
