// `deedbank db copy --from file:… --to postgresql://…`: a community's SQLite file into PostgreSQL.
import type { Command } from "commander";

export function addDbCommands(program: Command, out: NodeJS.WritableStream): void {
  const db = program.command("db").description("the database itself");
  db.command("copy")
    .description("copy a SQLite file into an empty PostgreSQL database, in one transaction, checking every count and balance")
    .requiredOption("--from <url>", "the SQLite file, e.g. file:./data/deedbank.db")
    .requiredOption("--to <url>", "the PostgreSQL database, e.g. postgresql://user:password@host:5432/deedbank")
    .action(async (opts: { from: string; to: string }) => {
      const { loadConfig } = await import("../../config/load-config.ts");
      const config = loadConfig(process.env);
      // Loaded here only: the PostgreSQL driver and client would slow every other command's start.
      const { copyDatabase } = await import("../../storage/copy.ts");
      const report = await copyDatabase(opts.from, opts.to, config.database);
      const rows = report.tables.reduce((n, t) => n + t.rows, 0);
      out.write(
        `Copied ${rows} rows in ${report.tables.length} tables; checked: every row count, ` +
          `${report.residents} residents' points (${report.points} in all) and tickets (${report.tickets} in all) match.\n`,
      );
    });
}
