// Reads a roster file into rows of text cells with their spreadsheet row numbers:
// .xlsx through exceljs; .csv as UTF-8 (with or without BOM) or, when it is not valid UTF-8,
// as GBK/GB18030, which Chinese Excel writes by default.
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { readFileSync } from "node:fs";
import { readHeader } from "../../domain/roster/roster-columns.ts";
import type { RosterRows } from "../../domain/roster/read-roster.ts";
import { CliError } from "../commands/catalog.ts";

export type TableFormat = "xlsx" | "csv";

export function tableFormat(file: string, verb: string): TableFormat {
  const ext = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  if (ext === "xlsx" || ext === "csv") return ext;
  throw new CliError(`${verb} works with .xlsx or .csv files, not ${ext ? `.${ext}` : "a file without an extension"}: ${file}`);
}

export function decodeText(bytes: Buffer): { text: string; encoding: "utf-8" | "gb18030" } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString("utf8"), encoding: "utf-8" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(bytes, "gb18030"), encoding: "gb18030" };
  }
}

/** RFC 4180: commas, quotes doubled inside quotes, line breaks inside quotes; records numbered from 1. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      records.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    records.push(row);
  }
  return records;
}

/** The header is the first of the top ten rows that names a 姓名 column (title rows above it are skipped). */
function splitHeader(rows: { row: number; cells: string[] }[]): RosterRows {
  const at = rows.slice(0, 10).findIndex((r) => [...readHeader(r.cells).fields.values()].includes("name"));
  const i = at < 0 ? 0 : at;
  return { header: rows[i] ?? { row: 1, cells: [] }, rows: rows.slice(i + 1) };
}

export async function readTable(file: string): Promise<RosterRows> {
  const format = tableFormat(file, "residents import");
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as Error).message}`);
  }
  if (format === "csv") return splitHeader(parseCsv(decodeText(bytes).text).map((cells, i) => ({ row: i + 1, cells })));
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new CliError(`${file} is not a readable .xlsx file (${(e as Error).message}); save it again from Excel as .xlsx, or as .csv`);
  }
  const sheet = book.worksheets.find((s) => /名册|居民|roster|residents/i.test(s.name)) ?? book.worksheets[0];
  if (!sheet) throw new CliError(`${file} has no sheet`);
  const rows: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (r, n) => {
    const cells: string[] = [];
    r.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell);
    });
    rows.push({ row: n, cells: Array.from(cells, (c) => c ?? "") });
  });
  return splitHeader(rows);
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  // Whole numbers as Excel shows them without the exponent (a phone typed as a number).
  if (typeof v === "number") return Number.isInteger(v) ? v.toFixed(0) : String(v);
  if (typeof v === "boolean") return v ? "是" : "否";
  return cell.text ?? "";
}
