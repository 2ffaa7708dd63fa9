// The time phrase a report states (今天, 昨晚, 上周六, 11月3日, this morning), and the date it
// means, counted from `now` in China time (UTC+8, no daylight saving). Pure: `now` is passed in.

const DAY = "[一二三四五六日天末1-7]";
const WHEN_ZH = new RegExp(
  `(?:今天|今日|今早|今晚|今儿|昨天|昨日|昨晚|昨儿个?|前天|大前天)(?:早上|上午|中午|下午|傍晚|晚上|夜里)?|` +
  `上(?:个)?(?:周|星期|礼拜)${DAY}|(?:这|本)?(?:周|星期|礼拜)${DAY}|\\d{1,2}月\\d{1,2}[日号]|(?<!\\d)\\d{1,2}[日号](?![楼栋])|` +
  `刚才|刚刚|早上|上午|中午|下午|傍晚|晚上|昨夜|这周|本周|上周|这个月|本月|周末|早高峰|晚高峰`);
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WHEN_EN = new RegExp(
  `\\b(?:this (?:morning|afternoon|evening|week|weekend)|tonight|today|yesterday(?: morning| afternoon| evening)?|` +
  `last (?:night|week|weekend|${WEEKDAYS.join("|")})|on (?:${WEEKDAYS.join("|")}))\\b`, "i");

const ZH_DAY: Record<string, number> = { 日: 0, 天: 0, 7: 0, 一: 1, 1: 1, 二: 2, 2: 2, 三: 3, 3: 3, 四: 4, 4: 4, 五: 5, 5: 5, 六: 6, 6: 6 };
const MS_DAY = 86_400_000;

export function findWhen(text: string): string | null {
  return WHEN_ZH.exec(text)?.[0] ?? WHEN_EN.exec(text)?.[0] ?? null;
}

/** Dates already written out, by UTC-midnight time: a batch of messages names the same few days. */
const ISO_DAYS = new Map<number, string>();

function iso(t: number): string {
  let day = ISO_DAYS.get(t);
  if (day === undefined) {
    day = new Date(t).toISOString().slice(0, 10);
    if (ISO_DAYS.size >= 4096) ISO_DAYS.clear();
    ISO_DAYS.set(t, day);
  }
  return day;
}

/** Most recent `weekday` on or before `today` (a UTC-midnight time), `weeksBack` weeks earlier. */
function lastWeekday(today: number, weekday: number, lastWeek: boolean): number {
  const dow = new Date(today).getUTCDay();
  if (lastWeek) {
    const monday = today - ((dow + 6) % 7) * MS_DAY - 7 * MS_DAY;
    return monday + ((weekday + 6) % 7) * MS_DAY;
  }
  return today - ((dow - weekday + 7) % 7) * MS_DAY;
}

export function resolveDate(when: string | null, now: Date | undefined): string | null {
  if (!when || !now) return null;
  const local = now.getTime() + 8 * 3_600_000;
  const today = local - (local % MS_DAY);
  const w = when.toLowerCase();
  if (/^(?:今|this morning|this afternoon|this evening|tonight|today|刚|早上|上午|中午|下午|傍晚|晚上|早高峰|晚高峰)/.test(w)) return iso(today);
  if (/^(?:昨|yesterday|last night)/.test(w)) return iso(today - MS_DAY);
  if (w.startsWith("大前天")) return iso(today - 3 * MS_DAY);
  if (w.startsWith("前天")) return iso(today - 2 * MS_DAY);
  const zhDay = /(上)?(?:个)?(?:周|星期|礼拜)(.)$/.exec(w);
  if (zhDay && zhDay[2] !== "末") {
    const d = ZH_DAY[zhDay[2] ?? ""];
    if (d !== undefined) return iso(lastWeekday(today, d, Boolean(zhDay[1])));
  }
  const enDay = /^(last|on) (\w+)$/.exec(w);
  const d = enDay ? WEEKDAYS.indexOf(enDay[2] ?? "") : -1;
  if (d >= 0) return iso(lastWeekday(today - (enDay?.[1] === "last" ? MS_DAY : 0), d, false));
  const md = /^(\d{1,2})月(\d{1,2})/.exec(w);
  const year = new Date(today).getUTCFullYear();
  if (md) {
    let t = Date.UTC(year, Number(md[1]) - 1, Number(md[2]));
    if (t > today) t = Date.UTC(year - 1, Number(md[1]) - 1, Number(md[2]));
    return iso(t);
  }
  const dayOnly = /^(\d{1,2})[日号]$/.exec(w);
  if (dayOnly) {
    const month = new Date(today).getUTCMonth();
    let t = Date.UTC(year, month, Number(dayOnly[1]));
    if (t > today) t = Date.UTC(year, month - 1, Number(dayOnly[1]));
    return iso(t);
  }
  return null;
}
