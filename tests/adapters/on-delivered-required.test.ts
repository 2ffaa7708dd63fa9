// Every adapter must be told how to mark a receipt it sent directly (onDelivered), or the
// outbox sends that receipt a second time: leaving it out is a compile error (checked by tsc).
import { describe, expect, it } from "vitest";
import type { ConsoleChatOptions } from "../../src/adapters/console/console-chat.ts";
import type { TelegramOptions } from "../../src/adapters/telegram/telegram-adapter.ts";
import type { WechatOptions } from "../../src/adapters/wechat/wechat-adapter.ts";

type Without<T> = Omit<T, "onDelivered">;
// @ts-expect-error onDelivered is required
const telegram = (o: Without<TelegramOptions>): TelegramOptions => o;
// @ts-expect-error onDelivered is required
const wechat = (o: Without<WechatOptions>): WechatOptions => o;
// @ts-expect-error onDelivered is required
const consoleChat = (o: Without<ConsoleChatOptions>): ConsoleChatOptions => o;

describe("adapter options", () => {
  it("require onDelivered (see the ts-expect-error lines above)", () => {
    expect([telegram, wechat, consoleChat]).toHaveLength(3);
  });
});
