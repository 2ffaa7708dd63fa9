// One line typed into the simulator: "名字: 消息", "名字 > 3: 消息", or a ":" command.
export type SimLine =
  | { kind: "empty" | "quit" | "help" | "who" | "bad" }
  | { kind: "group"; group: string | null }
  | { kind: "say"; name: string; text: string; replyTo: number | null };

const SAY = /^([^:：>]{1,40}?)\s*(?:>\s*\[?(\d+)\]?\s*)?[:：]\s?([\s\S]*)$/;

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
    return { kind: "bad" };
  }
  const m = SAY.exec(line);
  if (!m || !m[3]?.trim()) return { kind: "bad" };
  return { kind: "say", name: (m[1] ?? "").trim(), text: m[3], replyTo: m[2] ? Number(m[2]) : null };
}
