import { mergeReports } from "../../app/merge-reports.ts";
import { targetReport } from "../args.ts";
import type { Command } from "../context.ts";
import { mergedText, notices, reviewerCopy } from "../notify.ts";
import { receiptOf } from "../receipt-of.ts";
import { renderFailure } from "../render/failure.ts";

/** 合并申报 13 到 12 · /mergereport 13 12: report 13 repeats 12 (合并 alone merges residents' records). */
export const mergeReport: Command<{ from: number; into: number | null }> = {
  name: "mergereport",
  words: ["合并申报"],
  slash: ["mergereport"],
  usage: { zh: "合并申报 后一个编号 到 前一个编号", en: "/mergereport later earlier" },
  parse: (args, ctx) => {
    const target = targetReport(args, ctx.msg);
    if (!target) return null;
    const into = /^(?:到|并入|into|to)?\s*#?(\d{1,9})$/i.exec(target[1].trim());
    if (target[1].trim() === "") return { from: target[0], into: null };
    return into ? { from: target[0], into: Number(into[1]) } : null;
  },
  run: async (ctx, { from, into }) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const res = await mergeReports(ctx.deps, { communityId: ctx.place.community.id, actor: ctx.actor, from, into, announce: notices(ctx, mergedText), receipt: reviewerCopy(ctx, mergedText) });
    if (!res.ok) return [renderFailure(ctx, res)];
    return receiptOf(res);
  },
};
