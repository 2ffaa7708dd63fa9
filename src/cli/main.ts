// Entry point of the `deedbank` command.
import { runCli } from "./program.ts";

await runCli(process.argv);
