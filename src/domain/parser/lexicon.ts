// A character trie over every catalog phrase, scanned leftmost-longest: one pass per message
// finds all keywords, actions and objects, and a longer phrase hides the shorter ones inside
// it (垃圾分类 hides 垃圾). Latin phrases match at a word start and as stems.

import { charSet, codeUnit, inSet, type CharSet } from "./char-set.ts";

export type Role = "keyword" | "action" | "object" | "mask" | "timed";

export interface LexEntry {
  cat: number;
  role: Role;
  /** An English base form made from the catalog's past form (joined → join): it tells a deed only with a past time word. */
  bare?: boolean;
  /** An English form made from a catalog phrase (english-forms.ts), of any tense. */
  made?: boolean;
  /** An English -ing form made from the catalog's verb (scraping from scraped); also bare: it tells a deed in a story frame (spent the day scraping) or with a past time word. */
  ing?: boolean;
  /** A Chinese phrase spelled in pinyin (xiao guang gao): read only as whole words. */
  pinyin?: boolean;
}

export interface Token {
  start: number;
  end: number;
  /** The phrase's catalog entries by role, grouped once when the lexicon is built: findDeedHits reads them per token pair. */
  groups: EntryGroups;
}

/** A phrase's entries by role, each list in entry order. */
export interface EntryGroups {
  keywords: readonly LexEntry[];
  timed: readonly LexEntry[];
  objects: readonly LexEntry[];
  /** The categories of the action entries, each once. */
  actionCats: readonly number[];
  /** Per category of actionCats: every action entry of it is a made-up form (bare), and every one an -ing form. */
  actionBare: readonly boolean[];
  actionIng: readonly boolean[];
  /** Some entry is a keyword or an action: the phrase names a deed. */
  namesDeed: boolean;
}

/** Some token names a deed (a keyword or a verb). */
export function namesDeed(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.groups.namesDeed) return true;
  return false;
}

function groupEntries(entries: readonly LexEntry[]): EntryGroups {
  const actionCats: number[] = [];
  for (const e of entries) if (e.role === "action" && !actionCats.includes(e.cat)) actionCats.push(e.cat);
  const ofCat = (cat: number): LexEntry[] => entries.filter((e) => e.role === "action" && e.cat === cat);
  return {
    keywords: entries.filter((e) => e.role === "keyword"),
    timed: entries.filter((e) => e.role === "timed"),
    objects: entries.filter((e) => e.role === "object"),
    actionCats,
    actionBare: actionCats.map((cat) => ofCat(cat).every((e) => e.bare === true)),
    actionIng: actionCats.map((cat) => ofCat(cat).every((e) => e.ing === true)),
    namesDeed: entries.some((e) => e.role === "keyword" || e.role === "action"),
  };
}

/**
 * The trie flattened for scanning: nodes are numbers (the root is 0), and every edge (node, code
 * unit) → child sits in an open-addressing hash table of typed arrays, so a step of the scan is
 * a multiply and an array read or two instead of a Map lookup on a per-node object. Nodes are
 * numbered breadth first, and the edges out of the first levels (every Chinese phrase's first
 * characters) have a small table of their own: the walks of a message read a few cache lines
 * there, not lines spread over the whole table of the long English phrases' edges.
 */
export interface Lexicon {
  /** The code units that start some phrase: skips most positions without a lookup (a bit set, see char-set.ts). */
  starts: CharSet;
  /**
   * A bit per hash of the first two code units of every phrase of two or more (8 KB, stays cached):
   * where a position's pair has no bit, no longer phrase starts there and the walk down the trie,
   * a chain of hash-table reads that in a full parse mostly miss the cache, is not begun.
   */
  pairs: Int32Array;
  /** The code units that are a whole phrase by themselves. */
  singles: CharSet;
  /**
   * Edge table, `mask + 1` slots of EDGE_INTS: the parent node (-1 when the slot is empty), the code
   * unit, the child. One array, so a probe reads one cache line (three arrays took three, mostly
   * missed in a full parse); the root's edges are read from it too.
   */
  edges: Int32Array;
  mask: number;
  /** Nodes numbered below this have their edges in `nearEdges` (`nearMask + 1` slots), not in `edges`. */
  nearNodes: number;
  nearEdges: Int32Array;
  nearMask: number;
  /** Per node: the entries of the phrase ending there by role, if any. */
  groups: Array<EntryGroups | undefined>;
  /**
   * Per node: a bit per (code unit mod 32) of its children's units. Most walks end where the next
   * character goes on no phrase; the bit tells it from a small array instead of a probe of the edge
   * table, which runs to an empty slot and in a full parse mostly misses the cache.
   */
  nextUnits: Int32Array;
  /** Per node: HAS_ENTRIES when a phrase ends there, WORD_END when it must end at a word end (one small array read per step of a walk). */
  flags: Uint8Array;
}

const slotOf = (node: number, unit: number, mask: number): number => (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca77)) >>> 0 & mask;

/** Ints per slot of the edge table (the fourth pads a slot to 16 bytes: a slot never straddles two cache lines). */
const EDGE_INTS = 4;

function child(lex: Lexicon, node: number, unit: number): number {
  const near = node < lex.nearNodes;
  const edges = near ? lex.nearEdges : lex.edges;
  const mask = near ? lex.nearMask : lex.mask;
  for (let slot = slotOf(node, unit, mask); ; slot = (slot + 1) & mask) {
    const at = slot * EDGE_INTS;
    const from = edges[at] as number;
    if (from === -1) return -1;
    if (from === node && edges[at + 1] === unit) return edges[at + 2] as number;
  }
}

/** Lays the edges out in the hash table, twice as many slots as edges. */
function edgeTable(from: readonly number[], units: readonly number[], to: readonly number[]): { edges: Int32Array; mask: number } {
  let size = 16;
  while (size < from.length * 2) size *= 2;
  const mask = size - 1;
  const edges = new Int32Array(size * EDGE_INTS).fill(-1);
  for (let k = 0; k < from.length; k++) {
    const node = from[k] as number;
    const unit = units[k] as number;
    let slot = slotOf(node, unit, mask);
    while (edges[slot * EDGE_INTS] !== -1) slot = (slot + 1) & mask;
    edges[slot * EDGE_INTS] = node;
    edges[slot * EDGE_INTS + 1] = unit;
    edges[slot * EDGE_INTS + 2] = to[k] as number;
  }
  return { edges, mask };
}

const HAS_ENTRIES = 1;
const WORD_END = 2;
/** Every entry of the phrase is a made-up English form, no mask: it hides no catalog phrase at its start. */
const MADE = 4;
/** A phrase ends at `node` and may end at `end` of the `n` units of the text. */
const phraseEnds = (lex: Lexicon, node: number, units: Uint16Array, n: number, end: number): boolean => {
  const f = lex.flags[node] as number;
  return (f & HAS_ENTRIES) !== 0 && ((f & WORD_END) === 0 || endsWord(units, n, end));
};

const PAIR_BITS = 65536;
const pairHash = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) >>> 16;
const mayPair = (lex: Lexicon, a: number, b: number): boolean => {
  const h = pairHash(a, b);
  return (((lex.pairs[h >>> 5] as number) >>> (h & 31)) & 1) === 1;
};

/** A phrase that is, or ends with, a word of at most three letters or digits. */
const SHORT_LAST_WORD = /(?:^|\s)[a-z0-9]{1,3}$/;

const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

export function buildLexicon(phrases: ReadonlyArray<readonly [string, LexEntry]>): Lexicon {
  // Per node (the root is 0): the phrase's entries, whether it must end at a word end, its children's unit bits.
  const entries: Array<LexEntry[] | undefined> = [undefined];
  const wordEnd: boolean[] = [false];
  const nextUnits: number[] = [0];
  // The edges as they are made, and each by its key node * 65536 + unit while phrases go in.
  const childOf = new Map<number, number>();
  const from: number[] = [];
  const units: number[] = [];
  const to: number[] = [];
  let firstUnits = "";
  let singleUnits = "";
  const pairs = new Int32Array(PAIR_BITS >>> 5);
  for (const [raw, entry] of phrases) {
    const phrase = raw.toLowerCase();
    if (!phrase) continue;
    firstUnits += phrase.charAt(0);
    if (phrase.length === 1) singleUnits += phrase;
    else {
      const h = pairHash(phrase.charCodeAt(0), phrase.charCodeAt(1));
      pairs[h >>> 5] = (pairs[h >>> 5] as number) | (1 << (h & 31));
    }
    let node = 0;
    for (let i = 0; i < phrase.length; i++) {
      const c = phrase.charCodeAt(i);
      let next = childOf.get(node * 65536 + c);
      if (next === undefined) {
        next = entries.length;
        childOf.set(node * 65536 + c, next);
        entries.push(undefined);
        wordEnd.push(false);
        nextUnits.push(0);
        nextUnits[node] = (nextUnits[node] as number) | (1 << (c & 31));
        from.push(node);
        units.push(c);
        to.push(next);
      }
      node = next;
    }
    (entries[node] ??= []).push(entry);
    // A made-up base form must be the whole word: "clean" is not read inside "cleaner"; so must a
    // short last word: "turned it in" is not read inside "turned it into".
    if (SHORT_LAST_WORD.test(phrase) || entry.bare || entry.pinyin) wordEnd[node] = true;
  }
  // Numbered again breadth first (`rank` of each node as made, `order` the nodes by their new numbers):
  // edges are made in phrase order, so a node's children come after it and each level after the one before.
  const count = entries.length;
  const rank = new Int32Array(count);
  const order = new Int32Array(count);
  const kids: number[][] = [];
  for (let k = 0; k < count; k++) kids.push([]);
  for (let k = 0; k < from.length; k++) (kids[from[k] as number] as number[]).push(to[k] as number);
  const depth = new Int32Array(count);
  let nearNodes = count;
  for (let head = 0, tail = 1; head < tail; head++) {
    const n = order[head] as number;
    rank[n] = head;
    if (depth[n] === NEAR_DEPTH && nearNodes === count) nearNodes = head;
    for (const c of kids[n] as number[]) {
      depth[c] = (depth[n] as number) + 1;
      order[tail++] = c;
    }
  }
  const nearFrom: number[] = [];
  const nearUnits: number[] = [];
  const nearTo: number[] = [];
  const farFrom: number[] = [];
  const farUnits: number[] = [];
  const farTo: number[] = [];
  for (let k = 0; k < from.length; k++) {
    const parent = rank[from[k] as number] as number;
    const near = parent < nearNodes;
    (near ? nearFrom : farFrom).push(parent);
    (near ? nearUnits : farUnits).push(units[k] as number);
    (near ? nearTo : farTo).push(rank[to[k] as number] as number);
  }
  const { edges, mask } = edgeTable(farFrom, farUnits, farTo);
  const { edges: nearEdges, mask: nearMask } = edgeTable(nearFrom, nearUnits, nearTo);
  // Plain loops: TypedArray.from with a mapping function is slow before V8 optimises it (this runs once).
  const flags = new Uint8Array(count);
  const childUnits = new Int32Array(count);
  const groups: Array<EntryGroups | undefined> = [];
  for (let k = 0; k < count; k++) {
    const n = order[k] as number;
    const e = entries[n];
    flags[k] = (e ? HAS_ENTRIES : 0) | (wordEnd[n] ? WORD_END : 0) | (e?.every((x) => x.made === true && x.role !== "mask") ? MADE : 0);
    childUnits[k] = nextUnits[n] as number;
    groups.push(e && groupEntries(e));
  }
  return { starts: charSet(firstUnits), pairs, singles: charSet(singleUnits), edges, mask, nearNodes, nearEdges, nearMask, groups, flags, nextUnits: childUnits };
}

/** The depth of the first nodes whose edges are not in the near table: those out of the root and of the first two levels are (some 3,000 in a catalog of 26,000 nodes). */
const NEAR_DEPTH = 3;

/** Reads stay inside the text's `n` units (the scratch buffer holds more: what lies past them is another message's). */
function endsWord(units: Uint16Array, n: number, end: number): boolean {
  if (end >= n) return true;
  const c = units[end] as number;
  if (!isWordChar(c)) return true;
  return c === 115 && (end + 1 >= n || !isWordChar(units[end + 1] as number)); // plural "s"
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** `c` goes on the word of `prev`; a unit right after a number starts a word of its own (400ml, 3pcs). */
const midWord = (c: number, prev: number): boolean => isWordChar(prev) && (!isDigit(prev) || isDigit(c));

/** Scratch for the code units of a message (cut to 1,000 characters before parsing; a longer text gets its own). */
const UNITS = new Uint16Array(1024);

/** All tokens of `lower` (already lower-cased), leftmost-longest, in text order. */
export function scanTokens(lex: Lexicon, lower: string): Token[] {
  const n = lower.length;
  const units = n <= UNITS.length ? UNITS : new Uint16Array(n);
  for (let i = 0; i < n; i++) units[i] = codeUnit(lower, i);
  return scanUnits(lex, units, n);
}

/**
 * scanTokens on the first `n` code units of `units`: a text spelled by sound (homophones.ts) is
 * scanned from the typed array it is built in, without first being made a string.
 */
export function scanUnits(lex: Lexicon, units: Uint16Array, n: number): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < n) {
    const first = units[i] as number;
    if (!inSet(lex.starts, first) || (isWordChar(first) && i > 0 && midWord(first, units[i - 1] as number))) {
      i++;
      continue;
    }
    // No phrase of two or more starts with this pair: only a one-character phrase can be read here,
    // and the walk down the trie is not begun.
    if (i + 1 < n && !mayPair(lex, first, units[i + 1] as number)) {
      const one = inSet(lex.singles, first) ? child(lex, 0, first) : -1;
      if (one >= 0 && phraseEnds(lex, one, units, n, i + 1)) {
        tokens.push({ start: i, end: i + 1, groups: lex.groups[one] as EntryGroups });
      }
      i++;
      continue;
    }
    let node = child(lex, 0, first);
    let bestEnd = -1;
    let bestNode = -1;
    // The longest catalog phrase here, for when the longest of all is a made-up form (sorting out the
    // argument, made from "sorted out the argument", over the catalog's "sorting out"): both are read.
    let hardEnd = -1;
    let hardNode = -1;
    for (let j = i; j < n && node >= 0; j++) {
      if (j > i) {
        const unit = units[j] as number;
        node = (((lex.nextUnits[node] as number) >>> (unit & 31)) & 1) === 1 ? child(lex, node, unit) : -1;
      }
      if (node < 0) break;
      if (phraseEnds(lex, node, units, n, j + 1)) {
        bestEnd = j + 1;
        bestNode = node;
        if (((lex.flags[node] as number) & MADE) === 0) {
          hardEnd = bestEnd;
          hardNode = node;
        }
      }
    }
    if (bestNode >= 0) {
      tokens.push({ start: i, end: bestEnd, groups: lex.groups[bestNode] as EntryGroups });
      if (hardNode >= 0 && hardNode !== bestNode) {
        tokens.push({ start: i, end: hardEnd, groups: lex.groups[hardNode] as EntryGroups });
        i = hardEnd;
      } else i = bestNode === hardNode ? bestEnd : i + 1;
    } else i++;
  }
  return tokens;
}
