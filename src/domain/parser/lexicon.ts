// A character trie over every catalog phrase, scanned leftmost-longest: one pass per message
// finds all keywords, actions and objects, and a longer phrase hides the shorter ones inside
// it (垃圾分类 hides 垃圾). Latin phrases match at a word start and as stems.

export type Role = "keyword" | "action" | "object" | "mask" | "timed";

export interface LexEntry {
  cat: number;
  role: Role;
  /** An English base form made from the catalog's past form (joined → join): it tells a deed only with a past time word. */
  bare?: boolean;
}

export interface Token {
  start: number;
  end: number;
  entries: readonly LexEntry[];
}

interface TrieNode {
  next: Map<number, TrieNode>;
  entries?: LexEntry[];
  /** Short Latin words ("man", "ad") must end at a word end (an "s" may follow). */
  wordEnd?: boolean;
}

export interface Lexicon {
  root: TrieNode;
  /** 1 where a UTF-16 code unit starts some phrase: skips most positions without a map lookup. */
  starts: Uint8Array;
}

const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

export function buildLexicon(phrases: ReadonlyArray<readonly [string, LexEntry]>): Lexicon {
  const root: TrieNode = { next: new Map() };
  const starts = new Uint8Array(65536);
  for (const [raw, entry] of phrases) {
    const phrase = raw.toLowerCase();
    if (!phrase) continue;
    let node = root;
    starts[phrase.charCodeAt(0)] = 1;
    for (let i = 0; i < phrase.length; i++) {
      const c = phrase.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    (node.entries ??= []).push(entry);
    // A made-up base form must be the whole word: "clean" is not read inside "cleaner".
    if (/^[a-z0-9]{1,3}$/.test(phrase) || entry.bare) node.wordEnd = true;
  }
  return { root, starts };
}

function endsWord(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (Number.isNaN(c) || !isWordChar(c)) return true;
  return c === 115 && !isWordChar(text.charCodeAt(end + 1)); // plural "s"
}

/** All tokens of `lower` (already lower-cased), leftmost-longest, in text order. */
export function scanTokens(lex: Lexicon, lower: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < lower.length) {
    const first = lower.charCodeAt(i);
    if (!lex.starts[first] || (isWordChar(first) && i > 0 && isWordChar(lower.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let node: TrieNode | undefined = lex.root;
    let bestEnd = -1;
    let best: LexEntry[] | undefined;
    for (let j = i; j < lower.length && node; j++) {
      node = node.next.get(lower.charCodeAt(j));
      if (node?.entries && (!node.wordEnd || endsWord(lower, j + 1))) {
        bestEnd = j + 1;
        best = node.entries;
      }
    }
    if (best) {
      tokens.push({ start: i, end: bestEnd, entries: best });
      i = bestEnd;
    } else i++;
  }
  return tokens;
}
