// `deedbank parse --jsonl` on worker threads: a long input is parsed on them after its first
// lines, with the same answers in the same order as one thread, and a line-by-line caller is
// still answered line by line. The compiled dist/ is used, as `deedbank` runs it (`npm test`
// builds it first): that is where worker threads start.
import { spawnSync } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { parseJsonl as ParseJsonl } from "../../src/cli/commands/parse.ts";
import type { Catalog } from "../../src/domain/catalog.ts";
import type { DEFAULT_CATALOG as DefaultCatalog } from "../../src/domain/default-catalog.ts";
import type { createParser as CreateParser } from "../../src/domain/parser/index.ts";

const dist = (path: string) => new URL(`../../dist/${path}`, import.meta.url).href;
const { parseJsonl } = (await import(dist("cli/commands/parse.js"))) as { parseJsonl: typeof ParseJsonl };
const { DEFAULT_CATALOG } = (await import(dist("domain/default-catalog.js"))) as { DEFAULT_CATALOG: typeof DefaultCatalog };
const { createParser } = (await import(dist("domain/parser/index.js"))) as { createParser: typeof CreateParser };
const BIN = fileURLToPath(new URL("../../bin/deedbank.js", import.meta.url));

const TEXTS = ["早上撕了3张小广告", "今天天气不错", "帮独居的王奶奶买菜送上门", "Helped an old man cross the road this morning", "献血400毫升", "收到", "我和老张巡逻了两个小时"];
const input = (n: number): string =>
  Array.from({ length: n }, (_, i) => (i % 97 === 13 ? "{not json" : i % 89 === 5 ? "" : JSON.stringify({ id: `m${i}`, text: TEXTS[i % TEXTS.length], sender: i % 3 ? "小李" : undefined }))).join("\n") + "\n";

async function run(text: string, options: Parameters<typeof ParseJsonl>[3]): Promise<{ out: string; errors: number }> {
  const out = new PassThrough();
  let all = "";
  out.on("data", (c: Buffer) => (all += c.toString()));
  const errors = await parseJsonl(createParser(DEFAULT_CATALOG), Readable.from([text]), out, options);
  await new Promise((resolve) => setImmediate(resolve));
  return { out: all, errors };
}

describe("parse --jsonl on worker threads", () => {
  it("answers 6,000 lines as one thread does: same lines, same order, same error count", async () => {
    const text = input(6000);
    const one = await run(text, { catalog: DEFAULT_CATALOG, workers: 1 });
    const two = await run(text, { catalog: DEFAULT_CATALOG, workers: 2, after: 500 });
    expect(one.errors).toBeGreaterThan(50);
    expect(two).toEqual(one);
    const lines = two.out.trim().split("\n").map((l) => JSON.parse(l) as { id?: string; line?: number });
    expect(lines).toHaveLength(6000 - Math.ceil((6000 - 5) / 89));
    expect(lines.filter((l) => l.line !== undefined).map((l) => l.line)).toEqual(
      Array.from({ length: 6000 }, (_, i) => i).filter((i) => i % 97 === 13 && i % 89 !== 5).map((i) => i + 1),
    );
  });

  it("really parses on the workers: they use the catalog they are given, from the first line after `after`", async () => {
    // Workers get a catalog where every deed is worth 1 point more: only their answers show it.
    const plusOne: Catalog = DEFAULT_CATALOG.map((c) => ({ ...c, points: c.points + 1 }));
    const text = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: "早上撕了3张小广告" })).join("\n") + "\n";
    const { out } = await run(text, { catalog: plusOne, workers: 2, after: 1000 });
    const points = out.trim().split("\n").map((l) => (JSON.parse(l) as { deeds: { points: number }[] }).deeds[0]?.points);
    const base = points[0] ?? 0;
    expect(points.slice(0, 1000).every((p) => p === base)).toBe(true);
    expect(points.slice(1000).every((p) => p === base + 3)).toBe(true);
  });

  it("this thread takes a batch whenever the worker has its fill: both parse, and the answers keep their order", async () => {
    // As above, only the worker's answers show the +1 catalog; 30 batches of 1,000 lines for one worker holding 3 at a time.
    const plusOne: Catalog = DEFAULT_CATALOG.map((c) => ({ ...c, points: c.points + 1 }));
    const text = Array.from({ length: 30_000 }, (_, i) => JSON.stringify({ id: i, text: "早上撕了3张小广告" })).join("\n") + "\n";
    const { out } = await run(text, { catalog: plusOne, workers: 2, after: 0 });
    const answers = out.trim().split("\n").map((l) => JSON.parse(l) as { id: number; deeds: { points: number }[] });
    expect(answers.map((a) => a.id)).toEqual(Array.from({ length: 30_000 }, (_, i) => i));
    const base = (await run(JSON.stringify({ id: 0, text: "早上撕了3张小广告" }) + "\n", undefined)).out;
    const here = (JSON.parse(base) as { deeds: { points: number }[] }).deeds[0]?.points ?? 0;
    const byWorker = answers.filter((a) => a.deeds[0]?.points === here + 3).length;
    const byThis = answers.filter((a) => a.deeds[0]?.points === here).length;
    expect(byWorker + byThis).toBe(30_000);
    expect(byWorker).toBeGreaterThanOrEqual(3000);
    expect(byThis).toBeGreaterThanOrEqual(1000);
  });

  it("answers a line before the caller sends the next one, on the workers too", async () => {
    const inp = new PassThrough();
    const out = new PassThrough();
    const done = parseJsonl(createParser(DEFAULT_CATALOG), inp, out, { catalog: DEFAULT_CATALOG, workers: 2, after: 0 });
    for (const [id, text, isReport] of [["a", "早上撕了3张小广告", true], ["b", "今天天气不错", false], ["c", "献血400毫升", true]] as const) {
      inp.write(JSON.stringify({ id, text }) + "\n");
      const [chunk] = (await once(out, "data")) as [Buffer];
      expect(JSON.parse(chunk.toString())).toMatchObject({ id, isReport });
    }
    inp.end();
    await done;
  });

  it("a worker that cannot parse fails the run after writing the answers before it", async () => {
    const broken = [{ code: "x", active: true, unit: "item", points: 1, names: { zh: "x", en: "x" }, match: null }] as unknown as Catalog; // compileCatalog throws on it in the worker
    const text = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: "早上撕了3张小广告" })).join("\n") + "\n";
    const out = new PassThrough();
    let all = "";
    out.on("data", (c: Buffer) => (all += c.toString()));
    await expect(parseJsonl(createParser(DEFAULT_CATALOG), Readable.from([text]), out, { catalog: broken, workers: 2, after: 1000 })).rejects.toThrow();
    await new Promise((resolve) => setImmediate(resolve));
    expect(all.trim().split("\n")).toHaveLength(1000);
  });

  it("the command refuses a --workers that is not a whole number from 1, in one sentence", () => {
    const r = spawnSync(process.execPath, [BIN, "parse", "--jsonl", "--workers", "0"], { input: "", encoding: "utf8" });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("--workers takes a whole number from 1 to 64");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("the command answers through its workers as through one thread", () => {
    const text = input(2500);
    const one = spawnSync(process.execPath, [BIN, "parse", "--jsonl", "--workers", "1"], { input: text, encoding: "utf8" });
    const two = spawnSync(process.execPath, [BIN, "parse", "--jsonl", "--workers", "2"], { input: text, encoding: "utf8" });
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toEqual(one.stdout);
  });
});
