// Entry point of the `deedbank` command.
import { runCli } from "./program.ts";

// A reader that goes away early (`deedbank parse --jsonl < big.jsonl | head`) closes standard
// output: stop quietly with exit code 0, as Unix tools do, instead of a stack trace about EPIPE.
// Whatever was being written goes nowhere anyway; a write to the database is a transaction of its
// own and is never left half done by an exit.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  process.nextTick(() => {
    throw e;
  });
});

await runCli(process.argv);
