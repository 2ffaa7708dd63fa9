// When a 公示 window ends, in the community's time zone: "12-10 10:00" reads in both languages.
export function noticeUntil(d: Date, timezone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: timezone, month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
    .formatToParts(d);
  const p = (type: string) => parts.find((x) => x.type === type)?.value ?? "";
  return `${p("month")}-${p("day")} ${p("hour")}:${p("minute")}`;
}
