#!/usr/bin/env node
// The `deedbank` command. The sources are TypeScript, run through tsx so that a clone works
// after `npm install` with no separate build step.
import { tsImport } from "tsx/esm/api";

await tsImport("../src/cli/main.ts", import.meta.url);
