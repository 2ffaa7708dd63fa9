import { approveReport } from "../../app/approve-report.ts";
import { targetReport } from "../args.ts";
import type { Command } from "../context.ts";
import { announceDecision } from "../notify.ts";
import { renderFailure } from "../render/failure.ts";

export interface ApproveArgs { number: number; points?: number; name?: string; pick?: number; soft?: boolean }

// Words that also mean plain agreement: from someone who is not a reviewer they are chatter.
const SOFT = /^(同意|好的|可以|ok|👍)/i;

/** "12", "12 8", "12 @王芳", "12 选2", "12 pick 2"; or, replying to a card, "通过" / "ok". */
export function parseApproveArgs(rest: string): Omit<ApproveArgs, "number"> | null {
  const out: Omit<ApproveArgs, "number"> = {};
  const text = rest.replace(/(?:选|第|pick\s*|#)\s*(\d+)\s*(?:位|个)?/i, (_, n: string) => {
    out.pick = Number(n);
    return " ";
  });
  for (const token of text.split(/\s+/).filter(Boolean)) {
    if (/^\d+$/.test(token) && out.points === undefined) out.points = Number(token);
    else if (/^[@＠]\S+/.test(token) && out.name === undefined) out.name = token.slice(1);
    else if (!/^(分|points?|ok|好的?|同意|可以|👍)$/i.test(token)) return null;
  }
  return out;
}

export const approve: Command<ApproveArgs> = {
  name: "approve",
  words: ["通过", "同意", "批准", "好的", "可以", "ok", "OK", "Ok", "👍"],
  slash: ["approve", "ok"],
  usage: { zh: "通过 编号 [分数]", en: "/approve N [points]" },
  parse: (args, ctx) => {
    const target = targetReport(args, ctx.msg);
    if (!target) return null;
    const rest = parseApproveArgs(target[1]);
    return rest ? { number: target[0], ...rest, ...(SOFT.test(ctx.msg.text.trim()) ? { soft: true } : {}) } : null;
  },
  run: async (ctx, { soft, ...args }) => {
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const res = await approveReport(ctx.deps, { communityId: ctx.place.community.id, user: ctx.user, ...args });
    if (!res.ok && soft && res.code === "AUTH.NOT_REVIEWER") return [];
    if (!res.ok) return [renderFailure(ctx, res)];
    const text = ctx.t("report.approved", { number: res.report.number, doer: res.doer.name, points: res.points, balance: res.balance });
    return announceDecision(ctx, res.report, text);
  },
};
