// English mentions of people: names at a clause start followed by a verb ("Kevin from 3-2
// helped"), after praise ("thanks to Priya") or a relation ("my neighbour Grace"), titled names
// anywhere ("Ms Tang"), and the sender, pronouns and unnamed people.
import { readEnglishName } from "./english-names.ts";
import {
  AFTER_EN_SUBJECT, KIN_EN, PRAISE_EN, PRONOUN_EN, RELATION_EN, SELF_EN, TITLED_EN, UNNAMED_EN,
} from "./person-patterns.ts";
import type { Push } from "./ref-kind.ts";
import type { Segments } from "./split-clauses.ts";
import { allMatches } from "./all-matches.ts";
import { anyOf } from "./any-of.ts";

const SPACE = /^\s$/;
const PRAISE_OR_RELATION_EN = anyOf(PRAISE_EN, RELATION_EN);

export function englishRefs(text: string, lower: string, seg: Segments, push: Push): void {
  const starts = new Set(seg.clauses.map((c) => c.start + (/^\s*/.exec(text.slice(c.start))?.[0].length ?? 0)));
  for (const m of allMatches(/[A-Z]/g, text)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    // Every pattern read on `before` ends in \s+$: a word right before the capital skips them all.
    const spaced = SPACE.test(text[m.index - 1] ?? "");
    // "… and Tom grabbed him"; but in "Kevin and Priya spent" the first name leads.
    const atStart = starts.has(m.index) || (spaced && /\band\s+$/.test(before) && !/[A-Z][a-z]+\s+and\s+$/.test(before));
    const titled = TITLED_EN.test(text.slice(m.index, m.index + 12));
    // After praise or a relation ("thanks to", "my neighbour"), read once: both tests below need it unless titled.
    const framed = !titled && spaced && PRAISE_OR_RELATION_EN.test(before);
    if (!atStart && !titled && !framed) continue;
    const name = readEnglishName(text, m.index);
    if (!name) continue;
    if (atStart && !titled && !framed && !AFTER_EN_SUBJECT.test(text.slice(name.end))) continue;
    push(m.index, name.end, "named", name.name);
  }
  for (const m of allMatches(KIN_EN, text)) push(m.index, m.index + m[0].length, "named", m[1]);
  for (const m of allMatches(SELF_EN, lower)) push(m.index, m.index + m[0].length, "self");
  for (const m of allMatches(PRONOUN_EN, lower)) push(m.index, m.index + m[0].length, "pronoun");
  for (const m of allMatches(UNNAMED_EN, lower)) push(m.index, m.index + m[0].length, "unnamed");
}
