// The regular inflections of the catalog's English verb phrases, made when the catalog is
// compiled: a catalog that lists "scraped" and "scrape" also reads "scraping" and "scrapes",
// one that lists "dragged" reads "drag", "drags" and "dragging". Only the first word of a
// phrase is inflected (English puts the verb first: "waved cars through" → "waving cars through").
// These are rules of English spelling (e-drop, y → i, consonant doubling) and a short table of
// irregular past forms, not vocabulary: the verbs come from the catalog.

/** How a derived form tells a deed (see LexEntry): a past form tells one; a base or -s form needs a past time word; an -ing form needs a story frame (spent … -ing, saw him -ing) or a past time word. */
export type FormKind = "past" | "base" | "s" | "ing";

/** Irregular past forms (and participles) of common verbs → their base. Grammar, not catalog data. */
const IRREGULAR: Readonly<Record<string, string>> = {
  swept: "sweep", tore: "tear", torn: "tear", took: "take", taken: "take", gave: "give", given: "give", held: "hold",
  stood: "stand", caught: "catch", brought: "bring", found: "find", kept: "keep", got: "get", made: "make",
  ran: "run", shook: "shake", fed: "feed", drove: "drive", told: "tell", broke: "break",
  lent: "lend", went: "go", spent: "spend", threw: "throw", fought: "fight", bought: "buy", sent: "send",
};
/** Participles in the table, not past forms. */
const PARTICIPLES = new Set(["torn", "taken", "given"]);
const PAST_OF: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(IRREGULAR).filter(([past]) => !PARTICIPLES.has(past)).map(([past, base]) => [base, past]),
);

const VOWEL = /[aeiou]/;
/** Vowel groups: a rough syllable count. */
const syllables = (w: string): number => (w.match(/[aeiouy]+/g) ?? []).length;

/** A final consonant that doubles after one short vowel (mop → mopped, drag → dragging); not w, x, y. */
const DOUBLES = /(?:^|[^aeiou])[aeiou]([bdgklmnprtvz])$/;

function doublesFinal(base: string): boolean {
  if (!DOUBLES.test(base) || /^(?:qu|squ)/.test(base) && syllables(base) > 2) return false;
  // One syllable (pin, drag, stop), or a final l after one vowel (patrol → patrolled, travel → travelled).
  return syllables(base) === 1 || base.endsWith("l");
}

/** The base of a stem left when -ed or -ing is taken off: scrap(ed) → scrape, dragg(ed) → drag, remov(ing) → remove. */
function baseOfStem(stem: string, ing: boolean): string | undefined {
  if (stem.length < 2 || !VOWEL.test(stem)) return undefined;
  // dragg → drag, pinn → pin; patroll → patrol; but pull, kill, pass, stuff, buzz keep theirs.
  const dbl = /([b-df-hj-np-tv-z])\1$/.exec(stem);
  if (dbl) {
    if (/[sfz]/.test(dbl[1] ?? "")) return stem;
    if (dbl[1] === "l" && syllables(stem) === 1) return stem;
    return stem.slice(0, -1);
  }
  if (stem.endsWith("e")) return ing ? stem : `${stem}e`; // agre(ed) → agree; see(ing) → see
  // remov → remove, rescu → rescue, danc → dance, judg → judge, collaps → collapse, merg → merge.
  // settl → settle, tackl → tackle.
  if (/(?:[vu]|[^aeiou][cs]|dg|[rl]g|[^aeiouylr]l)$/.test(stem)) return `${stem}e`;
  // Multi-syllable -at, -ut, -is/-iz, -ag, -ang: donat → donate, contribut → contribute, organis → organise, messag → message, arrang → arrange.
  if (syllables(stem) > 1 && /(?:[^aeiou][au]t|[^aeiou]i[sz]|[^aeiou]ag|ang)$/.test(stem)) return `${stem}e`;
  // One syllable ending in one vowel and a consonant would have doubled it: scrap(ed) → scrape, wav(ed) → wave.
  if (syllables(stem) === 1 && /(?:^|[^aeiou])[aeiou][b-df-hj-np-tv-z]$/.test(stem) && !/[wxy]$/.test(stem)) return `${stem}e`;
  return stem;
}

/** The base of one English word if it is a verb form that shows it: an -ed, -ing or irregular past form. */
export function verbBase(word: string): string | undefined {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length >= 5 && word.endsWith("ied")) return `${word.slice(0, -3)}y`;
  if (word.length >= 5 && word.endsWith("ed")) return baseOfStem(word.slice(0, -2), false);
  if (word.length >= 6 && word.endsWith("ying")) return word.slice(0, -3);
  if (word.length >= 5 && word.endsWith("ing")) return baseOfStem(word.slice(0, -3), true);
  return undefined;
}

/** The -s form: wave → waves, carry → carries, push → pushes. */
function sForm(base: string): string {
  if (/(?:[sxz]|[cs]h)$/.test(base) || /[^aeiou]o$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** The -ing form: scrape → scraping, drag → dragging, carry → carrying, see → seeing. */
function ingForm(base: string): string {
  if (base.endsWith("ie")) return `${base.slice(0, -2)}ying`;
  if (/[^aeiouy]e$/.test(base) || /[^aeiou]ue$/.test(base)) return `${base.slice(0, -1)}ing`;
  if (doublesFinal(base)) return `${base}${base.slice(-1)}ing`;
  return `${base}ing`;
}

/** The past form: scrape → scraped, drag → dragged, carry → carried; irregular from the table. */
function pastForm(base: string): string {
  const irregular = PAST_OF[base];
  if (irregular) return irregular;
  if (base.endsWith("e")) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  if (doublesFinal(base)) return `${base}${base.slice(-1)}ed`;
  return `${base}ed`;
}

/** Every form of a base verb, with what each tells. */
export function inflections(base: string): Array<[string, FormKind]> {
  return [[base, "base"], [sForm(base), "s"], [ingForm(base), "ing"], [pastForm(base), "past"]];
}
