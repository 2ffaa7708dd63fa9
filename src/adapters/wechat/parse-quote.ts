// Web WeChat delivers a quoted reply as plain text: the quote in 「name:text」, a dashed rule,
// then the reply. This splits it back into the reply and what it quotes.
export interface Quote { name: string; text: string; reply: string }

const QUOTE = /^「([^:：」]{1,64})[:：]([\s\S]*?)」\s*\n(?:- ){3,}-?\s*\n([\s\S]*)$/;

export function parseQuote(text: string): Quote | null {
  const m = QUOTE.exec(text.trim());
  return m ? { name: (m[1] ?? "").trim(), text: (m[2] ?? "").trim(), reply: (m[3] ?? "").trim() } : null;
}
