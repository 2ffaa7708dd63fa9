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
/** Cheap tests before each pass: most messages need none of them (今, 小 alone are no slip). */
const MAY_BE_WIDE = /[\uFF01-\uFF5E]/;
const MAY_BE_PICTURE = /\[|[\uD800-\uDBFF\u2000-\u2BFF\u00A9\u00AE\u3030\u303D\u3297\u3299]|\uFE0F|\u200D|\u20E3/;
const MAY_SPACE_OUT = /[^\S ]| {2}|^ | $/;

export function normalizeText(raw: string): string {
  let s = raw;
  if (MAY_BE_WIDE.test(s)) s = s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (MAY_BE_PICTURE.test(s)) s = s.replace(STICKER, " ").replace(EMOJI, " ");
  s = s.replace(SLIP, (w) => SLIPS[w] ?? w);
  return MAY_SPACE_OUT.test(s) ? s.replace(SPACES, " ").replace(/ ?\n ?/g, "\n").trim() : s;
}

/** Lower-cases ASCII letters only, so every index still points at the same character. */
const UPPER = /[A-Z]/;
export function lowerAscii(s: string): string {
  if (!UPPER.test(s)) return s;
  return s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}
