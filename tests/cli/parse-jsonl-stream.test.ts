// `deedbank parse --jsonl` writes its answers in batches: every line still gets its answer, in
// order, and a caller that sends one line and waits for the answer is still answered.
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import { expect, it } from "vitest";
import { parseJsonl } from "../../src/cli/commands/parse.ts";
import { DEFAULT_CATALOG } from "../../src/domain/default-catalog.ts";
import { createParser } from "../../src/domain/parser/index.ts";

const parser = createParser(DEFAULT_CATALOG);

it("answers 5,000 lines in order, across several output chunks", async () => {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on("data", (c: Buffer) => chunks.push(c.toString()));
  const lines = Array.from({ length: 5000 }, (_, i) =>
    JSON.stringify({ id: `m${i}`, text: i % 2 ? "早上撕了3张小广告" : "今天天气不错" }) + "\n");
  await parseJsonl(parser, Readable.from([lines.join("")]), out);
  const answers = chunks.join("").trim().split("\n").map((l) => JSON.parse(l) as { id: string; isReport: boolean });
  expect(answers.map((a) => a.id)).toEqual(lines.map((_, i) => `m${i}`));
  expect(answers.filter((a) => a.isReport)).toHaveLength(2500);
  expect(chunks.length).toBeGreaterThan(1);
  expect(chunks.length).toBeLessThan(1000);
});

it("answers a line before the caller sends the next one", async () => {
  const input = new PassThrough();
  const out = new PassThrough();
  const done = parseJsonl(parser, input, out);
  input.write(JSON.stringify({ id: "first", text: "早上撕了3张小广告" }) + "\n");
  const [first] = (await once(out, "data")) as [Buffer];
  expect(JSON.parse(first.toString())).toMatchObject({ id: "first", isReport: true });
  input.write(JSON.stringify({ id: "second", text: "今天天气不错" }) + "\n");
  const [second] = (await once(out, "data")) as [Buffer];
  expect(JSON.parse(second.toString())).toMatchObject({ id: "second", isReport: false });
  input.end();
  await done;
});

it("writes the answers already made when the run breaks off", async () => {
  const out = new PassThrough();
  let text = "";
  out.on("data", (c: Buffer) => (text += c.toString()));
  let calls = 0;
  const breaking: typeof parser = (input) => {
    if (++calls === 3) throw new Error("broken");
    return parser(input);
  };
  const input = Readable.from([["a", "b", "c"].map((id) => JSON.stringify({ id, text: "早上撕了3张小广告" })).join("\n") + "\n"]);
  await expect(parseJsonl(breaking, input, out)).rejects.toThrow("broken");
  await new Promise((resolve) => setImmediate(resolve));
  expect(text.trim().split("\n").map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(["a", "b"]);
});
