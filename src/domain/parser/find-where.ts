// The place a report names: "在闸北街帮忙疏导交通" → 闸北街, "by the lake" → the lake.

const ZH_AT = /在([^,。!?;\s在]{1,14}?)(?=帮|撕|捡|扫|巡|做|当|参加|值|献|给|让|扶|把|疏导|指挥|发现|拾|调解|看到|遇到|被|铲|清|跟|和|陪|等|的时候|时|[,。!?;\s]|$)/;
const ZH_PLACE = /([\u3400-\u9fff\d]{1,8}?(?:街|路|巷|苑|小区|广场|公园|市场|菜场|门口|楼道|单元|栋|湖|江边|河边|河堤|站|中心|学校|小学))/;
const EN_AT = /\b(?:at|in|on|by|near|along|around|outside|behind)\s+((?:the\s+)?(?:[A-Z][\w'-]*(?:\s+[A-Z0-9][\w'-]*)*|(?:lake|river|park|playground|gate|bus stop|stairwell|square|market)\b[\w ]{0,12}?))(?=[,.!?]|\s+(?:this|last|yesterday|today|tonight|and|with|for|until|to|after|before|so)\b|$)/;

export function findWhere(text: string): string | null {
  const zh = ZH_AT.exec(text)?.[1] ?? ZH_PLACE.exec(text)?.[1];
  if (zh) return zh.replace(/[上里边旁]$/, "") || zh;
  const en = EN_AT.exec(text)?.[1];
  return en ? en.trim() : null;
}
