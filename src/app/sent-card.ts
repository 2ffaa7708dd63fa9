// Which of the bot's own cards a message quotes. Only what the bot actually sent counts (its
// outbox rows, with the platform's message ids): a member named like the bot, or a copy of a
// card posted by someone else, is not a card.
import type { AppDeps } from "./deps.ts";

export interface Quoted { messageId?: string | null; text?: string | null }

/**
 * The report number of the bot's card this message quotes, else null. By the platform's id of
 * the quoted message; where quotes carry no id (WeChat web), by its text matching exactly one
 * card the bot sent in that chat.
 */
export async function quotedCard(deps: AppDeps, platform: string, chatId: string, quoted: Quoted | null | undefined): Promise<number | null> {
  if (!quoted || (!quoted.messageId && !quoted.text)) return null;
  // A card sent a moment ago may still have its mark in memory (sent-marks.ts).
  await deps.marks?.flush();
  return deps.store.read((r) => r.outbox.sentCard(platform, chatId, quoted));
}

/** The card of a report as the bot sent it in a chat (to edit it when the report is decided, also after a restart). */
export async function sentCardMessage(deps: AppDeps, platform: string, chatId: string, reportNumber: number): Promise<{ messageId: string; text: string } | null> {
  await deps.marks?.flush();
  return deps.store.read((r) => r.outbox.cardMessage(platform, chatId, reportNumber));
}

/** The platform told the id of a message the bot sent after the send (WeChat): kept with it. */
export async function recordSentId(deps: AppDeps, platform: string, chatId: string, text: string, messageId: string): Promise<void> {
  await deps.store.write((r) => r.outbox.recordSentId(platform, chatId, text, messageId));
}
