// Reads an English person's name at a position: "Grace", "Chen Jing", "Auntie Wang",
// "Mrs Chen". Kinship forms keep their word (like 王阿姨); an honorific before a full name is
// dropped ("Mr. Chen Jing" → "Chen Jing") but kept before a lone surname ("Mr. Gao").
import { charSet, inSet } from "./char-set.ts";
import type { NameMatch } from "./chinese-names.ts";

const KINSHIP = /^(?:Auntie|Aunty|Aunt|Uncle|Grandma|Grandpa|Granny|Grandad|Grandmother|Grandfather|Old|Little|Big|Brother|Sister|Teacher|Master) /;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr)\.? /;
/** The first letters of KINSHIP's and HONORIFIC's words. */
const TITLE_FIRSTS = charSet("AUGOLBSTMD");
/** Capitalised words that are not names. */
const NOT_NAMES = new Set(("The|This|That|These|Those|There|Then|Today|Tonight|Yesterday|Tomorrow|Building|Block|Road|Rd|Street|" +
  "Avenue|Park|Lake|Gate|Bus|Unit|Flat|Floor|Room|Community|Centre|Center|Office|Property|Thanks|Thank|Big|Huge|Shout|" +
  "Me|Kudos|Props|Respect|Someone|Somebody|Anyone|Anybody|Everyone|Everybody|Nobody|Whoever|Whomever|Both|Either|Neither|None|Reminder|Notice|Lost|Found|Did|Does|Do|Is|Are|Was|" +
  "Were|Has|Have|Had|Can|Could|Will|Would|Should|Just|Also|And|But|So|If|When|What|Who|How|Why|Where|Which|My|Our|" +
  "Your|His|Her|Their|We|You|He|She|They|It|Its|Hi|Hello|Hey|Good|Morning|Evening|Afternoon|Night|Lol|Please|Sorry|" +
  "Ok|Okay|Yes|No|Not|Let|Went|Gave|Took|Spent|Swept|Ran|Got|Made|Saw|Kept|Brought|Caught|Picked|Helped|Cleaned|" +
  "Removed|Volunteered|Donated|Reported|Returned|Attended|Mediated|Patrolled|Cooked|Directed|Planning|Going|Monday|" +
  "Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mid-Autumn|Spring|Festival|Chinese|English|" +
  "Approved|Gate|Grid|Worker|Police|Guard|Security|Team|Ms|Mr|Mrs|Dr|Miss|Love|Great|Well|" +
  "Amazing|Wow|Happy|Merry|New|Welcome|Congrats|Congratulations|Cheers|Many|All|Every|Each|Some|Any|One|Two|Three|" +
  "Anyway|Afterwards|Later|However|Still|Luckily|Unfortunately|Actually|Honestly|Btw|First|Finally|Since|Because|Although|" +
  "After|Before|While|Once|Now|Here|Everything|Nothing|Something|Maybe|Really|Bit|Years|Girls|Guys|Folks|Right|Quick|" +
  "Update|Report|Heads|Special|Proud|Guess|Funny|Weird|Quiet|Busy|Long|Short|Another|Other|Last|Next|Most|Several").split("|"));

/** Past forms of verbs, which a report often starts with (Stood at the gate…): never a name. */
const PAST_FORM = /^(?:[A-Z][a-z]{3,}ed|Stood|Held|Rang|Fought|Bought|Sat|Led|Fed|Drove|Paid|Put|Told|Sold|Threw|Kept|Left|Met|Ran|Won|Hung|Stuck|Dug|Swept|Tore|Caught|Brought|Taught)$/;

/** A word before one of these names a place (Osmanthus Road, Jinxiu Garden), not a person. */
const PLACE_AFTER = /^ (?:Road|Rd|Street|St|Avenue|Ave|Lane|Park|Lake|River|Garden|Gardens|Estate|Community|Court|Square|Plaza|Mall|Market|Bridge|Station|District|City|Province|Village|Town|Hospital|School)\b/;
/** A lone capitalised word after "in" or "from" names a place: in Shanghai, from Wuhan. */
const PLACE_BEFORE = /(?:\b(?:in|from|near|back in)|[在去到从回住])\s*$/;

function word(text: string, at: number): string | undefined {
  const end = wordEnd(text, at);
  if (end === at) return undefined;
  const w = text.slice(at, end);
  if (NOT_NAMES.has(w) || PAST_FORM.test(w)) return undefined;
  return PLACE_AFTER.test(text.slice(end, end + 12)) ? undefined : w;
}

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;

/** Where /^[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?/ on the 24 characters at `at` ends its match (`at` when none): by char code, no slice. */
function wordEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + 24);
  if (at >= limit || !isUpper(text.charCodeAt(at))) return at;
  let p = at + 1;
  while (p < limit && isLower(text.charCodeAt(p))) p++;
  if (p === at + 1) return at;
  // (?:-[A-Z]?[a-z]+)?
  if (p < limit && text.charCodeAt(p) === HYPHEN) {
    let q = p + 1;
    if (q < limit && isUpper(text.charCodeAt(q))) q++;
    const r = q;
    while (q < limit && isLower(text.charCodeAt(q))) q++;
    if (q > r) return q;
  }
  return p;
}
const HYPHEN = 0x2d;

/** The name starting exactly at `at`, if one does. */
export function readEnglishName(text: string, at: number): NameMatch | undefined {
  // A kinship word or honorific starts with one of a few capitals: most names are read without the head's slice and two regexes.
  const head = inSet(TITLE_FIRSTS, text.charCodeAt(at)) ? text.slice(at, at + 16) : "";
  const kin = head === "" ? undefined : KINSHIP.exec(head)?.[0] ?? HONORIFIC.exec(head)?.[0];
  const p = at + (kin?.length ?? 0);
  const first = word(text, p);
  if (!first || (!kin && PLACE_BEFORE.test(text.slice(Math.max(0, at - 10), at)))) return undefined;
  let end = p + first.length;
  const second = text[end] === " " ? word(text, end + 1) : undefined;
  if (second && !/^(?:From|In|At|Of|On|Who)$/.test(second)) end += 1 + second.length;
  const bare = text.slice(p, end);
  if (!kin) return { name: bare, end };
  const keepTitle = KINSHIP.test(kin) || !second;
  return { name: keepTitle ? `${kin.trim()} ${bare}` : bare, end };
}
