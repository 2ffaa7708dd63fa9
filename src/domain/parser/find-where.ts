// The place a report names: "在闸北街帮忙疏导交通" → 闸北街, "by the lake" → the lake.
import { allMatches } from "./all-matches.ts";

/** 在 + place, ending before the next verb or punctuation. */
const ZH_AT = /(?<![现正还实存所自好])在([^,。!?;\s在了把给]{1,14}?)(?=帮|撕|捡|扫|巡|做|当|参加|值|献|给|让|扶|把|疏导|指挥|发现|拾|调解|看到|遇到|被|铲|清|跟|和|陪|等|挡|堵|玩|转|走|站|坐|遛|散步|排队|的时候|时|[,。!?;\s]|$)/;
/** A named place without 在 ends in one of these: 锦绣苑, 梧桐巷口, 兴隆菜市场门口. */
const ZH_PLACE_END = /(?:街|路|巷|苑|小区|广场|公园|菜市场|市场|菜场|湖|江边|河边|河堤|车站|中心|学校|小学|新村)(?:口|门口)?/g;
/** Characters that cannot be part of a place name before its ending (verbs, particles, time words). */
const NOT_IN_PLACE = /[\s\d,。!?;:了把的在给和跟又也都就还想说帮撕捡扫巡拖清铲一二两三四五六七八九十条个我你他她今昨明天早晚午周这那去坐到走追绕【】]/;
const EN_AT = /\b(?:at|in|on|by|near|along|around|outside|behind)\s+((?:the\s+)?(?:[A-Z][\w'-]*(?:\s+[A-Z0-9][\w'-]*)*|(?:lake|river|park|playground|gate|bus stop|stairwell|square|market)\b[\w ]{0,12}?))(?=[,.!?]|\s+(?:this|last|yesterday|today|tonight|and|with|for|until|to|after|before|so)\b|$)/;
const TRAILING = /(?:的|那边|这边|那里|这里|旁边|附近|边上|上面|里面|上|里|边)$/;

function namedPlace(text: string): string | undefined {
  for (const m of allMatches(ZH_PLACE_END, text)) {
    let start = m.index;
    while (start > 0 && m.index - start < 6 && !NOT_IN_PLACE.test(text[start - 1] ?? " ")) start--;
    if (start < m.index) return text.slice(start, m.index + m[0].length);
  }
  return undefined;
}

/** Cheap tests first: ZH_AT needs a 在, EN_AT a lower-case word (its preposition) before a space. */
const MAY_BE_EN_AT = /[a-z]\s/;

export function findWhere(text: string): string | null {
  const zh = (text.includes("在") ? ZH_AT.exec(text)?.[1] : undefined) ?? namedPlace(text);
  if (zh) {
    const bare = zh.replace(TRAILING, "");
    return bare.length >= 2 ? bare : zh;
  }
  const en = MAY_BE_EN_AT.test(text) ? EN_AT.exec(text)?.[1]?.trim() : undefined;
  return en && en.length > 2 && !/\bNo$/.test(en) ? en : null;
}
