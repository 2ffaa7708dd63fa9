// English mentions of people: names at a clause start followed by a verb ("Kevin from 3-2
// helped"), after praise ("thanks to Priya") or a relation ("my neighbour Grace"), titled names
// anywhere ("Ms Tang"), and the sender, pronouns and unnamed people.
import { readEnglishName } from "./english-names.ts";
import {
  AFTER_EN_SUBJECT, KIN_EN, PRAISE_EN, PRONOUN_EN, RELATION_EN, SELF_EN, TITLED_EN, UNNAMED_EN,
} from "./person-patterns.ts";
import type { Push } from "./ref-kind.ts";
import type { Segments } from "./split-clauses.ts";
import { pushMatches } from "./all-matches.ts";
import { charSet, inSet, isSpace } from "./char-set.ts";
import { anyOf } from "./any-of.ts";

const PRAISE_OR_RELATION_EN = anyOf(PRAISE_EN, RELATION_EN);
/** TITLED_EN read in place (every title and the capital after it fit in its 12 characters, so no slice is needed). */
const TITLED_AT = new RegExp(TITLED_EN.source.replace(/^\^/, ""), "y");

/** Where each clause's first word starts (after its leading spaces). */
function clauseStarts(text: string, seg: Segments): number[] {
  const starts: number[] = [];
  for (const c of seg.clauses) {
    let at = c.start;
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    starts.push(at);
  }
  return starts;
}

const isCapital = (c: number): boolean => c >= 65 && c <= 90;
/** The first letters of TITLED_EN's titles. */
const TITLE_FIRSTS = charSet("MDAUGOLB");
const D = 0x64;

/** The last character in [from, at) that is not white space, or -1. */
function solidBefore(text: string, from: number, at: number): number {
  let k = at - 1;
  while (k >= from && isSpace(text.charCodeAt(k))) k--;
  return k >= from ? text.charCodeAt(k) : -1;
}

export function englishRefs(text: string, lower: string, seg: Segments, push: Push): void {
  const starts = clauseStarts(text, seg);
  // Capitals by char code, not a /[A-Z]/g scan: no match array per capital, and the text around one is cut only when a test needs it.
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (!isCapital(code)) continue;
    // Every pattern read on `before` ends in \s+$: a word right before the capital skips them all.
    const spaced = at > 0 && isSpace(text.charCodeAt(at - 1));
    const from = Math.max(0, at - 30);
    const before = spaced ? text.slice(from, at) : "";
    // "… and Tom grabbed him"; but in "Kevin and Priya spent" the first name leads (the patterns need a d before the spaces).
    const atStart = starts.includes(at) ||
      (spaced && solidBefore(text, from, at) === D && /\band\s+$/.test(before) && !/[A-Z][a-z]+\s+and\s+$/.test(before));
    let titled = false;
    if (inSet(TITLE_FIRSTS, code)) {
      TITLED_AT.lastIndex = at;
      titled = TITLED_AT.test(text);
    }
    // After praise or a relation ("thanks to", "my neighbour"), read once: both tests below need it unless titled.
    const framed = !titled && spaced && PRAISE_OR_RELATION_EN.test(before);
    if (!atStart && !titled && !framed) continue;
    const name = readEnglishName(text, at);
    if (!name) continue;
    if (atStart && !titled && !framed && !AFTER_EN_SUBJECT.test(text.slice(name.end))) continue;
    push(at, name.end, "named", name.name);
  }
  // KIN_EN needs "my " (or "My ").
  if (lower.includes("my ")) pushMatches(KIN_EN, text, "named", true, push);
  pushMatches(SELF_EN, lower, "self", false, push);
  pushMatches(PRONOUN_EN, lower, "pronoun", false, push);
  pushMatches(UNNAMED_EN, lower, "unnamed", false, push);
}

