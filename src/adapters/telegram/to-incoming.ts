// A Telegram message → the neutral IncomingMessage. Identity is the numeric user id, never
// the display name or @username (both can be changed by the user).
import type { IncomingMessage } from "../../chat/message.ts";

export const TELEGRAM_PLATFORM = "telegram";

interface TgUser { id: number; is_bot?: boolean; first_name?: string; last_name?: string; username?: string; language_code?: string }
interface TgEntity { type: string; offset: number; length: number; user?: TgUser }
export interface TgMessage {
  message_id: number;
  chat: { id: number; type: string; title?: string };
  from?: TgUser;
  text?: string;
  caption?: string;
  entities?: TgEntity[];
  reply_to_message?: { message_id: number; text?: string; caption?: string; from?: TgUser };
}

export const displayName = (u: TgUser | undefined): string =>
  [u?.first_name, u?.last_name].filter(Boolean).join(" ").trim() || u?.username || String(u?.id ?? "");

export function toIncoming(m: TgMessage, botId: number): IncomingMessage | null {
  const text = m.text ?? m.caption;
  if (!m.from || m.from.is_bot || text === undefined) return null;
  const reply = m.reply_to_message;
  const mentions = (m.entities ?? []).flatMap((e) => {
    if (e.type === "text_mention" && e.user) return [{ id: String(e.user.id), name: displayName(e.user) }];
    if (e.type === "mention") return [{ name: Array.from(text).slice(e.offset + 1, e.offset + e.length).join("") }];
    return [];
  });
  return {
    platform: TELEGRAM_PLATFORM,
    chatId: String(m.chat.id),
    messageId: String(m.message_id),
    sender: { id: String(m.from.id), name: displayName(m.from), locale: m.from.language_code ?? null },
    text,
    replyTo: reply
      ? {
          messageId: String(reply.message_id), text: reply.text ?? reply.caption ?? null, fromBot: reply.from?.id === botId,
          senderId: reply.from ? String(reply.from.id) : null,
        }
      : null,
    ...(mentions.length ? { mentions } : {}),
    isPrivate: m.chat.type === "private",
  };
}
