// Which report a decision (通过, 驳回, 撤销, 撤回) is about. The rule, also in the README and in 帮助:
// - Not a reply: the first number is the report (`通过 12 8`: #12, 8 points).
// - A reply to a card: the card names the report. A bare number is points (`通过 8`). A number
//   that names another report (`通过 #1`, or for 驳回/撤销/撤回 any other number first) is refused
//   with the reason. A bare number that is the card's own number, or the number of another report
//   still awaiting review, is asked back (`通过 8分` says points). It never decides another report.
// - A reply to a list of reports (待审核, or any bot message naming several without starting with
//   one): the number picks one of the list (`通过 12`); without one, or with one not in the list,
//   the bot asks which. A list of one item is like its card.
import type { MessageKey, Params } from "../i18n/index.ts";
import { repliedCardNumber, toAscii } from "./args.ts";
import type { ChatContext } from "./context.ts";
import type { IncomingMessage, OutgoingMessage } from "./message.ts";

/** What the bot message being replied to names: nothing, one report (a card), or a list. */
export type Replied = { kind: "none" } | { kind: "card"; number: number } | { kind: "list"; numbers: number[] };

/** A question or refusal instead of a decision: the decision would otherwise be a guess. */
export interface Question { question: MessageKey; params: Params }

export type Target =
  | { number: number; rest: string; card?: number; bare?: number }
  | Question;

/** A message about one report starts with its number: cards (📝 #12), notices (✅ #12), questions (#12:). */
const SUBJECT = /^[^\p{L}\p{N}#]{0,4}#(\d{1,9})/u;

export function repliedTo(msg: IncomingMessage): Replied {
  // The card check stays args.ts's (is it the bot's, which report is on it); a list is a bot
  // message that names several reports without starting with one (the 待审核 list).
  const card = repliedCardNumber(msg);
  if (card === null) return { kind: "none" };
  const text = toAscii(msg.replyTo?.text ?? "").trim();
  const subject = SUBJECT.exec(text);
  if (subject) return { kind: "card", number: Number(subject[1]) };
  const named = [...new Set([...text.matchAll(/#(\d{1,9})/g)].map((m) => Number(m[1])))];
  return named.length > 1 ? { kind: "list", numbers: named } : { kind: "card", number: named[0] ?? card };
}

/** A leading number (`12`, `#12`) and whether it had the `#`; a number with a points unit after it is not one. */
function leading(text: string): { n: number; hash: boolean; rest: string } | null {
  const m = /^(#)?\s*(\d{1,9})(?:\s+|$)([\s\S]*)$/.exec(text);
  if (!m) return null;
  const rest = (m[3] ?? "").trim();
  if (!m[1] && /^(分|points?|pts?)(\s|$)/i.test(rest)) return null;
  return { n: Number(m[2]), hash: Boolean(m[1]), rest };
}

/**
 * The report a decision names, read from its arguments and the message it replies to; null when
 * it names none (not a reply, no number). `pointsFollow`: the command takes points after the
 * report (通过), so a bare number in a reply to a card is points; for the others it is a report.
 */
export function decisionTarget(args: string, msg: IncomingMessage, pointsFollow: boolean): Target | null {
  const text = toAscii(args).trim();
  const replied = repliedTo(msg);
  const lead = leading(text);
  if (replied.kind === "none") return lead ? { number: lead.n, rest: lead.rest } : null;
  if (replied.kind === "list") {
    if (lead && replied.numbers.includes(lead.n)) return { number: lead.n, rest: lead.rest };
    return { question: "reply.whichOne", params: { numbers: replied.numbers.map((n) => `#${n}`).join(" "), example: replied.numbers[0] as number } };
  }
  const card = replied.number;
  if (!lead) return { number: card, rest: text, card };
  if (lead.hash || !pointsFollow) {
    // `#2` on card #2, or `驳回 2 原因` on card #2: it names the card itself.
    if (lead.n === card) return { number: card, rest: lead.rest, card };
    return { question: "reply.otherReport", params: { card, other: lead.n } };
  }
  // 通过 N on a card: points, unless a second number follows (`通过 2 5`: #2, 5 points).
  if (/^\d+(\s|$)/.test(lead.rest)) {
    return lead.n === card ? { number: card, rest: lead.rest, card } : { question: "reply.otherReport", params: { card, other: lead.n } };
  }
  return { number: card, rest: text, card, bare: lead.n };
}

/** 驳回 / 撤销: the report and the reason (the rest of the text), or a question. */
export function reasonedTarget(args: string, msg: IncomingMessage): { number: number; reason: string } | Question | null {
  const target = decisionTarget(args, msg, false);
  if (!target || isQuestion(target)) return target;
  return { number: target.number, reason: target.rest };
}

export const isQuestion = (t: object): t is Question => "question" in t;

/** The sender is staff (grid worker, admin) of the community of this group; in a private chat, of any. */
export const isStaffHere = (ctx: ChatContext): boolean =>
  ctx.place ? ctx.actor.roles.some((r) => r.communityId === ctx.place?.community.id) : ctx.actor.roles.length > 0;

/**
 * Asks the question to staff. Others get what a decision would have told them (not theirs to
 * review), or silence when their words also mean plain agreement (好的, ok).
 */
export function askBack(ctx: ChatContext, q: Question, soft = false): OutgoingMessage[] {
  if (isStaffHere(ctx)) return [ctx.reply(ctx.t(q.question, q.params))];
  return soft ? [] : [ctx.reply(ctx.t("error.AUTH.NOT_REVIEWER"))];
}
