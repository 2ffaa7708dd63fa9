// The Telegram side of the bot, through telegraf: updates in (messages, button presses,
// group upgrades), replies out through the rate-limited sender. No business rules here.
import { createHash } from "node:crypto";
import { Telegraf } from "telegraf";
import type { IncomingMessage, OutgoingMessage } from "../../chat/message.ts";
import { buttonCommand } from "./card-buttons.ts";
import { logError } from "../../chat/log-error.ts";
import { readTelegramError } from "./api-error.ts";
import { botCommands } from "./bot-commands.ts";
import type { Sleep } from "./call-with-retry.ts";
import { TelegramSender, type TelegramOutgoing } from "./telegram-sender.ts";
import { displayName, TELEGRAM_PLATFORM, toIncoming, type TgMessage } from "./to-incoming.ts";

export interface TelegramLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface TelegramOptions {
  token: string;
  /** Another Bot API server (self-hosted telegram-bot-api, or an emulator in tests). */
  apiRoot?: string;
  /** Webhook instead of long polling: the public URL and the local port to listen on. */
  webhook?: { url: string; port: number; secretToken?: string };
  handle(msg: IncomingMessage): Promise<OutgoingMessage[]>;
  log: TelegramLog;
  onChatMigrated?: (from: string, to: string) => Promise<void>;
  /** A card sent before this run: where it is, to edit it when its report is decided. */
  findCard?: (chatId: string, reportNumber: number) => Promise<{ messageId: string; text: string } | null>;
  /** A reply that could not be sent after its retries: hand it to the outbox. */
  onUndelivered?: (out: OutgoingMessage, error: unknown) => Promise<void>;
  /** A reply was sent directly (a receipt's outbox row is then marked sent). */
  onDelivered: (out: OutgoingMessage, messageId: string | null) => Promise<void>;
  sleep?: Sleep;
  now?: () => number;
  retries?: number;
}

export type StopReason = "stopped" | "conflict" | "unauthorized" | "error";

export const CONFLICT_HELP =
  "Telegram 409 Conflict: another program is already receiving this bot's updates (a second `deedbank start`, " +
  "or a webhook). Stop the other one, then start again. / 另一个程序正在接收这个机器人的消息,请先停掉它再启动。";
export const PRIVACY_HELP =
  "The bot cannot read group messages (privacy mode is on). In @BotFather: /mybots → your bot → Bot Settings → " +
  "Group Privacy → Turn off; then remove the bot from each group and add it again. / 机器人读不到群消息:在 BotFather " +
  "里关闭 Group Privacy,再把机器人移出群后重新拉进群。";

export class TelegramAdapter {
  readonly bot: Telegraf;
  readonly sender: TelegramSender;
  #botId = 0;
  #pending = new Set<Promise<unknown>>();
  #stopped!: Promise<StopReason>;
  #onStop: () => void = () => undefined;

  constructor(private readonly o: TelegramOptions) {
    this.bot = new Telegraf(o.token, { telegram: { ...(o.apiRoot ? { apiRoot: o.apiRoot } : {}) }, handlerTimeout: 60_000 });
    this.sender = new TelegramSender({
      telegram: this.bot.telegram,
      ...(o.sleep ? { sleep: o.sleep } : {}),
      ...(o.now ? { now: o.now } : {}),
      ...(o.retries !== undefined ? { retries: o.retries } : {}),
      ...(o.onChatMigrated ? { onChatMigrated: o.onChatMigrated } : {}),
      ...(o.findCard ? { findCard: o.findCard } : {}),
    });
    this.#wire();
  }

  /** Sends one message (the outbox's send port for platform "telegram"). */
  send = (out: TelegramOutgoing) => this.sender.send(out);

  /** Checks the bot, registers its commands, and starts receiving. Resolves once running. */
  async start(): Promise<{ username: string; canReadGroups: boolean | null; stopped: Promise<StopReason> }> {
    const me = await this.bot.telegram.getMe();
    this.bot.botInfo = me;
    this.#botId = me.id;
    const canReadGroups = (me as { can_read_all_group_messages?: boolean }).can_read_all_group_messages ?? null;
    if (canReadGroups === false) this.o.log.warn({ bot: me.username }, PRIVACY_HELP);
    await this.#registerCommands();
    if (this.o.webhook) {
      // With a webhook, launch returns once Telegram has the URL; the bot runs until stop().
      await this.bot.launch(this.#webhookConfig());
      this.#stopped = new Promise((resolve) => (this.#onStop = () => resolve("stopped")));
    } else {
      this.#stopped = this.bot.launch().then(
        () => "stopped" as const,
        (e: unknown) => this.#launchFailed(e),
      );
    }
    this.o.log.info({ bot: me.username, mode: this.o.webhook ? "webhook" : "polling" }, "telegram bot running");
    return { username: me.username, canReadGroups, stopped: this.#stopped };
  }

  async stop(): Promise<void> {
    try {
      this.bot.stop("shutdown");
    } catch {
      // not running (launch failed or never started)
    }
    this.#onStop();
    await Promise.allSettled([...this.#pending]);
    await this.sender.idle();
  }

  #launchFailed(e: unknown): StopReason {
    const { code } = readTelegramError(e);
    if (code === 409) {
      this.o.log.error({ code }, CONFLICT_HELP);
      return "conflict";
    }
    if (code === 401) {
      this.o.log.error({ code }, "Telegram 401 Unauthorized: TELEGRAM_BOT_TOKEN is wrong; copy it again from @BotFather");
      return "unauthorized";
    }
    this.o.log.error({ err: logError(e) }, "telegram polling stopped");
    return "error";
  }

  #webhookConfig() {
    const url = new URL(this.o.webhook!.url);
    return {
      webhook: {
        domain: url.origin, path: url.pathname, port: this.o.webhook!.port,
        // Telegram sends this header with every update; anything else posting there is refused.
        secretToken: this.o.webhook!.secretToken ?? createHash("sha256").update(this.o.token).digest("hex"),
      },
    };
  }

  async #registerCommands(): Promise<void> {
    try {
      await this.bot.telegram.setMyCommands(botCommands("zh"), { language_code: "zh" });
      await this.bot.telegram.setMyCommands(botCommands("en"), { language_code: "en" });
      await this.bot.telegram.setMyCommands(botCommands("zh"));
    } catch (e) {
      this.o.log.warn({ err: logError(e) }, "telegram: could not register the command list (the bot still works)");
    }
  }

  #wire(): void {
    // One top-level handler: a failing update is logged, polling goes on.
    this.bot.catch((err, ctx) => this.o.log.error({ err: logError(err), updateId: ctx.update.update_id }, "telegram update failed"));
    this.bot.on("message", async (ctx) => {
      const m = ctx.message as unknown as TgMessage & { migrate_to_chat_id?: number; migrate_from_chat_id?: number };
      if (m.migrate_to_chat_id !== undefined) return this.#migrated(String(m.chat.id), String(m.migrate_to_chat_id));
      if (m.migrate_from_chat_id !== undefined) return this.#migrated(String(m.migrate_from_chat_id), String(m.chat.id));
      const msg = toIncoming(m, this.#botId);
      if (!msg) return;
      const replies = await this.o.handle(msg);
      for (const out of replies) this.#deliver(out);
    });
    this.bot.on("callback_query", async (ctx) => {
      const q = ctx.callbackQuery as { id: string; data?: string; from: { id: number; first_name?: string; last_name?: string; username?: string; language_code?: string }; message?: { chat: { id: number }; message_id: number; text?: string } };
      const text = buttonCommand(q.data);
      if (!text || !q.message) return void (await ctx.answerCbQuery());
      const msg: IncomingMessage = {
        platform: TELEGRAM_PLATFORM,
        chatId: String(q.message.chat.id),
        messageId: `cb${q.id}`,
        sender: { id: String(q.from.id), name: displayName(q.from), locale: q.from.language_code ?? null },
        text,
        replyTo: { messageId: String(q.message.message_id), text: q.message.text ?? null, fromBot: true },
      };
      const replies = await this.o.handle(msg);
      // Answers to the press itself (refusals, "give a reason") show as an alert to the presser only.
      const toPresser = replies.filter((r) => r.replyToMessageId === msg.messageId);
      for (const out of replies.filter((r) => !toPresser.includes(r))) this.#deliver(out);
      const alert = toPresser.map((r) => r.text).join("\n");
      await ctx.answerCbQuery(alert ? Array.from(alert).slice(0, 200).join("") : "✅", { show_alert: Boolean(alert) });
      // Shown to the presser as the alert: a receipt among them is delivered.
      for (const out of toPresser) await this.o.onDelivered(out, null);
    });
  }

  async #migrated(from: string, to: string): Promise<void> {
    this.sender.chatMoved(from, to);
    await this.o.onChatMigrated?.(from, to);
  }

  /** Replies go out without holding up the next update; a reply that cannot go is handed on. */
  #deliver(out: OutgoingMessage): void {
    const p = this.sender.send(out).then((sent) => this.o.onDelivered(out, sent.messageId), async (e: unknown) => {
      this.o.log.warn({ err: logError(e), chatId: out.chatId }, "telegram send failed");
      await this.o.onUndelivered?.(out, e);
    });
    this.#pending.add(p);
    void p.finally(() => this.#pending.delete(p));
  }
}
