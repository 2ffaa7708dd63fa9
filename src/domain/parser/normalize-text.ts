// One canonical form of a chat message before any rule looks at it: half-width punctuation,
// no emoji or WeChat sticker codes ([强], [抱拳]), a few voice-to-text slips of common words
// fixed. Latin letters keep their case here (names); rules read `lowerAscii(text)`.

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const STICKER = /\[[\u4e00-\u9fffA-Za-z]{1,6}\]/g;
const EMOJI = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\u20E3]/gu;
const SPACES = /[ \t\u00A0\u3000]+/g;

// Slips of frequent function words (content words' variants live in the catalog).
const SLIPS: ReadonlyArray<readonly [RegExp, string]> = [
  [/以经|已近|己经/g, "已经"],
  [/作天|昨夫/g, "昨天"],
  [/今夫/g, "今天"],
  [/各小时/g, "个小时"],
  [/小实/g, "小时"],
  [/钟投/g, "钟头"],
];

export function normalizeText(raw: string): string {
  let s = raw
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[。]/g, "。")
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(STICKER, " ")
    .replace(EMOJI, " ");
  for (const [re, to] of SLIPS) s = s.replace(re, to);
  return s.replace(SPACES, " ").replace(/ ?\n ?/g, "\n").trim();
}

/** Lower-cases ASCII letters only, so every index still points at the same character. */
export function lowerAscii(s: string): string {
  return s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}
