import { mergeReports } from "../../app/merge-reports.ts";
import type { Command } from "../context.ts";
import { askBack, decisionTarget, isQuestion, type Question } from "../decision-target.ts";
import { mergedText, notices, reviewerCopy } from "../notify.ts";
import { receiptOf } from "../receipt-of.ts";
import { renderFailure } from "../render/failure.ts";

/** "到 12", "into 12", "12" after the report to close: the report it repeats. */
const INTO = /^(?:到|并入|进|into|to)?\s*#?(\d{1,9})$/i;

/**
 * 合并申报 13 到 12 · /mergereport 13 12: report 13 repeats 12 and is closed (合并 alone merges
 * two records of one resident). In a reply, the card names the report to close (合并申报 到 12),
 * as for every decision; without the second number, the report its card pointed to.
 */
export const mergeReport: Command<{ from: number; into: number | null } | Question> = {
  name: "mergereport",
  words: ["合并申报"],
  slash: ["mergereport"],
  usage: { zh: "合并申报 后一个编号 到 前一个编号", en: "/mergereport later earlier" },
  parse: (args, ctx) => {
    const target = decisionTarget(args, ctx, false);
    if (!target || isQuestion(target)) return target;
    const rest = target.rest.trim();
    if (rest === "") return { from: target.number, into: null };
    const into = INTO.exec(rest);
    return into ? { from: target.number, into: Number(into[1]) } : null;
  },
  run: async (ctx, args) => {
    if (isQuestion(args)) return askBack(ctx, args);
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const res = await mergeReports(ctx.deps, {
      communityId: ctx.place.community.id, actor: ctx.actor, ...args, announce: notices(ctx, mergedText), receipt: reviewerCopy(ctx, mergedText),
    });
    if (!res.ok) return [renderFailure(ctx, res)];
    return receiptOf(res);
  },
};
