// Reading command arguments: report numbers (12, #12, ＃12). Which of the bot's cards a message
// replies to is the router's business (ctx.repliedCard: only cards the bot really sent count).
export const toAscii = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/＃/g, "#");

/** Splits "12 照片看不清" into [12, "照片看不清"]; null if it does not start with a number. */
export function leadingNumber(args: string): [number, string] | null {
  const m = /^#?(\d{1,9})(?:\s+|$)([\s\S]*)$/.exec(toAscii(args.trim()));
  return m ? [Number(m[1]), (m[2] ?? "").trim()] : null;
}
