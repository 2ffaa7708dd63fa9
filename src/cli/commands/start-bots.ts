// `deedbank start` with a chat platform configured: Telegram and/or WeChat in one process,
// each draining its share of the outbox at its own pace. The wiring between the adapters
// (which know only chat messages) and the use cases lives here, in the composition layer.
import { drainOutbox, type SendPort } from "../../app/dispatch-outbox.ts";
import { ensureAdmins } from "../../app/ensure-admins.ts";
import { matchIdentity } from "../../app/match-identity.ts";
import { moveChatGroup } from "../../app/move-chat-group.ts";
import { markReceiptSent } from "../../app/receipt.ts";
import { rematchAfterLogin } from "../../app/rematch-after-login.ts";
import { recordSentId, sentCardMessage } from "../../app/sent-card.ts";
import { TelegramAdapter, type StopReason } from "../../adapters/telegram/telegram-adapter.ts";
import { TELEGRAM_PLATFORM } from "../../adapters/telegram/to-incoming.ts";
import { WECHAT_PLATFORM, WechatAdapter, type WechatOptions } from "../../adapters/wechat/wechat-adapter.ts";
import { logError } from "../../chat/log-error.ts";
import type { IncomingMessage, OutgoingMessage } from "../../chat/message.ts";
import { wellFormedMessage } from "../../chat/well-formed.ts";
import { readTelegramError } from "../../adapters/telegram/api-error.ts";
import { showAdminCodes } from "./admin-codes.ts";
import type { App } from "../../create-app.ts";
import { translator, normalizeLocale } from "../../i18n/index.ts";

/** A reply that could not go out is kept in the outbox and retried (a receipt is there already,
 * and goes out once its grace time has passed). */
const keepInOutbox = (app: App) => async (out: OutgoingMessage) => {
  if (out.outboxId) return;
  await app.deps.store.write((r) => r.outbox.enqueue(out, { notBefore: app.deps.clock() }));
};

export function telegramFor(app: App, extra: Partial<ConstructorParameters<typeof TelegramAdapter>[0]> = {}): TelegramAdapter {
  const tg = app.config.telegram;
  if (!tg) throw new Error("TELEGRAM_BOT_TOKEN is not set");
  return new TelegramAdapter({
    token: tg.token,
    ...(tg.apiRoot ? { apiRoot: tg.apiRoot } : {}),
    ...(tg.webhook ? { webhook: tg.webhook } : {}),
    handle: app.handle,
    log: app.log,
    onChatMigrated: async (from, to) => void (await moveChatGroup(app.deps, TELEGRAM_PLATFORM, from, to)),
    findCard: (chatId, n) => sentCardMessage(app.deps, TELEGRAM_PLATFORM, chatId, n),
    onUndelivered: keepInOutbox(app),
    ...extra,
    onDelivered: (out, messageId) => markReceiptSent(app.deps, out, messageId),
  });
}

/** WeChat ids are per login: a new id is matched (unverified) before the router sees it. */
export const wechatHandle = (app: App) => async (incoming: IncomingMessage) => {
  const msg = wellFormedMessage(incoming);
  await matchIdentity(app.deps, { platform: msg.platform, chatId: msg.chatId, userId: msg.sender.id, displayName: msg.sender.name });
  return app.handle(msg);
};

/** Tells the operator: in the log, and to the admins over Telegram where that runs. */
export async function alertOperator(app: App, detail: string): Promise<void> {
  app.log.warn({ platform: WECHAT_PLATFORM }, detail);
  const t = translator(normalizeLocale(app.config.locale));
  const now = app.deps.clock();
  await app.deps.store.write(async (r) => {
    for (const chatId of await r.platform.adminAccounts(TELEGRAM_PLATFORM)) {
      await r.outbox.enqueue({ platform: TELEGRAM_PLATFORM, chatId, text: t("platform.alert", { detail }) }, { notBefore: now });
    }
  });
}

// `extra` (tests, a puppet) cannot replace or drop onDelivered (without it receipts go twice)
// nor onSent (without it cards have no message id).
export function wechatFor(app: App, extra: Partial<Omit<WechatOptions, "onDelivered" | "onSent">> = {}): WechatAdapter {
  const wx = app.config.wechat ?? { sendIntervalMs: 4000, sendJitterMs: 3000 };
  return new WechatAdapter({
    handle: wechatHandle(app),
    log: app.log,
    dataDir: app.db.dataDir,
    sendIntervalMs: wx.sendIntervalMs,
    sendJitterMs: wx.sendJitterMs,
    onLogin: async (rooms) => {
      const res = await rematchAfterLogin(app.deps, WECHAT_PLATFORM, rooms);
      app.log.info({ moved: res.moved, unverified: res.unverified, unmatched: res.unmatched.length }, "wechat: rooms matched again; accounts must re-verify with a binding code");
      if (res.unmatched.length) await alertOperator(app, `WeChat groups not found after login: ${res.unmatched.join(", ")}`);
    },
    onAlert: (_kind, detail) => alertOperator(app, detail),
    showQr: async (qrcode) => {
      const { toString } = await import("qrcode");
      process.stderr.write(`${await toString(qrcode, { type: "terminal", small: true })}\n扫码登录微信 / scan with WeChat to log in\n`);
    },
    onUndelivered: keepInOutbox(app),
    ...extra,
    onSent: (chatId, text, messageId) => recordSentId(app.deps, WECHAT_PLATFORM, chatId, text, messageId),
    onDelivered: (out, messageId) => markReceiptSent(app.deps, out, messageId),
  });
}

/**
 * A full disk cannot queue an alert in the outbox: the admins are told straight through the
 * adapter, once when writes start failing and once when they work again.
 */
export function watchStorage(app: App, send: SendPort): () => void {
  const t = translator(normalizeLocale(app.config.locale));
  return app.db.faults.subscribe((e) => {
    app.log.error({ fault: e.state === "failing" ? e.fault : null }, e.state === "failing" ? "storage: writes are failing" : "storage: writes work again");
    const text = t(e.state === "failing" ? "storage.failing" : "storage.recovered");
    void app.deps.store
      .read((r) => r.platform.adminAccounts(TELEGRAM_PLATFORM))
      .then((ids) => Promise.all(ids.map((chatId) => send({ id: 0, attempts: 0, dedupeKey: null, platform: TELEGRAM_PLATFORM, chatId, text }))))
      .catch((err: unknown) => app.log.error({ err }, "storage alert not sent"));
  });
}

/** Sends what the outbox holds for one platform, every `everyMs`, until stopped. */
export function startOutboxLoop(app: App, platform: string, send: SendPort, everyMs = 1000): { stop(): Promise<void> } {
  let running = true;
  let current: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    if (!running) return;
    current = drainOutbox(app.deps, { platform, send }).catch((err: unknown) => app.log.error({ err: logError(err), platform }, "outbox dispatch failed"));
    await current;
    if (running) timer = setTimeout(() => void tick(), everyMs);
  };
  let timer = setTimeout(() => void tick(), 0);
  return {
    stop: async () => {
      running = false;
      clearTimeout(timer);
      await current;
    },
  };
}

/** Runs the configured platforms until SIGINT/SIGTERM, or until Telegram stops on its own. */
export async function startBots(app: App): Promise<void> {
  const admins = await ensureAdmins(app.deps, app.config.admins, { wechat: app.config.wechat !== null });
  if (admins.skipped) app.log.warn({}, "DEEDBANK_ADMINS is set but there is no community yet: run `deedbank setup` first");
  showAdminCodes(app, admins.codes);
  const stops: (() => Promise<void>)[] = [];
  const ended: Promise<StopReason | "signal">[] = [];
  // One platform failing to start (a wrong token, no network) does not keep the other down.
  if (app.config.telegram) {
    const tg = telegramFor(app);
    try {
      const { stopped } = await tg.start();
      const loop = startOutboxLoop(app, TELEGRAM_PLATFORM, tg.send);
      const unwatch = watchStorage(app, tg.send);
      stops.push(async () => unwatch(), () => loop.stop(), () => tg.stop());
      ended.push(stopped);
    } catch (e) {
      const { code } = readTelegramError(e);
      app.log.error({ err: logError(e) }, code === 401
        ? "Telegram refused the token (401): copy TELEGRAM_BOT_TOKEN again from @BotFather"
        : "Telegram could not start");
    }
  }
  if (app.config.wechat) {
    const wx = wechatFor(app);
    try {
      await wx.start();
      const loop = startOutboxLoop(app, WECHAT_PLATFORM, wx.send, 2000);
      stops.push(() => loop.stop(), () => wx.stop());
    } catch (e) {
      await alertOperator(app, `WeChat could not start: ${(e as Error).message}`);
    }
  }
  if (stops.length === 0) {
    process.exitCode = 3;
    return;
  }
  const signal = new Promise<"signal">((resolve) => {
    process.once("SIGINT", () => resolve("signal"));
    process.once("SIGTERM", () => resolve("signal"));
  });
  const why = await Promise.race([signal, ...ended]);
  for (const stop of stops) await stop().catch((err: unknown) => app.log.error({ err: logError(err) }, "stop failed"));
  if (why === "conflict" || why === "unauthorized" || why === "error") process.exitCode = 3;
}
