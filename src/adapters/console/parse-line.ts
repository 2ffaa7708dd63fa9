// One line typed into the simulator: "名字: 消息", "名字 > 3: 消息" (a reply to bot message
// [3]), "名字 > #12: 消息" (a reply to the card of report #12), or a ":" command.
export type SimLine =
  | { kind: "empty" | "quit" | "help" | "who" | "bad" }
  | { kind: "group"; group: string | null }
  /** `:时间 2026-12-07 09:00` or `:时间 +3天`: set or move the simulated clock (null: show it). */
  | { kind: "time"; arg: string | null }
  | { kind: "say"; name: string; text: string; replyTo: number | null; report?: number };

const SAY = /^([^:：>]{1,40}?)\s*(?:>\s*(?:[#＃]\s*(\d+)|\[?(\d+)\]?)\s*)?[:：]\s?([\s\S]*)$/;

export function parseLine(raw: string): SimLine {
  const line = raw.trim();
  if (!line || line.startsWith("#!")) return { kind: "empty" };
  if (/^[:：]/.test(line)) {
    const [cmd = "", ...rest] = line.slice(1).trim().split(/\s+/);
    const arg = rest.join(" ");
    if (/^(q|quit|exit|退出)$/i.test(cmd)) return { kind: "quit" };
    if (/^(help|帮助|h)$/i.test(cmd)) return { kind: "help" };
    if (/^(who|人|people)$/i.test(cmd)) return { kind: "who" };
    if (/^(group|群|g)$/i.test(cmd)) return { kind: "group", group: !arg || /^(auto|自动)$/i.test(arg) ? null : arg };
    if (/^(time|时间|t)$/i.test(cmd)) return { kind: "time", arg: arg || null };
    return { kind: "bad" };
  }
  const m = SAY.exec(line);
  if (!m || !m[4]?.trim()) return { kind: "bad" };
  const said = { kind: "say" as const, name: (m[1] ?? "").trim(), text: m[4], replyTo: m[3] ? Number(m[3]) : null };
  return m[2] ? { ...said, report: Number(m[2]) } : said;
}
