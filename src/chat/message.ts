// The platform-neutral message model: adapters translate to and from these.

export interface IncomingMessage {
  platform: string;
  chatId: string;
  /** The platform's id of this message (for replies and de-duplication), if it has one. */
  messageId: string | null;
  sender: { id: string; name: string; locale?: string | null };
  text: string;
  /** The message this one quotes or replies to. */
  replyTo?: { messageId?: string | null; text?: string | null; fromBot: boolean; senderId?: string | null } | null;
  mentions?: { id?: string | null; name: string }[];
  /** A one-to-one chat with the bot (not a group): where binding codes may be handed out. */
  isPrivate?: boolean;
}

export interface OutgoingMessage {
  platform: string;
  chatId: string;
  text: string;
  replyToMessageId?: string | null;
  /** Set on a report card, so adapters can attach buttons and remember which card is which. */
  card?: { reportNumber: number; status: string };
  /** A picture to send with the text (the honour poster): a PNG file on this machine. */
  photoPath?: string | null;
}
