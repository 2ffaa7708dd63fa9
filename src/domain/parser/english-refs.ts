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
import { isSpace } from "./char-set.ts";
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

export function englishRefs(text: string, lower: string, seg: Segments, push: Push): void {
  const starts = clauseStarts(text, seg);
  // Capitals by char code, not a /[A-Z]/g scan: no match array per capital, and the text around one is cut only when a test needs it.
  for (let at = 0; at < text.length; at++) {
    if (!isCapital(text.charCodeAt(at))) continue;
    // Every pattern read on `before` ends in \s+$: a word right before the capital skips them all.
    const spaced = at > 0 && isSpace(text.charCodeAt(at - 1));
    const before = spaced ? text.slice(Math.max(0, at - 30), at) : "";
    // "… and Tom grabbed him"; but in "Kevin and Priya spent" the first name leads.
    const atStart = starts.includes(at) || (spaced && /\band\s+$/.test(before) && !/[A-Z][a-z]+\s+and\s+$/.test(before));
    TITLED_AT.lastIndex = at;
    const titled = TITLED_AT.test(text);
    // After praise or a relation ("thanks to", "my neighbour"), read once: both tests below need it unless titled.
    const framed = !titled && spaced && PRAISE_OR_RELATION_EN.test(before);
    if (!atStart && !titled && !framed) continue;
    const name = readEnglishName(text, at);
    if (!name) continue;
    if (atStart && !titled && !framed && !AFTER_EN_SUBJECT.test(text.slice(name.end))) continue;
    push(at, name.end, "named", name.name);
  }
  pushMatches(KIN_EN, text, "named", true, push);
  pushMatches(SELF_EN, lower, "self", false, push);
  pushMatches(PRONOUN_EN, lower, "pronoun", false, push);
  pushMatches(UNNAMED_EN, lower, "unnamed", false, push);
}

