// The parser's outputs frozen before a refactoring meant to change its speed, not its answers:
// golden-inputs.jsonl holds every message of the repo's parser corpora and tests (plus tagged and
// sender-less variants); golden-outputs.jsonl the answer of the parser as it was, one per line.
// Regenerate only when the answers are meant to change:  npx tsx tests/domain/parser/make-golden.ts
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DEFAULT_CATALOG } from "../../../src/domain/default-catalog.ts";
import { createParser } from "../../../src/domain/parser/index.ts";

export const GOLDEN_INPUTS = fileURLToPath(new URL("./fixtures/golden-inputs.jsonl", import.meta.url));
export const GOLDEN_OUTPUTS = fileURLToPath(new URL("./fixtures/golden-outputs.jsonl", import.meta.url));
const DEFAULT_NOW = "2025-11-03T12:00:00+08:00";

export interface GoldenInput { text: string; sender?: string; now?: string }

export const readLines = (path: string): string[] => readFileSync(path, "utf8").split("\n").filter((l) => l.length > 0);

/** Every golden input's answer from the current parser, as one JSON line each. */
export function currentOutputs(inputs: readonly GoldenInput[]): string[] {
  const parse = createParser(DEFAULT_CATALOG);
  return inputs.map((i) => JSON.stringify(parse({ text: i.text, sender: i.sender, now: new Date(i.now ?? DEFAULT_NOW) })));
}
