// `deedbank parse --jsonl` against the floor of merely reading and writing the same JSON lines.
//   npm run bench:parse-jsonl [-- path/to/corpus.jsonl]
// Builds 100,000 lines from a labelled corpus (this repo's own by default), then times, in one
// run: (1) reading them line by line, JSON.parse and JSON.stringify of an answer-sized object,
// writing them; (2) parseJsonl, the code behind `deedbank parse --jsonl`, over the same file.
// Prints both and their ratio (the parser's cost as a multiple of the I/O floor).
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseJsonl } from "../../src/cli/commands/parse.ts";
import { DEFAULT_CATALOG } from "../../src/domain/default-catalog.ts";
import { createParser } from "../../src/domain/parser/index.ts";

const LINES = 100_000;
const source = process.argv[2] ?? fileURLToPath(new URL("../domain/parser/fixtures/own-corpus.jsonl", import.meta.url));
const rows = readFileSync(source, "utf8").split("\n").filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; text: string; sender?: string })
  .map(({ id, text, sender }) => JSON.stringify({ id, text, sender }));
const dir = mkdtempSync(join(tmpdir(), "deedbank-bench-"));
const input = join(dir, "in.jsonl");
writeFileSync(input, Array.from({ length: LINES }, (_, i) => rows[i % rows.length]).join("\n") + "\n");

async function time(label: string, run: (out: NodeJS.WritableStream) => Promise<unknown>): Promise<number> {
  const out = createWriteStream(join(dir, `${label}.jsonl`));
  const cpu = process.cpuUsage();
  await run(out);
  await new Promise<void>((resolve) => out.end(resolve));
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1e6;
}

async function copy(out: NodeJS.WritableStream): Promise<void> {
  for await (const line of createInterface({ input: createReadStream(input), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; text: string };
    out.write(JSON.stringify({ id: row.id, isReport: false, lane: "no", deeds: [], doer: null, when: null, where: null, confidence: 0, text: row.text.length }) + "\n");
  }
}

const parser = createParser(DEFAULT_CATALOG);
try {
  await time("warm", copy);
  const io = await time("copy", copy);
  const parse = await time("parse", (out) => parseJsonl(parser, createReadStream(input), out as NodeJS.WritableStream & import("node:stream").Writable));
  console.log(`${LINES} lines from ${source}`);
  console.log(`read + JSON + write only: ${io.toFixed(2)} s CPU`);
  console.log(`parse --jsonl:            ${parse.toFixed(2)} s CPU (${Math.round(LINES / parse)} lines/s)`);
  console.log(`ratio parse / I/O floor:  ${(parse / io).toFixed(1)}×`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
