// A parser from a catalog and the speller that spells its Chinese phrases in pinyin. Kept apart
// from index.ts, which brings pinyin-pro: a thread given the spellings as data (speller.ts)
// imports this module and never loads pinyin-pro.
import type { Catalog } from "../catalog.ts";
import { compileCatalog } from "./compile-catalog.ts";
import { parseReport } from "./parse-report.ts";
import type { Speller } from "./speller.ts";
import type { ReportParser } from "./types.ts";

export function parserOf(catalog: Catalog, spell: Speller): ReportParser {
  const compiled = compileCatalog(catalog, spell);
  return (input) => parseReport(compiled, input);
}
