// Telegram refuses texts over 4096 characters: split at line breaks where possible.
export const TELEGRAM_MAX_TEXT = 4096;

export function splitText(text: string, max = TELEGRAM_MAX_TEXT): string[] {
  const chars = Array.from(text);
  if (chars.length <= max) return [text];
  const parts: string[] = [];
  let rest = chars;
  while (rest.length > max) {
    const head = rest.slice(0, max);
    const lastBreak = head.lastIndexOf("\n");
    const cut = lastBreak > max / 2 ? lastBreak + 1 : max;
    parts.push(rest.slice(0, cut).join("").replace(/\n$/, ""));
    rest = rest.slice(cut);
  }
  if (rest.length) parts.push(rest.join(""));
  return parts;
}
