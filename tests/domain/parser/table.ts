// Helpers for the phenomenon tables: a row says what the parser should make of one message.
import { expect, it } from "vitest";
import { DEFAULT_CATALOG } from "../../../src/domain/default-catalog.ts";
import { createParser } from "../../../src/domain/parser/index.ts";
import type { ParseResult } from "../../../src/domain/parser/types.ts";

export const parser = createParser(DEFAULT_CATALOG);
export const NOW = new Date("2025-11-05T10:00:00+08:00"); // a Wednesday

export function parse(text: string, sender = "测试员"): ParseResult {
  return parser({ text, sender, now: NOW });
}

/** "flyer_removal:5,litter_cleanup" → the deeds as category×quantity, sorted. */
export const deedsOf = (r: ParseResult): string =>
  r.deeds.map((d) => `${d.category}:${d.quantity}`).sort().join(",");

const normalise = (spec: string): string =>
  spec.split(",").filter(Boolean).map((d) => (d.includes(":") ? d : `${d}:1`)).sort().join(",");

/** A report with these deeds (and doer, null for the sender). */
export function expectReport(text: string, deeds: string, doer: string | null = null, sender?: string): void {
  const r = parse(text, sender);
  expect(r.isReport, `should be a report: ${text}`).toBe(true);
  expect(deedsOf(r), text).toBe(normalise(deeds));
  expect(r.doer, text).toBe(doer);
}

export function expectChatter(text: string, sender?: string): void {
  const r = parse(text, sender);
  expect(r.isReport, `should not be a report: ${text} → ${deedsOf(r)} ${r.doer}`).toBe(false);
  expect(r.deeds).toEqual([]);
  expect(r.doer).toBeNull();
}

/** One table row: the message, its deeds ("category:quantity, …"), and the doer (null: the sender). */
export type Row = [text: string, deeds: string, doer?: string | null];
/** A test per row that the message is this report. */
export const reports = (rows: Row[]): void => it.each(rows)("%s", (text, deeds, doer = null) => expectReport(text, deeds, doer));
/** A test per message that it is not a report. */
export const chatter = (rows: string[]): void => it.each(rows)("%s", (text) => expectChatter(text));
