// The `deedbank` command line: one sub-command per job, every one accepting --db FILE.
import { Command } from "commander";
import { createParser } from "../domain/parser/index.ts";
import { DEFAULT_CATALOG } from "../domain/default-catalog.ts";
import { formatParse, parseJsonl } from "./commands/parse.ts";

export function buildProgram(): Command {
  const program = new Command("deedbank")
    .description("行为银行 DeedBank: a community points bot for WeChat and Telegram groups")
    .option("--db <file>", "SQLite database file (default ./data/deedbank.db or DATABASE_URL)");

  program
    .command("parse")
    .description("parse a deed report: one TEXT, or JSON lines {id,text,sender} on stdin with --jsonl")
    .argument("[text]", "a message to parse")
    .option("--jsonl", "read JSON lines from standard input, write one JSON line each")
    .action(async (text: string | undefined, opts: { jsonl?: boolean }) => {
      const parser = createParser(DEFAULT_CATALOG);
      if (opts.jsonl) {
        await parseJsonl(parser, process.stdin, process.stdout);
      } else if (text) {
        console.log(formatParse(text, parser));
      } else {
        program.error("give a TEXT to parse, or --jsonl to read JSON lines from standard input");
      }
    });
  return program;
}
