// A lone UTF-16 surrogate (half of an emoji, cut by a client or a bad copy) is not valid text:
// Prisma refuses it and the report would be lost. Every string of an incoming message is made
// well-formed at the edge, the half character becoming U+FFFD.
import type { IncomingMessage } from "./message.ts";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const wellFormed = (s: string): string => s.replace(LONE_SURROGATE, "\uFFFD");

const opt = <T extends string | null | undefined>(s: T): T => (typeof s === "string" ? wellFormed(s) : s) as T;

export function wellFormedMessage(msg: IncomingMessage): IncomingMessage {
  return {
    ...msg,
    chatId: wellFormed(msg.chatId),
    messageId: opt(msg.messageId),
    text: wellFormed(msg.text),
    sender: { ...msg.sender, id: wellFormed(msg.sender.id), name: wellFormed(msg.sender.name) },
    ...(msg.replyTo ? { replyTo: { ...msg.replyTo, messageId: opt(msg.replyTo.messageId), text: opt(msg.replyTo.text), senderId: opt(msg.replyTo.senderId) } } : {}),
    ...(msg.mentions ? { mentions: msg.mentions.map((m) => ({ id: opt(m.id), name: wellFormed(m.name) })) } : {}),
  };
}
