// Everything the bot sends on Telegram goes through here: the rate limits, 429 retries,
// 4096-character splitting, card buttons, editing a decided card, and following a group
// that was upgraded to a supergroup.
import type { Telegram } from "telegraf";
import type { OutgoingMessage } from "../../chat/message.ts";
import { cardButtons } from "./card-buttons.ts";
import { readTelegramError } from "./api-error.ts";
import { callWithRetry, isPermanent, realSleep, type Sleep } from "./call-with-retry.ts";
import { RateLimiter } from "./rate-limiter.ts";
import { splitText } from "./split-text.ts";

export interface SenderOptions {
  telegram: Telegram;
  sleep?: Sleep;
  now?: () => number;
  /** 429 retries per call before the error goes back to the caller (the outbox retries later). */
  retries?: number;
  limiter?: RateLimiter;
  /** A card sent before this run (kept in the outbox): its message id and text, to edit it. */
  findCard?: (chatId: string, reportNumber: number) => Promise<{ messageId: string; text: string } | null>;
  /** A group became a supergroup: its id changed. */
  onChatMigrated?: (from: string, to: string) => Promise<void>;
}

export type TelegramOutgoing = OutgoingMessage & { photoPath?: string | null };

const DECIDED = new Set(["approved", "rejected", "revoked", "withdrawn"]);

export class TelegramSender {
  readonly #o: Required<Omit<SenderOptions, "onChatMigrated" | "findCard">> & Pick<SenderOptions, "onChatMigrated" | "findCard">;
  #chains = new Map<string, Promise<unknown>>();
  /** Card messages by chat and report number sent in this run; earlier ones come from `findCard`. */
  #cards = new Map<string, { messageId: number; text: string }>();
  #moved = new Map<string, string>();

  constructor(o: SenderOptions) {
    this.#o = { sleep: realSleep, now: Date.now, retries: 3, limiter: new RateLimiter(), ...o };
  }

  /** Sends one message (in parts if long), in order per chat; resolves to the last part's id. */
  send(out: TelegramOutgoing): Promise<{ messageId: string | null }> {
    const chatId = this.#moved.get(out.chatId) ?? out.chatId;
    const prev = this.#chains.get(chatId) ?? Promise.resolve();
    const next = prev.catch(() => undefined).then(() => this.#sendNow({ ...out, chatId }));
    this.#chains.set(chatId, next);
    return next;
  }

  /** Waits for everything queued so far (graceful stop). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.#chains.values()]);
  }

  async #sendNow(out: TelegramOutgoing): Promise<{ messageId: string | null }> {
    let last: { message_id: number } | null = null;
    if (out.photoPath) {
      // A picture (the honour poster) first; its caption holds the text when it fits.
      const photoPath = out.photoPath;
      const fits = Array.from(out.text).length <= 1024;
      last = await this.#call(out, (chatId) => this.#o.telegram.sendPhoto(chatId, { source: photoPath }, fits ? { caption: out.text } : {}));
      if (fits) return { messageId: String(last.message_id) };
    }
    const parts = splitText(out.text);
    for (const [i, part] of parts.entries()) {
      const isLast = i === parts.length - 1;
      const pendingCard = isLast && out.card?.status === "pending";
      last = await this.#call(out, (chatId) =>
        this.#o.telegram.sendMessage(chatId, part, {
          ...(out.replyToMessageId && i === 0 && /^\d+$/.test(out.replyToMessageId)
            ? { reply_parameters: { message_id: Number(out.replyToMessageId), allow_sending_without_reply: true } }
            : {}),
          ...(pendingCard && out.card ? { reply_markup: cardButtons(out.card.reportNumber) } : {}),
        }),
      );
      if (pendingCard && out.card) this.#cards.set(`${out.chatId}#${out.card.reportNumber}`, { messageId: last.message_id, text: part });
    }
    if (out.card && DECIDED.has(out.card.status)) await this.#editCard(out);
    return { messageId: last ? String(last.message_id) : null };
  }

  /** The decided card loses its buttons and shows the outcome under it. */
  async #editCard(out: TelegramOutgoing): Promise<void> {
    const key = `${out.chatId}#${out.card?.reportNumber}`;
    const number = out.card?.reportNumber;
    const stored = this.#cards.get(key) ?? (number === undefined ? null : await this.#storedCard(out.chatId, number));
    const card = stored && /^\d+$/.test(String(stored.messageId)) ? { messageId: Number(stored.messageId), text: stored.text } : null;
    if (!card || Array.from(card.text).length > 4000) return;
    this.#cards.delete(key);
    await this.#call(out, (chatId) =>
      this.#o.telegram.editMessageText(chatId, card.messageId, undefined, `${card.text}\n——\n${out.text}`, { reply_markup: { inline_keyboard: [] } }),
    ).catch(() => undefined); // the card may be gone or too old to edit: the notice was sent anyway
  }

  async #storedCard(chatId: string, reportNumber: number): Promise<{ messageId: string; text: string } | null> {
    return (await this.#o.findCard?.(chatId, reportNumber).catch(() => null)) ?? null;
  }

  async #call<T>(out: TelegramOutgoing, fn: (chatId: string) => Promise<T>): Promise<T> {
    await this.#waitForSlot(out.chatId);
    try {
      return await callWithRetry(() => fn(out.chatId), { retries: this.#o.retries, sleep: this.#o.sleep });
    } catch (e) {
      const to = readTelegramError(e).migrateTo;
      if (to !== null) {
        this.#moved.set(out.chatId, String(to));
        await this.#o.onChatMigrated?.(out.chatId, String(to));
        out.chatId = String(to);
        return callWithRetry(() => fn(out.chatId), { retries: this.#o.retries, sleep: this.#o.sleep });
      }
      throw isPermanent(e) ? Object.assign(e as object, { permanent: true }) : e;
    }
  }

  async #waitForSlot(chatId: string): Promise<void> {
    const now = this.#o.now();
    const at = this.#o.limiter.reserve(chatId, chatId.startsWith("-"), now);
    if (at > now) await this.#o.sleep(at - now);
  }

  /** Remembers a chat's new id (a migration seen in an update). */
  chatMoved(from: string, to: string): void {
    this.#moved.set(from, to);
  }
}
