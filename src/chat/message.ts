// The platform-neutral message model: adapters translate to and from these.
import type { OutboxDraft } from "../app/ports.ts";

export interface IncomingMessage {
  platform: string;
  chatId: string;
  /** The platform's id of this message (for replies and de-duplication), if it has one. */
  messageId: string | null;
  sender: { id: string; name: string; locale?: string | null };
  text: string;
  /** The message this one quotes or replies to. `fromBot` is the platform's word for it (on
   * WeChat only a name): never enough to take it for one of the bot's cards (see ctx.repliedCard). */
  replyTo?: { messageId?: string | null; text?: string | null; fromBot: boolean; senderId?: string | null } | null;
  mentions?: { id?: string | null; name: string }[];
  /** A one-to-one chat with the bot (not a group): where binding codes may be handed out. */
  isPrivate?: boolean;
}

/** A reply or notice: the same shape the outbox keeps, so any reply can be queued as it is. */
export type OutgoingMessage = OutboxDraft;
