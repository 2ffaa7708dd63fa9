// How the parser spells Chinese phrases in pinyin when it compiles a catalog (compile-catalog.ts:
// "xiao guang gao" for 小广告; homophones.ts: 垃圾 by its toned sound). A Speller is either
// pinyin-pro itself (pinyin-speller.ts) or, in a thread that compiles a catalog already spelled
// by another (the worker threads of `parse --jsonl`), the plain data that one made: this module
// does not load pinyin-pro, so such a thread skips its loading (~80 ms) and its spelling (~60 ms).

export interface Speller {
  /** A text's syllables without tones, ü as v (调解 → tiao, jie), one per character. */
  toneless(text: string): readonly string[];
  /** A text's syllables toned by number, ü as v (调解 → tiao2, jie3), one per character. */
  toned(text: string): readonly string[];
}

/** The spellings of a catalog's phrases as plain data, for a worker thread's workerData. */
export interface Spellings {
  toneless: ReadonlyMap<string, readonly string[]>;
  toned: ReadonlyMap<string, readonly string[]>;
}

/** A Speller that reads `data`; asked for a text it lacks it throws, as the data was made for another catalog. */
export function spellerOf(data: Spellings): Speller {
  const read = (table: ReadonlyMap<string, readonly string[]>, text: string): readonly string[] => {
    const s = table.get(text);
    if (s === undefined) throw new Error(`no pinyin spelling given for "${text}"`);
    return s;
  };
  return { toneless: (text) => read(data.toneless, text), toned: (text) => read(data.toned, text) };
}
