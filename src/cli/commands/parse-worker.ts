// A worker thread of `deedbank parse --jsonl` (see parse.ts): compiles the catalog it is given
// once, then answers each batch of lines it is sent, in the order of its lines.
import { parentPort, workerData } from "node:worker_threads";
import type { Catalog } from "../../domain/catalog.ts";
import { createParser } from "../../domain/parser/index.ts";
import { answerLines } from "./parse-line.ts";

const { catalog, now } = workerData as { catalog: Catalog; now: number };
const parser = createParser(catalog);
const at = new Date(now);

parentPort?.on("message", (batch: { seq: number; first: number; lines: string[] }) => {
  try {
    const { text, errors } = answerLines(parser, batch.lines, batch.first, at);
    parentPort?.postMessage({ seq: batch.seq, text, errors });
  } catch (e) {
    parentPort?.postMessage({ seq: batch.seq, failed: e instanceof Error ? e.message : String(e) });
  }
});
