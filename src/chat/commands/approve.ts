import { approveReport } from "../../app/approve-report.ts";
import { isAwaitingReview } from "../../app/awaiting-review.ts";
import type { Command } from "../context.ts";
import { askBack, decisionTarget, isQuestion, isStaffHere, unlisted, type Question } from "../decision-target.ts";
import { approvedText, notices, reviewerCopy } from "../notify.ts";
import { receiptOf } from "../receipt-of.ts";
import { renderFailure } from "../render/failure.ts";

export interface ApproveArgs {
  number: number;
  points?: number;
  name?: string;
  pick?: number;
  /** Doers left out (`通过 12 去掉 王桂兰`) and corrected (`通过 12 改 王桂兰=王桂英`). */
  remove?: string[];
  fix?: { from: string; to: string }[];
  /** A category the reviewer names (`通过 12 巡逻 3`), with its quantity. */
  category?: { word: string; quantity: number };
  soft?: boolean;
  /** The card replied to, and the bare number its reply began with (points, or a report number?). */
  card?: number;
  bare?: number;
  /** Taken from a reply to a list of one item: stands only if that list is the bot's current one. */
  listed?: true;
}

// Words that also mean plain agreement: from someone who is not a reviewer they are chatter.
const SOFT = /^(同意|好的|可以|ok|👍)/i;
const FILLER = /^(分|points?|ok|好的?|同意|可以|👍)$/i;
const UNIT = "(?:小时|个小时|张|次|个|处|h|hours?|times?)?";

const REMOVE_WORD = "(?:去掉|去除|删掉|删去|不算|remove|drop)";
const FIX_WORD = "(?:改|更正|fix)";
const REMOVE = new RegExp(`(?:^|\\s)${REMOVE_WORD}\\s*(.+?)(?=\\s+${FIX_WORD}\\s|$)`, "i");
const FIX = new RegExp(`(?:^|\\s)${FIX_WORD}\\s*(.+?)(?=\\s+${REMOVE_WORD}\\s|$)`, "i");
const NAMES = /[\s、,,和]+/;

/** Takes the doer edits out of the arguments: "去掉 王桂兰 刘建国", "改 王桂兰=王桂英". Null: unreadable. */
function readDoerEdits(rest: string, out: Omit<ApproveArgs, "number">): string | null {
  let text = rest;
  const fix = FIX.exec(text);
  // Without "=" it is a remark (通过 12 改善了环境), not a correction.
  if (fix && /[=＝→]|->/.test(fix[1] ?? "")) {
    const pairs = (fix[1] ?? "").split(/[\s,,、]+/).filter(Boolean).map((p) => /^[@＠]?([^=＝→]+)(?:=|＝|→|->)[@＠]?(.+)$/.exec(p.replace("->", "→")));
    if (pairs.length === 0 || pairs.some((p) => !p)) return null;
    out.fix = pairs.map((p) => ({ from: (p as RegExpExecArray)[1] as string, to: (p as RegExpExecArray)[2] as string }));
    text = text.replace(fix[0], " ");
  }
  const remove = REMOVE.exec(text);
  if (remove) {
    out.remove = (remove[1] ?? "").split(NAMES).map((n) => n.replace(/^[@＠]/, "")).filter(Boolean);
    if (out.remove.length === 0) return null;
    text = text.replace(remove[0], " ");
  }
  return text;
}

/** "12", "12 8", "12 @王芳", "12 选2", "12 巡逻 3", "12 巡逻3小时 8", "12 去掉 王桂兰", "12 改 王桂兰=王桂英";
 * or, replying to a card, "通过" / "ok". */
export function parseApproveArgs(rest: string): Omit<ApproveArgs, "number"> | null {
  const out: Omit<ApproveArgs, "number"> = {};
  const edited = readDoerEdits(rest, out);
  if (edited === null) return null;
  const text = edited
    // "8分", "8 points": points, said so
    .replace(/(\d+)\s*(?:分|points?|pts?)(?=\s|$)/gi, "$1 ")
    .replace(/(?:选|第|pick\s*)\s*(\d+)\s*(?:位|个)?/i, (_, n: string) => {
      out.pick = Number(n);
      return " ";
    })
    // "巡逻3小时" → "巡逻 3"
    .replace(new RegExp(`([^\\d\\s@＠])(\\d+)${UNIT}(?=\\s|$)`, "g"), "$1 $2")
    .replace(new RegExp(`(\\d+)${UNIT}(?=\\s|$)`, "g"), "$1");
  for (const token of text.split(/\s+/).filter(Boolean)) {
    if (/^\d+$/.test(token)) {
      const n = Number(token);
      if (out.category && out.category.quantity === 0) out.category.quantity = n;
      else if (out.points === undefined) out.points = n;
      else return null;
    } else if (/^[@＠]\S+/.test(token) && out.name === undefined) out.name = token.slice(1);
    else if (FILLER.test(token)) continue;
    else if (!out.category && out.points === undefined && token.length <= 20) out.category = { word: token, quantity: 0 };
    else return null;
  }
  return out;
}

export const approve: Command<ApproveArgs | (Question & { soft?: boolean })> = {
  name: "approve",
  words: ["通过", "同意", "批准", "好的", "可以", "ok", "approve", "👍"],
  slash: ["approve", "ok"],
  usage: { zh: "通过 编号 [分数]", en: "/approve N [points]" },
  parse: (args, ctx) => {
    const soft = SOFT.test(ctx.msg.text.trim()) ? { soft: true } : {};
    const target = decisionTarget(args, ctx, true);
    if (!target) return null;
    if (isQuestion(target)) return { ...target, ...soft };
    const rest = parseApproveArgs(target.rest);
    if (!rest) return null;
    const reply = target.card === undefined ? {} : { card: target.card, ...(target.bare === undefined ? {} : { bare: target.bare }) };
    return { number: target.number, ...rest, ...reply, ...soft, ...(target.listed ? { listed: true as const } : {}) };
  },
  run: async (ctx, parsed) => {
    if (isQuestion(parsed)) return askBack(ctx, parsed, parsed.soft);
    const question = await unlisted(ctx, parsed);
    if (question) return askBack(ctx, question, parsed.soft);
    const { soft, card, bare, listed: _listed, ...args } = parsed;
    if (!ctx.place) return [ctx.reply(ctx.t("error.CHAT.GROUP_NOT_BOUND"))];
    const tz = ctx.place.community.timezone;
    // A bare number in a reply is points, unless it could be a report number: then ask.
    if (card !== undefined && bare !== undefined && isStaffHere(ctx)) {
      if (bare === card) return askBack(ctx, { question: "reply.pointsOrCard", params: { card, n: bare } });
      if (await isAwaitingReview(ctx.deps, ctx.place.community.id, bare)) {
        return askBack(ctx, { question: "reply.pointsOrOther", params: { card, n: bare } });
      }
    }
    const res = await approveReport(ctx.deps, { communityId: ctx.place.community.id, actor: ctx.actor, announce: notices(ctx, (t) => approvedText(t, tz)), receipt: reviewerCopy(ctx, (t) => approvedText(t, tz)), ...args });
    // "好的 …" from someone who may not review, or naming no deed, is agreement, not a command.
    if (!res.ok && soft && (res.code === "AUTH.NOT_REVIEWER" || res.code === "REPORT.UNKNOWN_CATEGORY")) return [];
    if (!res.ok) return [renderFailure(ctx, res)];
    return receiptOf(res);
  },
};
