// One canonical form of a chat message before any rule looks at it: half-width punctuation,
// no emoji or WeChat sticker codes ([强], [抱拳]), a few voice-to-text slips of common words
// fixed. Latin letters keep their case here (names); rules read `lowerAscii(text)`.

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const STICKER = /\[[\u4e00-\u9fffA-Za-z]{1,6}\]/g;
const EMOJI = /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D|\u20E3/gu;
const SPACES = /[ \t\u00A0\u3000]+/g;

// Slips of frequent function words (content words' variants live in the catalog).
const SLIPS: Record<string, string> = {
  以经: "已经", 已近: "已经", 己经: "已经", 作天: "昨天", 昨夫: "昨天", 今夫: "今天",
  各小时: "个小时", 小实: "小时", 钟投: "钟头", "“": '"', "”": '"', "‘": "'", "’": "'",
};
const SLIP = new RegExp(Object.keys(SLIPS).join("|"), "g");
const NEEDS_WORK = /[\uFF01-\uFF5E[“”‘’以已己作昨今各小钟]|\p{Extended_Pictographic}|\uFE0F|\u200D/u;

export function normalizeText(raw: string): string {
  let s = raw;
  if (NEEDS_WORK.test(s)) {
    s = s
      .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(STICKER, " ")
      .replace(EMOJI, " ")
      .replace(SLIP, (w) => SLIPS[w] ?? w);
  }
  return s.replace(SPACES, " ").replace(/ ?\n ?/g, "\n").trim();
}

/** Lower-cases ASCII letters only, so every index still points at the same character. */
export function lowerAscii(s: string): string {
  return s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}
