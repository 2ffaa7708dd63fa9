#!/usr/bin/env node
// The `deedbank` command. `npm install` compiles the TypeScript sources to dist/ (scripts/
// build.mjs), which starts several times faster than compiling at run time; a checkout
// without dist/, or DEEDBANK_FROM_SOURCE=1 (while editing src/), runs the sources through tsx.
import { existsSync } from "node:fs";
import { URL } from "node:url";
import { setFlagsFromString } from "node:v8";

// Memory (issue 14): V8 grows the young generation to 3 × 16 MB under a steady stream of
// short-lived objects (every message), which put `simulate` at 160-170 MB resident. Keeping it
// at its starting size holds it near 130 MB at no measurable cost in speed. This flag is read
// each time the young generation would grow, so setting it here, before the app loads, works;
// After the merges of issue 11 the same stream left more short-lived garbage in the old generation,
// which V8 let grow to ~160-170 MB before a full collection (a heap profile at the end holds
// ~19 MB live). --optimize-for-size collects it sooner: `simulate` 171 -> 130 MB peak for about 5%
// of its speed (3.84 -> 4.05 s for 2,000 messages).
// `parse` is a batch job that ends when its input does: it keeps V8's defaults, which parse
// 5-8% faster (`deedbank parse --jsonl` over 100,000 lines, 2.9-3.6 s against 3.0-3.4 s wall).
if (process.argv[2] !== "parse") {
  setFlagsFromString("--semi-space-growth-factor=1");
  setFlagsFromString("--optimize-for-size");
}

const built = new URL("../dist/cli/main.js", import.meta.url);
if (process.env.DEEDBANK_FROM_SOURCE !== "1" && existsSync(built)) {
  await import(built.href);
} else {
  const { tsImport } = await import("tsx/esm/api");
  await tsImport("../src/cli/main.ts", import.meta.url);
}
