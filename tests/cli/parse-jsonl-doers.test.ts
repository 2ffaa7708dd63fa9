// `deedbank parse --jsonl` keeps `doer` as the first doer, for old consumers, and adds `doers`.
import { PassThrough, Readable } from "node:stream";
import { expect, it } from "vitest";
import { parseJsonl } from "../../src/cli/commands/parse.ts";
import { DEFAULT_CATALOG } from "../../src/domain/default-catalog.ts";
import { createParser } from "../../src/domain/parser/index.ts";

it("writes doer (the first) and doers (all) for a deed of several people", async () => {
  const out = new PassThrough();
  let text = "";
  out.on("data", (c: Buffer) => (text += c.toString()));
  const input = Readable.from([
    JSON.stringify({ id: "a", text: "#好人好事 张秀英 刘建国 王桂兰 参加了社区集体活动", sender: "王敏" }) + "\n" +
    JSON.stringify({ id: "b", text: "早上撕了3张小广告", sender: "张秀英" }) + "\n",
  ]);
  await parseJsonl(createParser(DEFAULT_CATALOG), input, out);
  const [a, b] = text.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(a).toMatchObject({ id: "a", doer: "张秀英", doers: ["张秀英", "刘建国", "王桂兰"] });
  expect(b).toMatchObject({ id: "b", doer: null, doers: [null] });
});
