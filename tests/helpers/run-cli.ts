// Runs the `deedbank` command line in this process and returns what it printed.
import { PassThrough, Readable } from "node:stream";
import { buildProgram } from "../../src/cli/program.ts";

export async function runCli(args: string[]): Promise<string> {
  const stdout = new PassThrough();
  let out = "";
  stdout.on("data", (c: Buffer) => (out += c.toString()));
  const program = buildProgram({ stdin: Readable.from([]), stdout }).exitOverride();
  await program.parseAsync(["node", "deedbank", ...args]);
  return out;
}
