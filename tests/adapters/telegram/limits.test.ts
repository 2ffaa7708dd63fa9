// Telegram's sending limits and text splitting, as plain functions of time.
import { describe, expect, it } from "vitest";
import { RateLimiter } from "../../../src/adapters/telegram/rate-limiter.ts";
import { splitText } from "../../../src/adapters/telegram/split-text.ts";
import { callWithRetry } from "../../../src/adapters/telegram/call-with-retry.ts";
import { logError } from "../../../src/chat/log-error.ts";

describe("RateLimiter", () => {
  it("keeps one message a second in a chat", () => {
    const l = new RateLimiter();
    expect([0, 0, 0].map(() => l.reserve("42", false, 0))).toEqual([0, 1000, 2000]);
  });

  it("keeps 20 a minute in a group", () => {
    const l = new RateLimiter();
    const slots = Array.from({ length: 21 }, () => l.reserve("-100", true, 0));
    expect(slots.slice(0, 20)).toEqual(Array.from({ length: 20 }, (_, i) => i * 1000));
    expect(slots[20]).toBe(60_000);
  });

  it("keeps 30 a second overall", () => {
    const l = new RateLimiter();
    const slots = Array.from({ length: 31 }, (_, i) => l.reserve(String(i), false, 0));
    expect(slots.slice(0, 30).every((t) => t === 0)).toBe(true);
    expect(slots[30]).toBe(1000);
    for (const t of slots) expect(slots.filter((x) => x >= t && x < t + 1000).length).toBeLessThanOrEqual(30);
  });
});

describe("splitText", () => {
  it("leaves short texts alone and cuts long ones at line breaks, under 4096 characters each", () => {
    expect(splitText("短")).toEqual(["短"]);
    const lines = Array.from({ length: 500 }, (_, i) => `${i} ${"积".repeat(30)}`);
    const parts = splitText(lines.join("\n"));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => Array.from(p).length <= 4096)).toBe(true);
    expect(parts.join("\n")).toBe(lines.join("\n"));
  });

  it("cuts a text with no line breaks, emoji kept whole", () => {
    const text = "😊".repeat(5000);
    const parts = splitText(text);
    expect(parts.map((p) => Array.from(p).length)).toEqual([4096, 904]);
  });
});

describe("callWithRetry", () => {
  const tooMany = (s: number) => Object.assign(new Error("429"), { response: { error_code: 429, parameters: { retry_after: s } } });
  it("waits retry_after and tries again, a bounded number of times", async () => {
    const waits: number[] = [];
    let calls = 0;
    const ok = await callWithRetry(async () => (++calls < 3 ? Promise.reject(tooMany(2)) : "sent"), { retries: 3, sleep: async (ms) => void waits.push(ms) });
    expect([ok, waits]).toEqual(["sent", [2000, 2000]]);
    const err = await callWithRetry(() => Promise.reject(tooMany(5)), { retries: 1, sleep: async () => undefined }).catch((e: unknown) => e);
    expect(err).toMatchObject({ retryAfterMs: 5000 });
  });
});

describe("logError", () => {
  it("keeps the code and message of a failed call, not the request with the resident's text", () => {
    const e = Object.assign(new Error("400: Bad Request: chat not found"), {
      response: { error_code: 400 }, on: { method: "sendMessage", payload: { text: "张秀英 住 3栋502" } },
    });
    const logged = JSON.stringify(logError(e));
    expect(logged).toContain("chat not found");
    expect(logged).toContain('"code":400');
    expect(logged).not.toContain("张秀英");
  });
});
