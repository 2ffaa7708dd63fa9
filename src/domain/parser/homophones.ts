// Speech-to-text slips: a recogniser that hears 垃圾 may write 拉鸡, 井盖 景盖, 调解 条解. The
// catalog's Chinese nouns and keywords are also read by their sound, tones included: each Chinese
// character stands for its toned syllable, and a second trie over the phrases spelled that way is
// scanned where the first found nothing. The tones keep 衣走 (yi1) from reading as 移走 (yi2) and
// 卖菜 (mai4) as 买菜 (mai3). Only nouns and keywords of two or more characters are read by sound:
// a one-character verb has too many namesakes (减到 for 捡到), except with the particle that makes
// it a deed told done: 斯了 and 丝掉 are heard as 撕了 and 撕掉, 现了 as 献了 (现在 stays 现在).
// A third trie reads them loosely, as a Jingmen ear hears them (no tones, n for l, in for ing),
// where a message names no deed or a verb has no object, and keeps a reading only where one
// character is written as in the phrase: 巡落 is 巡逻, 进盖子 is 井盖.
// A message's characters are read from a table made ahead of time (char-sounds.ts), not by
// pinyin-pro: parsing loads no pinyin-pro, and a worker thread given the catalog's spellings
// (speller.ts) none at all.

import { CHAR_SOUND_DIGITS, CHAR_SOUNDS, SYLLABLES } from "./char-sounds.ts";
import { buildLexicon, namesDeed, scanTokens, scanUnits, type EntryGroups, type LexEntry, type Lexicon, type Token } from "./lexicon.ts";
import { codeUnit } from "./char-set.ts";
import type { Speller } from "./speller.ts";

const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;
/** Each toned syllable is written as one private-use character: U+E000 + its number. */
const SOUND_BASE = 0xe000;
const NO_SOUND = -1;

/**
 * The number of each toned syllable ("la1"), shared by every catalog and message: those of the
 * character table first (number n - 1 for its n-th), then any other a phrase is spelled with in
 * context (a second reading no character has alone).
 */
const soundIds = new Map<string, number>(SYLLABLES.split(" ").map((s, i) => [s, i]));

/** Per CJK character: its syllable's number, or NO_SOUND (decoded once: 21,000 characters take well under a millisecond). */
const soundOfChar = new Int16Array(CJK_LAST - CJK_FIRST + 1);
for (let k = 0; k < soundOfChar.length; k++) {
  const n = CHAR_SOUND_DIGITS.indexOf(CHAR_SOUNDS.charAt(2 * k)) * 64 + CHAR_SOUND_DIGITS.indexOf(CHAR_SOUNDS.charAt(2 * k + 1));
  soundOfChar[k] = n - 1; // 0, no reading, is NO_SOUND
}

const idOf = (syllable: string): number => {
  let id = soundIds.get(syllable);
  if (id === undefined) soundIds.set(syllable, (id = soundIds.size));
  return id;
};

/** A character's own reading (the commonest, for one that has several). */
const charSound = (code: number): number => soundOfChar[code - CJK_FIRST] as number;
// 了 is read as the particle (le), its reading in every phrase read by sound (撕了), not liao3 (了解).
soundOfChar["了".charCodeAt(0) - CJK_FIRST] = idOf("le0");

const isCjk = (c: number): boolean => c >= CJK_FIRST && c <= CJK_LAST;
const SPACE = 0x20;
/** Scratch buffer for a message's spelling (a message is cut to 1,000 characters before parsing). */
const SPOKEN = new Uint16Array(1024);

/** Phrases read by sound: two or more Chinese characters, none a grammatical particle. */
const BY_SOUND = /^[\u4e00-\u9fff]{2,}$/;
const PARTICLE = /[了的着过个地得吗呢吧啊]/;
/** A one-character verb with the particle of a deed done (撕了, 撕掉): read by sound as a whole. */
const VERB_DONE = /^[\u4e00-\u9fff][了掉]$/;

/** A phrase as its syllables (in context: 调解 is tiao2 jie3), or undefined where some character has no reading. */
function spell(phrase: string, speller: Speller): string | undefined {
  const syllables = speller.toned(phrase);
  if (syllables.length !== phrase.length || syllables.some((s) => !/^[a-z]+[0-5]$/.test(s))) return undefined;
  return String.fromCharCode(...syllables.map((s) => SOUND_BASE + idOf(s)));
}

export interface SoundLexicon {
  lexicon: Lexicon;
  /**
   * The catalog's nouns and keywords by their loose syllables (looseSyllable), read only where a
   * message names no deed, or a verb with no object: 巡落, 独剧, 小光告.
   */
  loose: Lexicon | undefined;
  /** Per phrase read loosely (its entry groups): the catalog's phrases spelled that way, to find a character written as in the phrase. */
  looseOrigins: ReadonlyMap<EntryGroups, readonly string[]>;
}

/**
 * A syllable as a Jingmen ear may hear it, the fuzzy pinyin Chinese input methods offer: no tone,
 * zh/z, ch/c, sh/s, n/l and -ng/-n (not -ong) merged. Hubei speech merges n and l and the nasal
 * endings, and a recogniser that misses a tone or an ending writes 巡落 for 巡逻, 进盖 for 井盖.
 */
export function looseSyllable(syllable: string): string {
  return syllable.replace(/\d$/, "").replace(/^([zcs])h/, "$1").replace(/^n(?!g)/, "l").replace(/([aei])ng$/, "$1n");
}

/** The number of each loose syllable, shared by every catalog and message. */
const looseIds = new Map<string, number>();
const looseIdOf = (syllable: string): number => {
  let id = looseIds.get(syllable);
  if (id === undefined) looseIds.set(syllable, (id = looseIds.size));
  return id;
};
/** Per toned syllable number: its loose number (filled as syllables are numbered). */
const looseOfToned: number[] = [];
function looseOf(toned: number): number {
  let id = looseOfToned[toned];
  if (id === undefined) {
    for (const [syllable, n] of soundIds) looseOfToned[n] ??= looseIdOf(looseSyllable(syllable));
    id = looseOfToned[toned] as number;
  }
  return id;
}

function spellLoose(phrase: string, speller: Speller): string | undefined {
  const syllables = speller.toneless(phrase);
  if (syllables.length !== phrase.length || syllables.some((s) => !/^[a-z]+$/.test(s))) return undefined;
  return String.fromCharCode(...syllables.map((s) => SOUND_BASE + looseIdOf(looseSyllable(s))));
}

/** The trie of the catalog's nouns and keywords by sound, or undefined when it has none. */
export function buildSoundLexicon(phrases: ReadonlyArray<readonly [string, LexEntry]>, speller: Speller): SoundLexicon | undefined {
  const spelled: Array<[string, LexEntry]> = [];
  const loose: Array<[string, LexEntry]> = [];
  const origins = new Map<string, string[]>();
  for (const [phrase, entry] of phrases) {
    if (entry.pinyin) continue;
    const noun = (entry.role === "keyword" || entry.role === "object") && BY_SOUND.test(phrase) && !PARTICLE.test(phrase);
    if (!noun && !(entry.role === "action" && VERB_DONE.test(phrase))) continue;
    const sound = spell(phrase, speller);
    if (sound) spelled.push([sound, entry]);
    const flat = noun ? spellLoose(phrase, speller) : undefined;
    if (flat) {
      loose.push([flat, entry]);
      const list = origins.get(flat) ?? [];
      if (!list.includes(phrase)) list.push(phrase);
      origins.set(flat, list);
    }
  }
  if (!spelled.length) return undefined;
  const looseLexicon = loose.length ? buildLexicon(loose) : undefined;
  const looseOrigins = new Map<EntryGroups, readonly string[]>();
  // Each loose spelling's node, found by scanning the spelling itself: its whole length is one token.
  if (looseLexicon) {
    for (const [flat, phrases] of origins) {
      const whole = scanTokens(looseLexicon, flat).find((t) => t.start === 0 && t.end === flat.length);
      if (whole) looseOrigins.set(whole.groups, [...(looseOrigins.get(whole.groups) ?? []), ...phrases]);
    }
  }
  return { lexicon: buildLexicon(spelled), loose: looseLexicon, looseOrigins };
}

/**
 * `tokens` (the message's tokens read by spelling) with the phrases heard in the message's other
 * Chinese characters added, in text order. A phrase heard where a token already stands is not added.
 */
export function addSoundTokens(sounds: SoundLexicon | undefined, lower: string, tokens: Token[]): Token[] {
  if (!sounds) return tokens;
  // The spelling is built in a typed array and scanned there (made a string, it cost more than the scan).
  const n = lower.length;
  const toned = n <= SPOKEN.length ? SPOKEN : new Uint16Array(n);
  let any = false;
  for (let i = 0; i < n; i++) {
    const c = codeUnit(lower, i);
    const id = isCjk(c) ? charSound(c) : NO_SOUND;
    if (id >= 0) {
      toned[i] = SOUND_BASE + id;
      any = true;
    } else toned[i] = SPACE;
  }
  if (!any) return tokens;
  const heard = scanUnits(sounds.lexicon, toned, n);
  let out = heard.length ? merged(tokens, heard) : tokens;
  // Loose readings only where the message names no deed, or a verb has no object to go with: most reports pay nothing more.
  if (sounds.loose && (verbWithoutObject(out) || !namesDeed(out))) {
    for (let i = 0; i < n; i++) if (toned[i] !== SPACE) toned[i] = SOUND_BASE + looseOf((toned[i] as number) - SOUND_BASE);
    const found = scanUnits(sounds.loose, toned, n);
    const kept = found.filter((t) => writtenAlike(sounds.looseOrigins.get(t.groups), lower, t));
    if (kept.length) out = merged(out, kept);
  }
  return heard.some(heardVerb) ? out.filter((t, i) => !heardVerb(t) || !heard.includes(t) || objectFollows(out, i, lower) || objectFronted(out, i, lower)) : out;
}

/**
 * A loose reading keeps at least one character as the phrase writes it (巡落, 独剧, 进盖 for 井盖):
 * a slip changes a character, not the whole word. Two characters both merely alike in sound are
 * mostly another word: 先学 is not 献血.
 */
function writtenAlike(phrases: readonly string[] | undefined, lower: string, t: Token): boolean {
  if (!phrases) return false;
  for (const p of phrases) for (let k = 0; k < p.length; k++) if (lower.charCodeAt(t.start + k) === p.charCodeAt(k)) return true;
  return false;
}

/** Some token is a verb and none is an object (斯了四张小光告: the object was not read by spelling or toned sound). */
function verbWithoutObject(tokens: readonly Token[]): boolean {
  let verb = false;
  for (const t of tokens) {
    if (t.groups.objects.length > 0) return false;
    if (t.groups.actionCats.length > 0) verb = true;
  }
  return verb;
}

/** 把 before a verb heard by sound fronts its object: 把站牌上的三张办证广告斯了. */
function objectFronted(tokens: readonly Token[], i: number, lower: string): boolean {
  const verb = tokens[i] as Token;
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    const between = lower.slice(t.end, verb.start);
    if (verb.start - t.end > OBJECT_REACH || CLAUSE_MARK.test(between)) return false;
    if (!t.groups.objects.some((o) => verb.groups.actionCats.includes(o.cat))) continue;
    const ba = lower.lastIndexOf("把", t.start);
    return ba >= 0 && t.start - ba <= OBJECT_REACH && !CLAUSE_MARK.test(lower.slice(ba, t.start));
  }
  return false;
}

/** `tokens` with the `heard` ones added in text order, except where one overlaps a token already there. */
function merged(tokens: readonly Token[], heard: readonly Token[]): Token[] {
  const out: Token[] = [];
  let k = 0;
  for (const h of heard) {
    while (k < tokens.length && (tokens[k] as Token).end <= h.start) out.push(tokens[k++] as Token);
    const next = tokens[k];
    if (next && next.start < h.end) continue; // overlaps a token read by spelling
    out.push(h);
  }
  while (k < tokens.length) out.push(tokens[k++] as Token);
  return out;
}

/** A verb heard by sound (斯了): the trie by sound holds no other action. */
const heardVerb = (t: Token): boolean => t.groups.actionCats.length > 0 && t.groups.keywords.length === 0;

/** How far after a verb heard by sound its object may stand (斯了7张开锁的小广告). */
const OBJECT_REACH = 12;
const CLAUSE_MARK = /[,，。!！?？;；\n]/;

/**
 * A verb heard by sound tells a deed only with an object of its own deed after it, in its clause:
 * 斯了7张小广告, 现了三百毫升血; not 屋里来客了 (客了 as 克了, went) after a meeting not gone to.
 */
function objectFollows(tokens: readonly Token[], i: number, lower: string): boolean {
  const verb = tokens[i] as Token;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.start - verb.end > OBJECT_REACH || CLAUSE_MARK.test(lower.slice(verb.end, t.start))) return false;
    for (const o of t.groups.objects) if (verb.groups.actionCats.includes(o.cat)) return true;
  }
  return false;
}
