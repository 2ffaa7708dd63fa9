// Which spreadsheet format a file name asks for; any other extension is refused, nothing written.
import { CliError } from "../commands/catalog.ts";

export type TableFormat = "xlsx" | "csv";

export function tableFormat(file: string, verb: string): TableFormat {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  if (ext === "xlsx" || ext === "csv") return ext;
  throw new CliError(`${verb} works with .xlsx or .csv files, not ${ext ? `.${ext}` : "a file without an extension"}: ${file}`);
}
