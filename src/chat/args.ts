// Reading command arguments: report numbers (12, #12, ＃12), or the card a message replies to.
const toAscii = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/＃/g, "#");

/** Splits "12 照片看不清" into [12, "照片看不清"]; null if it does not start with a number. */
export function leadingNumber(args: string): [number, string] | null {
  const m = /^#?(\d{1,9})(?:\s+|$)([\s\S]*)$/.exec(toAscii(args.trim()));
  return m ? [Number(m[1]), (m[2] ?? "").trim()] : null;
}

type Quoting = { repliedCard: number | null; msg: { replyTo?: { text?: string | null; fromBot?: boolean } | null } };

/**
 * The message quotes what claims to be the bot's card (a #number, said by the bot or by someone
 * named like it on WeChat) but is no card the bot sent: worth a word, never an action. A quote
 * of a member's message that names a number stays plain chatter.
 */
export function quotesOtherCard(ctx: Quoting): boolean {
  const quoted = ctx.msg.replyTo;
  return ctx.repliedCard === null && quoted?.fromBot === true && /#\s*\d/.test(toAscii(quoted.text ?? ""));
}

export type NumberAndReason = { number: number; reason: string } | { notACard: true };

/** "驳回 12 原因" / "撤销 原因" replying to a card; a quoted copy of a card is `notACard` (answered, never acted on). */
export function numberAndReason(args: string, ctx: Quoting): NumberAndReason | null {
  const target = targetReport(args, ctx);
  if (target) return { number: target[0], reason: target[1] };
  return quotesOtherCard(ctx) ? { notACard: true } : null;
}

/** A number given first, or else the bot's card being replied to (checked by the router
 * against the cards the bot sent), plus the rest of the text. */
export function targetReport(args: string, ctx: { repliedCard: number | null }): [number, string] | null {
  const lead = leadingNumber(args);
  if (lead) return lead;
  return ctx.repliedCard === null ? null : [ctx.repliedCard, toAscii(args).trim()];
}
