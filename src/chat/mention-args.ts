// Reading "@张秀英 党员 …" style arguments of the reward commands: the person named first
// (with @, or the first word), an optional "选2"/"pick 2", and the words after.

export interface MentionArgs { name: string; pick?: number; words: string[] }

const PICK = /(?:^|\s)(?:选|pick\s*)(\d{1,3})(?=\s|$)/i;

export function readMention(args: string): MentionArgs | null {
  let text = args.replace(/[\u3000]/g, " ").trim();
  let pick: number | undefined;
  const m = PICK.exec(text);
  if (m) {
    pick = Number(m[1]);
    text = (text.slice(0, m.index) + " " + text.slice(m.index + m[0].length)).trim();
  }
  const [first, ...words] = text.split(/\s+/).filter(Boolean);
  if (!first) return null;
  const name = first.replace(/^[@＠]/, "");
  if (!name) return null;
  return { name, words, ...(pick !== undefined ? { pick } : {}) };
}

/** "大米5kg×3", "旅游*1", "电饭煲2份" → a prize and its quantity (1 when none given). */
export function readPrize(token: string): { name: string; quantity: number } | null {
  const m = /^(.+?)(?:[×xX*]\s*(\d{1,4})|(\d{1,4})\s*(?:份|个|名|件))$/.exec(token.trim());
  if (m) return { name: (m[1] ?? "").trim(), quantity: Number(m[2] ?? m[3]) };
  return token.trim() ? { name: token.trim(), quantity: 1 } : null;
}
