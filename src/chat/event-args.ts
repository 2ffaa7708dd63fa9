// Reading event arguments: E3, and the event card a message replies to.
import { toAscii as digits } from "./args.ts";
import type { IncomingMessage } from "./message.ts";

const toAscii = (s: string) => digits(s).replace(/Ｅ/g, "E").replace(/ｅ/g, "e");

/** "E3", "e3", "#E3" → 3; null otherwise (a bare number is not an event). */
export function eventNumberOf(word: string): number | null {
  const m = /^#?[Ee](\d{1,9})$/.exec(toAscii(word.trim()));
  return m ? Number(m[1]) : null;
}

/** The event number of the bot's event card this message replies to, if any. */
export function repliedEventNumber(msg: IncomingMessage): number | null {
  if (!msg.replyTo?.fromBot || !msg.replyTo.text) return null;
  const m = /(?:^|[^A-Za-z0-9])E(\d{1,9})(?![0-9])/.exec(toAscii(msg.replyTo.text));
  return m ? Number(m[1]) : null;
}
