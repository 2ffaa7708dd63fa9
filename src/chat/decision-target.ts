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
import { toAscii } from "./args.ts";
import { quotesCurrentList } from "./commands/pending.ts";
import type { ChatContext } from "./context.ts";
import type { IncomingMessage, OutgoingMessage } from "./message.ts";

/**
 * What the bot message being replied to names: nothing, one report (a card the bot really sent),
 * a list, or a copy of a card the bot never sent (a member named like the bot on WeChat).
 */
export type Replied = { kind: "none" } | { kind: "card"; number: number } | { kind: "list"; numbers: number[] } | { kind: "notACard" };

/** The message and the card the router found it quoting among the cards the bot sent. */
export interface Quoting { msg: IncomingMessage; repliedCard: number | null }

/** A question or refusal instead of a decision: the decision would otherwise be a guess. */
export interface Question { question: MessageKey; params: Params }

export type Target =
  | { number: number; rest: string; card?: number; bare?: number; listed?: true }
  | Question;

export function repliedTo({ msg, repliedCard }: Quoting): Replied {
  // A card counts only when the router found it among the cards the bot sent (never by the
  // sender's name). Any other message said to be the bot's can only be a list to pick from:
  // picking needs the number typed out, so nothing is decided on the quote's word alone.
  if (repliedCard !== null) return { kind: "card", number: repliedCard };
  if (!msg.replyTo?.fromBot) return { kind: "none" };
  const text = toAscii(msg.replyTo.text ?? "").trim();
  const named = [...new Set([...text.matchAll(/#(\d{1,9})/g)].map((m) => Number(m[1])))];
  if (named.length === 0) return { kind: "none" };
  // A card (📝 #3 …) the bot has no record of sending: a copy, answered but never acted on.
  if (named.length === 1 && /^📝/u.test(text)) return { kind: "notACard" };
  return { kind: "list", numbers: named };
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
export function decisionTarget(args: string, quoting: Quoting, pointsFollow: boolean): Target | null {
  const text = toAscii(args).trim();
  const replied = repliedTo(quoting);
  const lead = leading(text);
  if (replied.kind === "none") return lead ? { number: lead.n, rest: lead.rest } : null;
  if (replied.kind === "notACard") return { question: "report.notACard", params: {} };
  if (replied.kind === "list") {
    if (lead && replied.numbers.includes(lead.n)) return { number: lead.n, rest: lead.rest };
    // A list of one item is like its card, once the decision checks that the quote is the bot's
    // own 待审核 list as it stands (`listed`): a list's quote carries no proof of its sender.
    const only = replied.numbers.length === 1 ? (replied.numbers[0] as number) : null;
    if (only !== null && !lead) return { number: only, rest: text, listed: true };
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
export function reasonedTarget(args: string, quoting: Quoting): { number: number; reason: string; listed?: true } | Question | null {
  const target = decisionTarget(args, quoting, false);
  if (!target || isQuestion(target)) return target;
  return { number: target.number, reason: target.rest, ...(target.listed ? { listed: true as const } : {}) };
}

/**
 * A decision taken from a reply to a list of one item (`listed`) stands only if the quote is the
 * bot's current 待审核 list; else the sender is asked which one. Null: go ahead.
 */
export async function unlisted(ctx: ChatContext, target: { number: number; listed?: true }): Promise<Question | null> {
  if (!target.listed || (await quotesCurrentList(ctx))) return null;
  return { question: "reply.whichOne", params: { numbers: `#${target.number}`, example: target.number } };
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
