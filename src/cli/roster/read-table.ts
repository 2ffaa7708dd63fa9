// Reads a roster file into rows of text cells with their spreadsheet row numbers:
// .xlsx through exceljs; .csv as UTF-8 (with or without BOM) or, when it is not valid UTF-8,
// as GBK/GB18030, which Chinese Excel writes by default.
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { existsSync, readFileSync } from "node:fs";
import { readHeader } from "../../domain/roster/roster-columns.ts";
import type { RosterRows } from "../../domain/roster/read-roster.ts";
import { CliError } from "../commands/catalog.ts";

import { tableFormat } from "./table-format.ts";

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
  if (!existsSync(file)) throw new CliError(`cannot read ${file}: no such file`);
  if (format === "csv") return splitHeader(parseCsv(decodeText(readFileSync(file)).text).map((cells, i) => ({ row: i + 1, cells })));
  // The streaming reader: about twice as fast as loading the whole workbook, in less memory.
  const rows: { row: number; cells: string[] }[] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: "cache", hyperlinks: "ignore", styles: "ignore", worksheets: "emit", entries: "emit" });
    for await (const sheet of reader) {
      for await (const r of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = (r.values ?? []) as ExcelJS.CellValue[];
        rows.push({ row: r.number, cells: Array.from(values.slice(1), cellText) });
      }
      break; // the roster is the first sheet
    }
  } catch (e) {
    throw new CliError(`${file} is not a readable .xlsx file (${(e as Error).message}); save it again from Excel as .xlsx, or as .csv`);
  }
  return splitHeader(rows);
}

function cellText(v: ExcelJS.CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  // Whole numbers as Excel shows them, without an exponent (a phone typed as a number).
  if (typeof v === "number") return Number.isInteger(v) ? v.toFixed(0) : String(v);
  if (typeof v === "boolean") return v ? "是" : "否";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("text" in v && typeof v.text === "string") return v.text;
  if ("result" in v) return cellText(v.result as ExcelJS.CellValue);
  return "";
}
