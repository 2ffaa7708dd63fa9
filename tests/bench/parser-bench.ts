// Parser throughput on one core: the labelled corpus repeated to at least 100,000 messages.
//   npm run bench:parser [-- path/to/corpus.jsonl]
// Defaults to ../shared/corpus/reports.dev.jsonl, or this repo's own fixture corpus when a
// clone has no ../shared.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DEFAULT_CATALOG } from "../../src/domain/default-catalog.ts";
import { createParser } from "../../src/domain/parser/index.ts";

const MIN_MESSAGES = 100_000;
const fallback = fileURLToPath(new URL("../domain/parser/fixtures/own-corpus.jsonl", import.meta.url));
const requested = process.argv[2] ?? "../shared/corpus/reports.dev.jsonl";
const path = existsSync(requested) ? requested : fallback;

const rows = readFileSync(path, "utf8").split("\n").filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { text: string; sender?: string });
if (rows.length === 0) throw new Error(`${path}: no messages`);

const parse = createParser(DEFAULT_CATALOG);
const now = new Date("2025-11-03T12:00:00+08:00");
const rounds = Math.ceil(MIN_MESSAGES / rows.length);

let reports = 0;
for (const r of rows) parse({ text: r.text, sender: r.sender, now }); // warm-up
const started = performance.now();
const cpuStarted = process.cpuUsage();
for (let i = 0; i < rounds; i++) {
  for (const r of rows) if (parse({ text: r.text, sender: r.sender, now }).isReport) reports++;
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuStarted);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const messages = rounds * rows.length;
console.log(`corpus ${path} (${rows.length} messages) × ${rounds} = ${messages} messages, ${reports / rounds} reports per round`);
// The parser is synchronous and single-threaded: CPU time is its time on one core, and unlike
// wall time it does not drop when other processes share the machine.
console.log(`wall ${seconds.toFixed(2)} s: ${Math.round(messages / seconds)} messages/s`);
console.log(`${Math.round(messages / cpuSeconds)} messages/s on one core (CPU ${cpuSeconds.toFixed(2)} s)`);

// A very long message (20,000 characters) is cut before parsing: its cost, as a ratio to an
// average corpus message measured above in this same run.
const long = "今天巡逻了两个小时,".repeat(2000);
const LONG_ROUNDS = 200;
const longStarted = process.cpuUsage();
for (let i = 0; i < LONG_ROUNDS; i++) parse({ text: long, now });
const longCpu = process.cpuUsage(longStarted);
const longMs = (longCpu.user + longCpu.system) / 1000 / LONG_ROUNDS;
console.log(`a 20,000-character message: ${longMs.toFixed(2)} ms on one core, ${(longMs / ((cpuSeconds * 1000) / messages)).toFixed(1)}× an average corpus message`);
