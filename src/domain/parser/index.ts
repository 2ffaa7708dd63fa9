// The deed-report parser: createParser compiles a community's catalog once (one trie of its
// phrases, its counters and conflict rules); the returned function parses one message, purely.
import type { Catalog } from "../catalog.ts";
import { parserOf } from "./parser-of.ts";
import { pinyinSpeller } from "./pinyin-speller.ts";
import type { ReportParser } from "./types.ts";

export type { ParseInput, ParseLane, ParseResult, ReportParser, ParsedDeed } from "./types.ts";
export type { Spellings } from "./speller.ts";
export { catalogSpellings } from "./pinyin-speller.ts";

/** The catalog's Chinese phrases are spelled in pinyin by pinyin-pro (worker threads: parser-of.ts with the spellings as data). */
export function createParser(catalog: Catalog): ReportParser {
  return parserOf(catalog, pinyinSpeller);
}
