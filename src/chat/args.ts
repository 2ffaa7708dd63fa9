// Reading command arguments: report numbers (12, #12, ＃12), and the number of the card a
// message replies to.
import type { IncomingMessage } from "./message.ts";

export const toAscii = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/＃/g, "#");

/** Splits "12 照片看不清" into [12, "照片看不清"]; null if it does not start with a number. */
export function leadingNumber(args: string): [number, string] | null {
  const m = /^#?(\d{1,9})(?:\s+|$)([\s\S]*)$/.exec(toAscii(args.trim()));
  return m ? [Number(m[1]), (m[2] ?? "").trim()] : null;
}

/** The report number shown on the bot's card that this message replies to, if any. */
export function repliedCardNumber(msg: IncomingMessage): number | null {
  if (!msg.replyTo?.fromBot || !msg.replyTo.text) return null;
  const m = /#(\d{1,9})/.exec(toAscii(msg.replyTo.text));
  return m ? Number(m[1]) : null;
}
