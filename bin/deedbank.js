#!/usr/bin/env node
// The `deedbank` command. `npm install` compiles the TypeScript sources to dist/ (scripts/
// build.mjs), which starts several times faster than compiling at run time; a checkout
// without dist/, or DEEDBANK_FROM_SOURCE=1 (while editing src/), runs the sources through tsx.
import { existsSync } from "node:fs";
import { URL } from "node:url";

const built = new URL("../dist/cli/main.js", import.meta.url);
if (process.env.DEEDBANK_FROM_SOURCE !== "1" && existsSync(built)) {
  await import(built.href);
} else {
  const { tsImport } = await import("tsx/esm/api");
  await tsImport("../src/cli/main.ts", import.meta.url);
}
