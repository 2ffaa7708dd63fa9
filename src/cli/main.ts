// Entry point of the `deedbank` command.
import { buildProgram } from "./program.ts";

await buildProgram().parseAsync(process.argv);
