// Writes a table as .xlsx (exceljs) or .csv (UTF-8 with a BOM, which Excel opens correctly).
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import type { TableFormat } from "./table-format.ts";

export type Cell = string | number | null;
export interface Sheet { name: string; header: string[]; rows: Cell[][]; widths?: number[] }

const csvCell = (c: Cell) => {
  const s = c === null ? "" : String(c);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(sheet: Sheet): string {
  return "\ufeff" + [sheet.header, ...sheet.rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export function addSheet(book: ExcelJS.Workbook, sheet: Sheet): ExcelJS.Worksheet {
  const ws = book.addWorksheet(sheet.name);
  ws.columns = sheet.header.map((h, i) => ({ header: h, width: sheet.widths?.[i] ?? Math.max(10, h.length * 2 + 2) }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  ws.addRows(sheet.rows);
  return ws;
}

export async function writeTable(file: string, format: TableFormat, sheet: Sheet): Promise<void> {
  if (format === "csv") {
    writeFileSync(file, toCsv(sheet));
    return;
  }
  const book = new ExcelJS.Workbook();
  addSheet(book, sheet);
  await book.xlsx.writeFile(file);
}
