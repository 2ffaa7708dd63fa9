// A worker thread of `deedbank parse --jsonl` (see parse.ts): compiles the catalog it is given
// once, with the pinyin spellings the command's thread made for it (so pinyin-pro is never loaded
// here: parser-of.ts, not the parser's index.ts), then answers each batch of lines it is sent, in
// the order of its lines.
import { parentPort, workerData } from "node:worker_threads";
import type { Catalog } from "../../domain/catalog.ts";
import type { Spellings } from "../../domain/parser/index.ts";
import { parserOf } from "../../domain/parser/parser-of.ts";
import { spellerOf } from "../../domain/parser/speller.ts";
import { answerLines } from "./parse-line.ts";

const { catalog, spellings, now } = workerData as { catalog: Catalog; spellings: Spellings; now: number };
const parser = parserOf(catalog, spellerOf(spellings));
const at = new Date(now);

parentPort?.on("message", (batch: { seq: number; first: number; lines: string[] }) => {
  try {
    const { text, errors } = answerLines(parser, batch.lines, batch.first, at);
    parentPort?.postMessage({ seq: batch.seq, text, errors });
  } catch (e) {
    parentPort?.postMessage({ seq: batch.seq, failed: e instanceof Error ? e.message : String(e) });
  }
});
