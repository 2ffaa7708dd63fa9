// Turns catalog data into what the parser runs on: one trie of every phrase, and per category
// its counter words, required cues and conflict rules, compiled once in createParser.
import type { Catalog, DeedCategory } from "../catalog.ts";
import { buildLexicon, type LexEntry, type Lexicon } from "./lexicon.ts";
import { NUMBER_SOURCE } from "./numerals.ts";

export interface CompiledCategory {
  code: string;
  points: number;
  unit: DeedCategory["unit"];
  /** "5张", "six stickers": group 1 is the number. */
  unitCount?: RegExp;
  /** A count right after the verb stands for its object: 撕了两张, 铲了仨. */
  countAfter?: RegExp;
  requires?: RegExp;
  /** Phrases anywhere in the message that undo the deed (还没找到失主, nobody picks up). */
  cancelledBy?: RegExp;
  /** A deed between others: not told where the teller is a party (OWN_QUARREL). */
  betweenOthers: boolean;
  otherwise?: number;
  /** Categories that claim this one as their `otherwise`: a hit of this one about their object, where their cue holds, is theirs. */
  promotesTo: number[];
  /** The category's objects, for telling whether a hit of its `otherwise` category is about one. */
  objectsRe?: RegExp;
  yieldsToAll: boolean;
  yieldsTo: ReadonlySet<number>;
  /** A catch-all that gives way to other deeds anywhere in the message, except these categories. */
  standsBeside?: ReadonlySet<number>;
}

export interface CompiledCatalog {
  lexicon: Lexicon;
  /** The catalog's nouns and keywords by sound, for speech-to-text slips (拉鸡 for 垃圾). */
  sounds: SoundLexicon | undefined;
  categories: CompiledCategory[];
}

import { buildSoundLexicon, type SoundLexicon } from "./homophones.ts";
import type { Speller } from "./speller.ts";
import { inflections, verbBase } from "./english-forms.ts";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const anyOf = (words: readonly string[]): RegExp | undefined =>
  words.length ? new RegExp(words.map(escape).join("|"), "i") : undefined;

function unitCountRegex(units: readonly string[]): RegExp | undefined {
  if (!units.length) return undefined;
  const alt = units.map(escape).join("|");
  // 5张, 十二张, 5 张; six stickers, 12 small flyers, 7 of those loan ads; not 第3张 or 3栋, nor the day's
  // numeral in 礼拜二四张 (Tuesday, four) read as one number.
  // The words between are the items' kind ('debt clearing', small), not a joint or another count (5 but one of them).
  return new RegExp(`(?<![第\\d拜期周])(${NUMBER_SOURCE})\\s?(?:多|几|来)?\\s?(?:of (?:the|those|these) )?(?:(?!(?:but|and|or|then|one|two|three|four|five|six)\\b)['"]?[a-z/-]+['"]? ){0,3}?(?:${alt})`, "gi");
}

function countAfterRegex(units: readonly string[]): RegExp | undefined {
  const cjk = units.filter((u) => /^[\u3400-\u9fff]+$/.test(u));
  if (!cjk.length) return undefined;
  // Group 1: a number before a counter word (撕了两张); group 2: a bare number ending the clause (撕了仨).
  return new RegExp(`^(?:了|掉|下|下来|掉了|下了)?\\s?(?:(${NUMBER_SOURCE})\\s?(?:多|几|来)?(?:${cjk.map(escape).join("|")})|([\\d零〇一二两俩仨三四五六七八九十]+)(?=[\\s,。!?;]|$))`);
}

/** `spell` gives the pinyin of the catalog's Chinese phrases (speller.ts: pinyin-pro, or its answers as data). */
export function compileCatalog(catalog: Catalog, spell: Speller): CompiledCatalog {
  const active = catalog.filter((c) => c.active);
  const index = new Map(active.map((c, i) => [c.code, i]));
  const phrases: Array<[string, LexEntry]> = [];
  const categories = active.map((c, cat): CompiledCategory => {
    const m = c.match;
    const add = (words: readonly string[] | undefined, role: LexEntry["role"]): void => {
      for (const word of words ?? []) phrases.push([word, { cat, role }]);
    };
    add(m.keywords, "keyword");
    add(m.actions, "action");
    add(m.objects, "object");
    add(m.excludes, "mask");
    add(m.timedActions, "timed");
    const yieldTo = m.yieldTo ?? [];
    return {
      code: c.code,
      points: c.points,
      unit: c.unit,
      // 俩小广告, 仨贴纸: a numeral with its counter built in stands right before the object.
      unitCount: c.unit === "item"
        ? unitCountRegex([...(m.units ?? []), ...pinyinUnits(m.units ?? [], spell), ...(m.objects ?? []).filter((o) => /^[\u3400-\u9fff]{2,}$/.test(o))])
        : undefined,
      countAfter: c.unit === "item" ? countAfterRegex(m.units ?? []) : undefined,
      requires: anyOf(m.requires ?? []),
      cancelledBy: anyOf(m.cancelledBy ?? []),
      betweenOthers: m.betweenOthers === true,
      otherwise: m.otherwise !== undefined ? index.get(m.otherwise) : undefined,
      promotesTo: [],
      objectsRe: anyOf(m.objects ?? []),
      yieldsToAll: yieldTo.includes("*"),
      yieldsTo: new Set(yieldTo.map((code) => index.get(code)).filter((i) => i !== undefined)),
      standsBeside: m.standsBeside ? new Set(m.standsBeside.map((code) => index.get(code)).filter((i) => i !== undefined)) : undefined,
    };
  });
  categories.forEach((c, i) => {
    if (c.otherwise !== undefined && active[i]?.match.claimsOtherwise) categories[c.otherwise]?.promotesTo.push(i);
  });
  return {
    lexicon: buildLexicon([...phrases, ...englishForms(phrases), ...pinyinForms(phrases, spell)]),
    sounds: buildSoundLexicon(phrases, spell),
    categories,
  };
}

/** Counter words spelled in pinyin after a number (4 zhang); not "fen", which is also points (分). */
function pinyinUnits(units: readonly string[], spell: Speller): string[] {
  const out: string[] = [];
  for (const u of units) {
    if (!/^[\u3400-\u9fff]$/.test(u)) continue;
    const [syllable] = spell.toneless(u);
    // Not a syllable with ü (v in this spelling): counters were read in pinyin without them.
    if (syllable && /^[a-z]{2,}$/.test(syllable) && !syllable.includes("v") && syllable !== "fen" && !out.includes(syllable)) out.push(syllable);
  }
  return out;
}

/** A phrase of two or more Chinese characters, the shortest one spelled in pinyin (one syllable would read English words: he, bang, song). */
const PINYIN_SOURCE = /^[\u3400-\u9fff]{2,}$/;

/**
 * The catalog's Chinese phrases spelled in toneless pinyin, as residents and expats type them in
 * mixed messages: 小广告 → "xiao guang gao" and "xiaoguanggao", 绿化带 → "lv hua dai" and "lu hua dai".
 * Made from the catalog itself, so a community's own phrases get their spellings too; each must be a whole word,
 * and, having no tense, tells a deed only with a past time word (zuo tian, le, yesterday), as bare English forms do.
 */
function pinyinForms(phrases: ReadonlyArray<readonly [string, LexEntry]>, spell: Speller): Array<[string, LexEntry]> {
  // A form that is a catalog phrase itself (an English word) is not read as pinyin; one phrase in
  // several categories (清理 for flyers and for litter) gets its form in each, once per role.
  const catalogPhrases = new Set(phrases.map(([w]) => w.toLowerCase()));
  const made = new Set<string>();
  const out: Array<[string, LexEntry]> = [];
  for (const [phrase, entry] of phrases) {
    if (!PINYIN_SOURCE.test(phrase)) continue;
    const syllables = spell.toneless(phrase);
    if (syllables.length !== phrase.length || syllables.some((x) => !/^[a-z]+$/.test(x))) continue;
    const forms = [syllables.join(" "), syllables.join("")];
    if (syllables.some((x) => x.includes("v"))) forms.push(...forms.map((f) => f.replace(/v/g, "u")));
    for (const form of forms) {
      const key = `${form}\u0000${entry.cat}\u0000${entry.role}`;
      if (catalogPhrases.has(form) || made.has(key)) continue;
      made.add(key);
      out.push([form, { ...entry, pinyin: true, bare: true }]);
    }
  }
  return out;
}

/** Roles whose English verb phrases are inflected: masks too, so "took a photo" hides "taking a photo". */
const INFLECTED_ROLES: ReadonlySet<LexEntry["role"]> = new Set(["keyword", "action", "mask"]);
/** An English phrase: a first word, and the rest. */
const ENGLISH_PHRASE = /^([a-z]+)((?:\s.*)?)$/;

/**
 * The regular inflections of the catalog's English verb phrases (english-forms.ts): every phrase
 * whose first word is a verb that the catalog shows as one (an -ed, -ing or irregular past form of
 * it is listed: scraped, removing, swept) gets its other forms, where the catalog has not given
 * that form to that category already. A past form tells a deed as listed ones do; a base or -s form
 * is marked bare (a deed only with a past time word: "Me and my wife join the party yesterday"); an
 * -ing form is marked bare and ing (also a deed in a story frame: spent the day scraping, saw him sweeping).
 */
function englishForms(phrases: ReadonlyArray<readonly [string, LexEntry]>): Array<[string, LexEntry]> {
  const key = (form: string, e: LexEntry): string => `${form}\u0000${e.cat}\u0000${e.role}`;
  const known = new Set(phrases.map(([w, e]) => key(w.toLowerCase(), e)));
  // Forms the catalog lists as telling a deed by themselves (help, cleaning the): so they do for every category.
  const plain = new Set(phrases.filter(([, e]) => e.role === "keyword" || e.role === "action").map(([w]) => w.toLowerCase()));
  const verbs = new Set<string>();
  const parts: Array<[string, string, LexEntry]> = [];
  for (const [phrase, entry] of phrases) {
    if (!INFLECTED_ROLES.has(entry.role)) continue;
    const m = ENGLISH_PHRASE.exec(phrase.toLowerCase());
    if (!m?.[1]) continue;
    const base = verbBase(m[1]);
    if (base) verbs.add(base);
    parts.push([base ?? m[1], m[2] ?? "", entry]);
  }
  const out: Array<[string, LexEntry]> = [];
  for (const [base, rest, entry] of parts) {
    if (!verbs.has(base)) continue;
    for (const [word, kind] of inflections(base)) {
      const form = word + rest;
      // One short word alone (pin, mop) is too often something else; a one-word keyword's base and
      // -s forms are mostly nouns (volunteer, rescue, donates is rare): only its -ing and past forms.
      if (!rest && (word.length < 4 || (entry.role === "keyword" && (kind === "base" || kind === "s")))) continue;
      if (known.has(key(form, entry))) continue;
      known.add(key(form, entry));
      const made = { ...entry, made: true };
      out.push([form, kind === "past" || plain.has(form) ? made : kind === "ing" ? { ...made, bare: true, ing: true } : { ...made, bare: true }]);
    }
  }
  return out;
}
