// The Speller backed by pinyin-pro, with each text's spellings kept for the life of the process:
// a catalog compiled again (another community's, mostly the same phrases; a catalog edited) spells
// only its new phrases. The one module of the parser that loads pinyin-pro.
import { pinyin } from "pinyin-pro";
import type { Catalog } from "../catalog.ts";
import type { Speller, Spellings } from "./speller.ts";

const toneless = new Map<string, readonly string[]>();
const toned = new Map<string, readonly string[]>();

export const pinyinSpeller: Speller = {
  toneless(text) {
    let s = toneless.get(text);
    if (s === undefined) toneless.set(text, (s = pinyin(text, { toneType: "none", type: "array", v: true })));
    return s;
  },
  toned(text) {
    let s = toned.get(text);
    if (s === undefined) toned.set(text, (s = pinyin(text, { toneType: "num", type: "array", v: true })));
    return s;
  },
};

/** A text of Chinese characters only: the catalog phrases compileCatalog may spell (it spells no others). */
const CHINESE = /^[\u3400-\u9fff]+$/;

/**
 * Every spelling compiling `catalog` may ask for, as plain data (speller.ts): both spellings of
 * each of its phrases of Chinese characters only. A few more than it asks for (a verb is not read
 * by sound), so the data does not depend on which phrases compile-catalog.ts picks.
 */
export function catalogSpellings(catalog: Catalog): Spellings {
  const out = { toneless: new Map<string, readonly string[]>(), toned: new Map<string, readonly string[]>() };
  for (const c of catalog) {
    if (!c.active) continue;
    const m = c.match;
    for (const list of [m.keywords, m.actions, m.objects, m.excludes, m.timedActions, m.units]) {
      for (const text of list ?? []) {
        if (!CHINESE.test(text) || out.toneless.has(text)) continue;
        out.toneless.set(text, pinyinSpeller.toneless(text));
        out.toned.set(text, pinyinSpeller.toned(text));
      }
    }
  }
  return out;
}
