// `deedbank parse --jsonl` against the floor of merely reading and writing the same JSON lines.
//   npm run bench:parse-jsonl [-- path/to/corpus.jsonl]
// Builds 100,000 lines from a labelled corpus (this repo's own by default), then times, in one
// run: (1) reading them line by line, JSON.parse and JSON.stringify of an answer-sized object,
// writing them; (2) parseJsonl, the code behind `deedbank parse --jsonl`, over the same file,
// first in this thread alone (`--workers 1`), then with N threads (N = the cores of this machine,
// at most 4: the command's default), this one sharing the batches with N - 1 worker threads.
// The compiled code in dist/ is measured (what `deedbank` runs; `npm run bench:parse-jsonl`
// builds it first). Each is given as wall time (what the user waits) and CPU time (the work
// done, all threads), and each as a ratio to the floor's. Last, the same as whole processes, as
// a user runs them: `deedbank parse --jsonl < in > out` against a node script that only reads,
// parses and writes the lines, each with its start-up (bash's `time` reads their CPU).
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { parseJsonl as ParseJsonl } from "../../src/cli/commands/parse.ts";
import type { DEFAULT_CATALOG as DefaultCatalog } from "../../src/domain/default-catalog.ts";
import type { createParser as CreateParser } from "../../src/domain/parser/index.ts";

const dist = (path: string) => new URL(`../../dist/${path}`, import.meta.url).href;
const { parseJsonl } = (await import(dist("cli/commands/parse.js"))) as { parseJsonl: typeof ParseJsonl };
const { DEFAULT_CATALOG } = (await import(dist("domain/default-catalog.js"))) as { DEFAULT_CATALOG: typeof DefaultCatalog };
const { createParser } = (await import(dist("domain/parser/index.js"))) as { createParser: typeof CreateParser };

const LINES = 100_000;
const source = process.argv[2] ?? fileURLToPath(new URL("../domain/parser/fixtures/own-corpus.jsonl", import.meta.url));
const rows = readFileSync(source, "utf8").split("\n").filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; text: string; sender?: string })
  .map(({ id, text, sender }) => JSON.stringify({ id, text, sender }));
const dir = mkdtempSync(join(tmpdir(), "deedbank-bench-"));
const input = join(dir, "in.jsonl");
writeFileSync(input, Array.from({ length: LINES }, (_, i) => rows[i % rows.length]).join("\n") + "\n");

interface Cost { wall: number; cpu: number }
async function time(label: string, run: (out: NodeJS.WritableStream) => Promise<unknown>): Promise<Cost> {
  const out = createWriteStream(join(dir, `${label}.jsonl`));
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run(out);
  await new Promise<void>((resolve) => out.end(resolve));
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
}

async function copy(out: NodeJS.WritableStream): Promise<void> {
  for await (const line of createInterface({ input: createReadStream(input), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; text: string };
    out.write(JSON.stringify({ id: row.id, isReport: false, lane: "no", deeds: [], doer: null, when: null, where: null, confidence: 0, text: row.text.length }) + "\n");
  }
}

type Out = NodeJS.WritableStream & import("node:stream").Writable;
try {
  await time("warm", copy);
  const io = await time("copy", copy);
  const one = await time("one", (out) => parseJsonl(createParser(DEFAULT_CATALOG), createReadStream(input), out as Out, { catalog: DEFAULT_CATALOG, workers: 1 }));
  const workers = Math.min(availableParallelism(), 4);
  const many = await time("many", (out) => parseJsonl(createParser(DEFAULT_CATALOG), createReadStream(input), out as Out, { catalog: DEFAULT_CATALOG, workers }));
  if (readFileSync(join(dir, "one.jsonl"), "utf8") !== readFileSync(join(dir, "many.jsonl"), "utf8")) throw new Error("the worker threads answered differently");
  const show = (label: string, c: Cost) =>
    console.log(`${label} ${c.wall.toFixed(2)} s wall (${(c.wall / io.wall).toFixed(1)}×), ${c.cpu.toFixed(2)} s CPU (${(c.cpu / io.cpu).toFixed(1)}×), ${Math.round(LINES / c.wall)} lines/s`);
  console.log(`${LINES} lines from ${source}; ratios to the floor in this run`);
  show("floor: read + JSON + write     ", io);
  show("parse --jsonl --workers 1      ", one);
  show(`parse --jsonl --workers ${workers} (threads) `, many);

  // Whole processes: the floor script, then the command, each run three times (median).
  const floorScript = join(dir, "floor.mjs");
  writeFileSync(floorScript, [
    'import { createInterface } from "node:readline";',
    'let out = "";',
    "for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {",
    "  if (!line.trim()) continue;",
    "  const row = JSON.parse(line);",
    '  out += JSON.stringify({ id: row.id, isReport: false, lane: "no", deeds: [], doer: null, when: null, where: null, confidence: 0, text: row.text.length }) + "\\n";',
    "  if (out.length > 65536) { process.stdout.write(out); out = \"\"; }",
    "}",
    "process.stdout.write(out);",
  ].join("\n"));
  const bin = fileURLToPath(new URL("../../bin/deedbank.js", import.meta.url));
  const proc = (command: string): Cost => {
    const runs: Cost[] = [];
    for (let i = 0; i < 3; i++) {
      const r = spawnSync("bash", ["-c", `TIMEFORMAT='%R %U %S'; time ${command} < '${input}' > '${join(dir, "proc.jsonl")}'`], { encoding: "utf8" });
      const [real, user, sys] = (r.stderr.trim().split("\n").at(-1) ?? "").split(" ").map(Number);
      if (r.status !== 0 || real === undefined || user === undefined || sys === undefined) throw new Error(`${command}: ${r.stderr}`);
      runs.push({ wall: real, cpu: user + sys });
    }
    return runs.sort((a, b) => a.wall - b.wall)[1] as Cost;
  };
  const pFloor = proc(`'${process.execPath}' '${floorScript}'`);
  const pOne = proc(`'${process.execPath}' '${bin}' parse --jsonl --workers 1`);
  const pMany = proc(`'${process.execPath}' '${bin}' parse --jsonl`);
  const showP = (label: string, c: Cost) =>
    console.log(`${label} ${c.wall.toFixed(2)} s wall (${(c.wall / pFloor.wall).toFixed(1)}×), ${c.cpu.toFixed(2)} s CPU (${(c.cpu / pFloor.cpu).toFixed(1)}×)`);
  console.log("as processes (median of 3, start-up included):");
  showP("floor: node read + JSON + write          ", pFloor);
  showP("deedbank parse --jsonl --workers 1       ", pOne);
  showP(`deedbank parse --jsonl (${workers} threads, the default) `, pMany);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
