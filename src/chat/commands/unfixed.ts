import { removeFixedPoints } from "../../app/remove-fixed-points.ts";
import type { Command } from "../context.ts";
import { readMention, type MentionArgs } from "../mention-args.ts";
import { receiptOf } from "../receipt-of.ts";
import { renderFailure } from "../render/failure.ts";

/** 取消固定积分 @张秀英 党员 组织关系转出 · /unfixed @name party_member reason. */
export const unfixed: Command<MentionArgs & { reason: string }> = {
  name: "unfixed",
  words: ["取消固定积分", "撤销固定积分"],
  slash: ["unfixed"],
  usage: { zh: "取消固定积分 @姓名 项目 原因", en: "/unfixed @name category reason" },
  parse: (args) => {
    const m = readMention(args);
    if (!m || m.words.length === 0) return null;
    const [category, ...reason] = m.words;
    return { ...m, words: [category as string], reason: reason.join(" ") };
  },
  run: async (ctx, args) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const res = await removeFixedPoints(ctx.deps, {
      communityId: ctx.place.community.id, actor: ctx.actor, ...args,
      receipt: (x) => ctx.reply(ctx.t("fixed.removed", { names: x.removed.map((p) => p.name).join("、"), category: x.category, reason: args.reason, points: x.points })),
    });
    return res.ok ? receiptOf(res) : [renderFailure(ctx, res)];
  },
};
