import { recordFixedPoints } from "../../app/record-fixed-points.ts";
import type { Command } from "../context.ts";
import { readMention, type MentionArgs } from "../mention-args.ts";
import { receiptOf } from "../receipt-of.ts";
import { renderFailure } from "../render/failure.ts";
import { renderFixedCatalog } from "../render/fixed-catalog.ts";

/** 固定积分 @张秀英 党员 · 固定积分 @刘建国 学历 本科 · /fixed @name party_member; alone: the list. */
export const fixed: Command<MentionArgs | "list"> = {
  name: "fixed",
  words: ["固定积分"],
  slash: ["fixed"],
  usage: { zh: "固定积分 @姓名 项目 [等级]", en: "/fixed @name category [level]" },
  parse: (args) => {
    if (args.trim() === "") return "list";
    const m = readMention(args);
    return m && m.words.length > 0 ? m : null;
  },
  run: async (ctx, args) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    if (args === "list") return [ctx.reply(await renderFixedCatalog(ctx))];
    const res = await recordFixedPoints(ctx.deps, {
      communityId: ctx.place.community.id, actor: ctx.actor, ...args,
      receipt: (x) => {
        const category = ctx.locale === "en" ? x.category.en : x.category.zh;
        const lines = [ctx.t("fixed.recorded", { names: x.awarded.map((p) => p.name).join("、"), category, points: x.points })];
        if (x.skipped.length > 0) lines.push(ctx.t("fixed.skipped", { names: x.skipped.map((p) => p.name).join("、") }));
        return ctx.reply(lines.join("\n"));
      },
    });
    return res.ok ? receiptOf(res) : [renderFailure(ctx, res)];
  },
};
