// The WeChat side of the bot, through wechaty (wechaty-puppet-wechat4u in production, the
// mock puppet in tests): room messages in, paced replies out. Contact and room ids of the
// web protocol change at every login, so the adapter reports logins (with the rooms it can
// see) and leaves re-matching and re-verification to the app. No business rules here.
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { FileBox } from "file-box";
import { WechatyBuilder, type Message, type Wechaty } from "wechaty";
import type { IncomingMessage, OutgoingMessage } from "../../chat/message.ts";
import { logError } from "../../chat/log-error.ts";
import { PacedQueue } from "./paced-queue.ts";
import { parseQuote } from "./parse-quote.ts";

export const WECHAT_PLATFORM = "wechat";
const STALE_SECONDS = 300;

export interface WechatLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface WechatOptions {
  handle(msg: IncomingMessage): Promise<OutgoingMessage[]>;
  log: WechatLog;
  /** The puppet (wechat4u in production); tests pass the mock puppet. */
  puppet?: unknown;
  /** Folder for the session file (wechaty memory card): a restart may skip the scan. */
  dataDir: string;
  sendIntervalMs: number;
  sendJitterMs: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Logged in (again): the rooms the bot is in, by their new ids and names. */
  onLogin?: (rooms: { id: string; topic: string }[]) => Promise<void>;
  /** Logged out, or a QR code to scan while running: the operator must act. */
  onAlert?: (kind: "logout" | "scan", detail: string) => Promise<void>;
  /** Prints the login QR code (to the terminal). */
  showQr?: (qrcode: string) => Promise<void>;
  /** A reply that could not be sent after its retries: hand it to the outbox. */
  onUndelivered?: (out: OutgoingMessage, error: unknown) => Promise<void>;
  /** The bot's own message came back with its id (wechaty's say() gives none on the web
   * protocol): so the outbox learns the id of each card it sent. */
  onSent?: (chatId: string, text: string, messageId: string) => Promise<void>;
  /** A reply was sent directly (a receipt's outbox row is then marked sent). */
  onDelivered: (out: OutgoingMessage, messageId: string | null) => Promise<void>;
}

export class WechatAdapter {
  readonly bot: Wechaty;
  readonly queue: PacedQueue;
  #selfName = "";
  #loggedInOnce = false;
  #pending = new Set<Promise<unknown>>();
  #lastError = { message: "", at: 0, repeats: 0 };

  constructor(private readonly o: WechatOptions) {
    this.bot = WechatyBuilder.build({
      name: join(o.dataDir, "wechat-session"),
      ...(o.puppet ? { puppet: o.puppet as never } : { puppet: "wechaty-puppet-wechat4u" }),
    });
    this.queue = new PacedQueue({
      intervalMs: o.sendIntervalMs, jitterMs: o.sendJitterMs,
      random: o.random ?? Math.random,
      sleep: o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms))),
      now: o.now ?? Date.now,
    });
    this.#wire();
  }

  async start(): Promise<void> {
    await this.bot.start();
  }

  async stop(): Promise<void> {
    await Promise.allSettled([...this.#pending]);
    await this.bot.stop();
  }

  /** Sends one message, paced (the outbox's send port for platform "wechat"). */
  send = (out: OutgoingMessage & { photoPath?: string | null }): Promise<{ messageId: string | null }> =>
    this.queue.push(async () => {
      const target = (await this.bot.Room.find({ id: out.chatId })) ?? (await this.bot.Contact.find({ id: out.chatId }));
      if (!target) throw Object.assign(new Error(`wechat: no room or contact ${out.chatId} in this login`), { permanent: false });
      // A picture (the honour poster) goes first, then its text.
      if (out.photoPath) await target.say(FileBox.fromBase64(readFileSync(out.photoPath).toString("base64"), basename(out.photoPath)));
      const sent = await target.say(out.text);
      return { messageId: sent ? sent.id : null };
    });

  #wire(): void {
    // One top-level handler: a platform error is logged, the bot goes on.
    this.bot.on("error", (err) => this.#logError(err));
    this.bot.on("scan", (qrcode, status) => {
      // 2 = waiting for a scan, 5 = the code timed out and a new one is shown
      if (status !== 2 && status !== 5) return;
      void this.o.showQr?.(qrcode);
      if (this.#loggedInOnce) void this.o.onAlert?.("scan", "WeChat asks for a new QR scan / 微信需要重新扫码登录");
    });
    this.bot.on("login", (user) => {
      this.#loggedInOnce = true;
      this.#selfName = user.name();
      this.o.log.info({ platform: WECHAT_PLATFORM }, "wechat logged in");
      void this.#afterLogin().catch((err: unknown) => this.o.log.error({ err: logError(err) }, "wechat: login follow-up failed"));
    });
    this.bot.on("logout", () => {
      this.o.log.warn({ platform: WECHAT_PLATFORM }, "wechat logged out");
      void this.o.onAlert?.("logout", "The WeChat account was logged out / 微信账号已退出登录");
    });
    this.bot.on("message", (m) => {
      const p = this.#onMessage(m).catch((err: unknown) => this.o.log.error({ err: logError(err), messageId: m.id }, "wechat message failed"));
      this.#pending.add(p);
      void p.finally(() => this.#pending.delete(p));
    });
  }

  /** Offline, wechat4u retries several times a second: the same error is logged once a minute. */
  #logError(err: unknown): void {
    const e = logError(err);
    const now = (this.o.now ?? Date.now)();
    const last = this.#lastError;
    if (e.message === last.message && now - last.at < 60_000) {
      last.repeats++;
      return;
    }
    this.o.log.error({ err: logError(e), ...(last.repeats ? { repeatsOfPrevious: last.repeats } : {}) }, "wechat error");
    this.#lastError = { message: e.message, at: now, repeats: 0 };
  }

  async #afterLogin(): Promise<void> {
    const rooms = await this.bot.Room.findAll();
    const list = await Promise.all(rooms.map(async (r) => ({ id: r.id, topic: await r.topic() })));
    await this.o.onLogin?.(list);
  }

  async #onMessage(m: Message): Promise<void> {
    if (m.type() !== this.bot.Message.Type.Text) return;
    if (m.self()) {
      const chatId = m.room()?.id ?? m.listener()?.id;
      if (chatId) await this.o.onSent?.(chatId, m.text(), m.id);
      return;
    }
    // After a login the web protocol may replay recent history: old messages are not new reports.
    if (m.age() > STALE_SECONDS) return;
    const room = m.room();
    const talker = m.talker();
    if (!talker) return;
    const raw = m.text();
    const quote = parseQuote(raw);
    // Group nickname first; the web protocol does not always have it.
    const name = (room ? await room.alias(talker).catch(() => undefined) : undefined) || talker.name();
    const mentions = room ? await m.mentionList().catch(() => []) : [];
    const msg: IncomingMessage = {
      platform: WECHAT_PLATFORM,
      chatId: room ? room.id : talker.id,
      messageId: m.id,
      sender: { id: talker.id, name, locale: null },
      text: quote ? quote.reply : raw,
      replyTo: quote ? { messageId: null, text: quote.text, fromBot: quote.name === this.#selfName } : null,
      ...(mentions.length ? { mentions: mentions.map((c) => ({ id: c.id, name: c.name() })) } : {}),
      isPrivate: !room,
    };
    const replies = await this.o.handle(msg);
    for (const out of replies) {
      const p = this.send(out).then((sent) => this.o.onDelivered(out, sent.messageId), async (e: unknown) => {
        this.o.log.warn({ err: logError(e), chatId: out.chatId }, "wechat send failed");
        await this.o.onUndelivered?.(out, e);
      });
      this.#pending.add(p);
      void p.finally(() => this.#pending.delete(p));
    }
  }
}
