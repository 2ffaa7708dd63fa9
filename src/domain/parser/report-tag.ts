// The explicit report tags: a message starting with one is always a report, so the bot can ask
// for a category when none fits.
const TAG = /^\s*(?:#\s*好人好事|【\s*好人好事\s*】|#?\s*【?\s*申报(?!的|时|人?(?:已|审))\s*】?|\/report\b)/i;

/** Length of the leading tag, or 0 when the message carries none. */
export function reportTagLength(text: string): number {
  return TAG.exec(text)?.[0].length ?? 0;
}
