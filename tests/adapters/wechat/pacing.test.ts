// WeChat sends: paced with jitter, in order, retried, never dropped; quoted replies read back.
import { describe, expect, it } from "vitest";
import { PacedQueue } from "../../../src/adapters/wechat/paced-queue.ts";
import { parseQuote } from "../../../src/adapters/wechat/parse-quote.ts";

const clock = () => {
  const c = { t: 0, waits: [] as number[] };
  return { c, sleep: async (ms: number) => void (c.waits.push(ms), (c.t += ms)), now: () => c.t };
};

describe("PacedQueue", () => {
  it("spaces sends by the interval plus jitter, in order", async () => {
    const { c, sleep, now } = clock();
    const jitters = [0.1, 0.9, 0.5];
    const q = new PacedQueue({ intervalMs: 4000, jitterMs: 3000, random: () => jitters.shift() ?? 0, sleep, now });
    const sent: string[] = [];
    await Promise.all(["a", "b", "c"].map((x) => q.push(async () => void sent.push(x))));
    expect(sent).toEqual(["a", "b", "c"]);
    expect(c.waits).toEqual([6700, 5500]);
  });

  it("retries a failed send and hands it back after its retries, without losing the next one", async () => {
    const { sleep, now } = clock();
    const q = new PacedQueue({ intervalMs: 1000, jitterMs: 0, random: () => 0, sleep, now, retries: 2 });
    let tries = 0;
    const failing = q.push(async () => {
      tries++;
      throw new Error("network");
    });
    const next = q.push(async () => "ok");
    await expect(failing).rejects.toThrow("network");
    expect(tries).toBe(3);
    expect(await next).toBe("ok");
    expect(q.length).toBe(0);
  });
});

describe("parseQuote", () => {
  it("reads a web WeChat quote reply", () => {
    const text = "「行为银行:📝 #12 张秀英 清理小广告 ×3,建议 6 分」\n- - - - - - - - - - - - - - -\n通过";
    expect(parseQuote(text)).toEqual({ name: "行为银行", text: "📝 #12 张秀英 清理小广告 ×3,建议 6 分", reply: "通过" });
    expect(parseQuote("通过 12")).toBeNull();
  });
});
