// The deed-report parser: createParser compiles a community's catalog once (one trie of its
// phrases, its counters and conflict rules); the returned function parses one message, purely.
import type { Catalog } from "../catalog.ts";
import { compileCatalog } from "./compile-catalog.ts";
import { parseReport } from "./parse-report.ts";
import type { ReportParser } from "./types.ts";

export type { ParseInput, ParseLane, ParseResult, ReportParser, ParsedDeed } from "./types.ts";

export function createParser(catalog: Catalog): ReportParser {
  const compiled = compileCatalog(catalog);
  return (input) => parseReport(compiled, input);
}
