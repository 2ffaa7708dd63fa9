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

import { pinyin } from "pinyin-pro";
import { buildSoundLexicon, type SoundLexicon } from "./homophones.ts";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const anyOf = (words: readonly string[]): RegExp | undefined =>
  words.length ? new RegExp(words.map(escape).join("|"), "i") : undefined;

function unitCountRegex(units: readonly string[]): RegExp | undefined {
  if (!units.length) return undefined;
  const alt = units.map(escape).join("|");
  // 5张, 十二张, 5 张; six stickers, 12 small flyers, 7 of those loan ads; not 第3张 or 3栋.
  return new RegExp(`(?<![第\\d])(${NUMBER_SOURCE})\\s?(?:多|几|来)?\\s?(?:of (?:the|those|these) )?(?:[a-z-]+ )?(?:${alt})`, "gi");
}

function countAfterRegex(units: readonly string[]): RegExp | undefined {
  const cjk = units.filter((u) => /^[\u3400-\u9fff]+$/.test(u));
  if (!cjk.length) return undefined;
  // Group 1: a number before a counter word (撕了两张); group 2: a bare number ending the clause (撕了仨).
  return new RegExp(`^(?:了|掉|下|下来|掉了|下了)?\\s?(?:(${NUMBER_SOURCE})\\s?(?:多|几|来)?(?:${cjk.map(escape).join("|")})|([\\d零〇一二两俩仨三四五六七八九十]+)(?=[\\s,。!?;]|$))`);
}

export function compileCatalog(catalog: Catalog): CompiledCatalog {
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
        ? unitCountRegex([...(m.units ?? []), ...pinyinUnits(m.units ?? []), ...(m.objects ?? []).filter((o) => /^[\u3400-\u9fff]{2,}$/.test(o))])
        : undefined,
      countAfter: c.unit === "item" ? countAfterRegex(m.units ?? []) : undefined,
      requires: anyOf(m.requires ?? []),
      cancelledBy: anyOf(m.cancelledBy ?? []),
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
    lexicon: buildLexicon([...phrases, ...bareForms(phrases), ...pinyinForms(phrases)]),
    sounds: buildSoundLexicon(phrases),
    categories,
  };
}

/** Counter words spelled in pinyin after a number (4 zhang); not "fen", which is also points (分). */
function pinyinUnits(units: readonly string[]): string[] {
  const out: string[] = [];
  for (const u of units) {
    if (!/^[\u3400-\u9fff]$/.test(u)) continue;
    const [syllable] = pinyin(u, { toneType: "none", type: "array" });
    if (syllable && /^[a-z]{2,}$/.test(syllable) && syllable !== "fen" && !out.includes(syllable)) out.push(syllable);
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
function pinyinForms(phrases: ReadonlyArray<readonly [string, LexEntry]>): Array<[string, LexEntry]> {
  const known = new Set(phrases.map(([w]) => w.toLowerCase()));
  const out: Array<[string, LexEntry]> = [];
  for (const [phrase, entry] of phrases) {
    if (!PINYIN_SOURCE.test(phrase)) continue;
    const syllables = pinyin(phrase, { toneType: "none", type: "array", v: true });
    if (syllables.length !== phrase.length || syllables.some((x) => !/^[a-z]+$/.test(x))) continue;
    const forms = [syllables.join(" "), syllables.join("")];
    if (syllables.some((x) => x.includes("v"))) forms.push(...forms.map((f) => f.replace(/v/g, "u")));
    for (const form of forms) {
      if (known.has(form)) continue;
      known.add(form);
      out.push([form, { ...entry, pinyin: true, bare: true }]);
    }
  }
  return out;
}

/**
 * English base forms of the catalog's regular past forms (joined → join, tidied → tidy, mopped →
 * mop), for learners' English that leaves the tense to a time word ("Me and my wife join the
 * party yesterday"). Only where no catalog phrase has that form already; each is marked bare.
 */
function bareForms(phrases: ReadonlyArray<readonly [string, LexEntry]>): Array<[string, LexEntry]> {
  const known = new Set(phrases.map(([w]) => w.toLowerCase()));
  const out: Array<[string, LexEntry]> = [];
  for (const [phrase, entry] of phrases) {
    if (entry.role !== "keyword" && entry.role !== "action") continue;
    const m = /^([a-z]+)ed\b(.*)$/i.exec(phrase);
    if (!m?.[1]) continue;
    const stem = m[1].toLowerCase();
    const rest = m[2] ?? "";
    const bases = stem.endsWith("i") ? [`${stem.slice(0, -1)}y`]
      : /([b-df-hj-np-tv-z])\1$/.test(stem) ? [stem.slice(0, -1)]
      : [stem, `${stem}e`];
    for (const base of bases) {
      const form = base + rest;
      if (base.length < 4 || known.has(form)) continue;
      known.add(form);
      out.push([form, { ...entry, bare: true }]);
    }
  }
  return out;
}
