// One message through the pipeline: normalise, find deed mentions, keep those stated as done,
// find who did them, count and price them.
import { MAX_REPORT_POINTS } from "../catalog.ts";
import type { CompiledCatalog } from "./compile-catalog.ts";
import { calibrate, laneOf, rateConfidence } from "./confidence.ts";
import { countQuantity } from "./count-quantity.ts";
import { COMPLETED, ELDER_NAME, KIN_NAMED, PAST_TIME, PRAISED, SECOND_PERSON, ELSEWHERE_EN, ELSEWHERE_ZH, NAME_UNKNOWN, OWN_FAMILY, OWN_HOME, OWN_KIN_NAMED, OWN_QUARREL } from "./cues.ts";
import { findDeedHits, type DeedHit } from "./find-deed-hits.ts";
import { findDoer, subjectBefore, type Doer } from "./find-doer.ts";
import { findDoers } from "./find-doers.ts";
import { findWhen, resolveDate } from "./find-when.ts";
import { findWhere } from "./find-where.ts";
import { isAsserted } from "./is-asserted.ts";
import { addSoundTokens } from "./homophones.ts";
import { isChatter, officeOwn } from "./is-chatter.ts";
import { nameInFull } from "./name-in-full.ts";
import { isSurnameAlone, readChineseName } from "./chinese-names.ts";
import { namesDeed, scanTokens, type Token } from "./lexicon.ts";
import { normalizeMessage } from "./normalize-text.ts";
import { readPinyin } from "./read-pinyin.ts";
import { findPersonRefs, type PersonRef } from "./person-refs.ts";
import { reportTagLength } from "./report-tag.ts";
import { splitClauses, type Segments } from "./split-clauses.ts";
import type { ParseInput, ParsedDeed, ParseResult } from "./types.ts";

/** Reports are a few lines; a pasted essay is read only this far, so no message can stall the bot. */
const MAX_CHARS = 1000;

/** A fresh answer "not a report" (a literal, not a spread of a shared object: most messages end here). */
const notAReport = (tagged: boolean): ParseResult => ({
  isReport: false, lane: "no", deeds: [], doer: null, doers: [], when: null, whenDate: null, where: null, confidence: 0, totalPoints: 0, tagged,
});

/** How far before the deed's verb the one helped may stand (帮他婆婆|搞卫生). */
const FAMILY_REACH = 8;
const FAMILY_REACH_EN = 16;

/** A 他 or 她 the deed is done for. */
const HELPED_PRONOUN_ZH = /[他她]/;
/** How far before a deed done for 他 or 她 the teller's kin may be named and be the one meant. */
const KIN_PRONOUN_REACH = 20;

/** 我爸在屋里摔了一跤 我扶他起来: the 他 helped is the teller's own kin named just before. */
function forKinByPronoun(hit: DeedHit, lower: string): boolean {
  const at = hit.start ?? hit.anchor;
  if (!HELPED_PRONOUN_ZH.test(lower.slice(at, hit.end))) return false;
  const before = lower.slice(Math.max(0, at - KIN_PRONOUN_REACH), at);
  const kin = KIN_NAMED.exec(before);
  // 送伢上学的时候看到有个婆婆…我帮她: someone else named after the kin is the one meant.
  return kin !== null && !SOMEONE_ELSE.test(before.slice(kin.index + kin[0].length));
}
/** A person other than kin, named between the kin and the 他/她. */
const SOMEONE_ELSE = /婆婆|爹爹|奶奶|爷爷|老人|阿姨|叔叔|大姐|大哥|小伙|姑娘|师傅|大爷|大妈|老太|有人|个人|邻居/;

/** Whether the deed's words help the doer's own family: 帮他婆婆 told of 小胖, 扶我妈 told by the sender. */
function forOwnFamily(hit: DeedHit, lower: string, doer: Doer): boolean {
  if (doer.kind === "self" && forKinByPronoun(hit, lower)) return true;
  if (doer.kind === "unnamed") return false;
  // The one helped may stand before the verb: 帮他婆婆搞卫生.
  const reach = lower.charCodeAt(hit.anchor) < 128 ? FAMILY_REACH_EN : FAMILY_REACH;
  // …or after a verb that names no one helped: 调解了我两个伢的纠纷.
  const m = OWN_FAMILY.exec(lower.slice(Math.max(0, hit.anchor - reach), Math.min(lower.length, hit.end + 6)));
  const who = m?.[1]?.trim();
  if (!who) return false;
  return who === "自己" || (doer.kind === "self" ? who === "我" || who === "my" || who === "our" : who !== "我" && who !== "my" && who !== "our");
}

/**
 * The sender is the one helped (扶我过马路的那个伢, helped me up): a thank-you, not the sender's own
 * deed. Per deed, where helpedSender below needs the whole message to thank someone.
 */
const HELPED_ME = /(?:扶|帮|替|救|送)(?:了)?我(?![们家的妈爸婆公爷奶儿女孙老屋])|\b(?:helped|help|helps|helping|carried|walked|saved|pulled|gave) me\b/;

function forSender(hit: DeedHit, lower: string, doer: Doer): boolean {
  if (doer.kind !== "self") return false;
  return HELPED_ME.test(lower.slice(Math.max(0, hit.anchor - 2), Math.min(lower.length, hit.end + 4)));
}

const clauseText = (seg: Segments, lower: string, h: DeedHit): string => {
  const c = seg.clauses[h.clause];
  return c ? lower.slice(c.start, c.end) : "";
};
/** The sender speaks of themself: 我, I, me, we. */
const SELF = /我|本人|俺|\b(?:i|me|we|my)\b/i;
const findsSelf = (text: string): boolean => SELF.test(text);

/** A doer named by kinship alone (儿子, 我姐, my brother): the sender's own relative. */
const RELATIVE = /^(?:老表|老大|老二|老三|大伢|小伢|老公|老婆|爱人|媳妇|老伴|老头子?|婆婆|公公|外婆|外公|奶奶|爷爷|妈|爸|儿子|女儿|姑娘|闺女|孩子|孙子|孙女|孙伢|伢|姐姐|哥哥|弟弟|妹妹|姐|哥|弟|妹|女婿|儿媳|儿媳妇|侄子|侄儿子|侄儿|侄女|外甥|外甥女|表哥|表姐|表弟|表妹|舅舅|姑姑|姨妈|husband|wife|son|daughter|dad|mum|mom|father|mother|grandson|granddaughter|brother|sister|cousin|nephew|niece|son-in-law|daughter-in-law|grandma|grandpa|granny|grandmother|grandfather|aunt|uncle|外孙|外孙女|孙媳妇)$/;

/** Help given to the sender: 帮我, 给我, helped me. */
const HELPS_SENDER = /(?:帮|给|替)我(?!们)|\bhelp(?:ed|s)? me\b/;

/** Thanks in the message. */
const THANKS = /谢谢|感谢|多谢|\bthanks?\b|\bthank you\b/;
/** 给我, 帮我, 替我 (HELPS_SENDER) in the deed's clause up to its end, for every deed: the sender received them. */
function helpedSender(hits: readonly DeedHit[], seg: Segments, lower: string): boolean {
  for (const h of hits) {
    const c = seg.clauses[h.clause];
    if (!c || !HELPS_SENDER.test(lower.slice(c.start, h.end))) return false;
  }
  return hits.length > 0;
}

/** An elder of the family at home: 我们屋里爹爹, 在家帮他爷爷; not 我家楼下的爹爹 (a neighbour). */
const ELDER_AT_HOME = /(?:在家|在屋里|我们屋里|我屋里|我们家|我家|家里)([^,。!?\s]{0,5}?)(?:的)?(?:爷爷|奶奶|爹爹|婆婆|外公|外婆|姥姥|姥爷|公公|老人家)/;
const NEIGHBOUR_WORD = /楼|隔壁|对门|对面|邻|栋|单元|附近|门口/;

function elderAtHome(lower: string): boolean {
  const m = ELDER_AT_HOME.exec(lower);
  return m !== null && !NEIGHBOUR_WORD.test(m[1] ?? "");
}

/**
 * An elder who lives with the family (跟我们住一起, moved in with us): help given to them is family
 * life, not a community deed, whoever in the household gives it.
 */
const LIVES_WITH = /(?:跟|和|同)(?:我们|我|我家|我们家)(?:一起)?住|住(?:在)?(?:我们?家|我屋里|一起)|(?:lives?|living|moved in) with (?:us|me|my family)/;

/** Where the deed was done elsewhere (another city, the home town): not this community's deed when a relative did it. */
const elsewhere = (text: string, lower: string): boolean => ELSEWHERE_ZH.test(lower) || ELSEWHERE_EN.test(text) || KIN_AWAY.test(lower);
/** Told of kin who lives away: back from a city (从北京回来), over there (在宜昌那边), at their own school or work (他们公司组织捐款, 在学校捡了钱; not 在学校门口). */
const KIN_AWAY = /从[\u4e00-\u9fff]{2,3}回来|在[\u4e00-\u9fff]{2,3}那边|在那边|在(?:学校|单位|公司)(?!门口)|[他她]们(?:公司|学校|单位|厂里|大学|班上|部队)/;

/** Characters or words every OWN_HOME phrase contains: a cheap test first. */
const MAY_BE_HOME = /[冰厨阳卧客床沙家屋]|\bmy\b|\bour\b/;

/** The deed's own clause puts it inside the doer's home (冰箱, my kitchen): a joke or a chore, not a community deed. */
function atOwnHome(hit: DeedHit, seg: Segments, lower: string): boolean {
  const c = seg.clauses[hit.clause];
  if (c === undefined) return false;
  const clause = lower.slice(c.start, c.end);
  return MAY_BE_HOME.test(clause) && OWN_HOME.test(clause);
}

/** `home` holds (category, sentence) pairs of hits told at home: `h` is one of them, or the same deed in that sentence. */
function toldAtHome(home: readonly number[], h: DeedHit, seg: Segments): boolean {
  const sentence = seg.clauses[h.clause]?.sentence ?? -1;
  for (let i = 0; i < home.length; i += 2) if (home[i] === h.cat && home[i + 1] === sentence) return true;
  return false;
}

function priceDeeds(compiled: CompiledCatalog, hits: readonly DeedHit[], seg: Segments, lower: string): ParsedDeed[] {
  // Categories in order of their first hit, each with its own hits (arrays, not a Map: a message has a handful).
  const order: number[] = [];
  const own: DeedHit[][] = [];
  for (const h of hits) {
    const k = order.indexOf(h.cat);
    if (k >= 0) (own[k] as DeedHit[]).push(h);
    else {
      order.push(h.cat);
      own.push([h]);
    }
  }
  const deeds: ParsedDeed[] = [];
  for (let k = 0; k < order.length; k++) {
    const c = compiled.categories[order[k] as number];
    if (!c) continue;
    const quantity = countQuantity(c, own[k] as DeedHit[], hits, seg, lower);
    deeds.push({ category: c.code, quantity, points: c.points * quantity });
  }
  return deeds;
}

/** The sentences that tell the deeds (with the marks that end them), and where the last deed ends. */
function deedWindow(done: readonly DeedHit[], seg: Segments): { start: number; end: number; lastDeedEnd: number } {
  let first = Infinity;
  let last = -1;
  let lastDeedEnd = 0;
  for (const h of done) {
    const s = seg.clauses[h.clause]?.sentence ?? 0;
    if (s < first) first = s;
    if (s > last) last = s;
    if (h.end > lastDeedEnd) lastDeedEnd = h.end;
  }
  // Up to the next sentence's start: the marks that end the last one (哈哈哈, ?) belong to it.
  return { start: seg.sentences[first]?.start ?? 0, end: seg.sentences[last + 1]?.start ?? Infinity, lastDeedEnd };
}

function allCompleted(done: readonly DeedHit[], seg: Segments, lower: string): boolean {
  if (PAST_TIME.test(lower)) return true;
  // Each deed told done somewhere: 扶着她一路问到门诊楼 needs no 了 of its own beside 帮她找到了科室.
  const open: number[] = [];
  const closed: number[] = [];
  // An -ing form kept as a deed was told in a story frame (spent the afternoon, 2pm to 6pm, interpreting): done.
  for (const h of done) (h.ing || COMPLETED.test(clauseText(seg, lower, h)) ? closed : open).push(h.cat);
  return open.every((cat) => closed.includes(cat));
}

/** Highest points of one unit of a deed. */
function topPoints(deeds: readonly ParsedDeed[]): number {
  let top = -Infinity;
  for (const d of deeds) top = Math.max(top, d.points / d.quantity);
  return top;
}

function sumPoints(deeds: readonly ParsedDeed[]): number {
  let sum = 0;
  for (const d of deeds) sum += d.points;
  return sum;
}

/** An @-handle that a space or a mark ends soon after: @巡逻队老王, @Patrol Team. */
const MENTION = /@[^\s@,。!?:;]{1,10}(?=[\s,。!?:;]|$)/g;

/** Deed words inside an @-handle are a name, not a deed: 今晚巡逻冇克 @巡逻队老王 跟你说一声. */
function outsideMentions(tokens: Token[], lower: string): Token[] {
  const spans: Array<[number, number]> = [];
  for (const m of lower.matchAll(MENTION)) spans.push([m.index, m.index + m[0].length]);
  if (spans.length === 0) return tokens;
  return tokens.filter((t) => !spans.some(([a, b]) => t.start > a && t.start < b));
}

/** Told as one more deed: 今天还把…, 又, 顺手, at another time of the day (下午在社区…), then, also. */
const ONE_MORE = /还|又|另外|后来|然后|顺手|顺便|^\s*(?:上午|中午|下午|晚上|傍晚)|\b(?:also|then|afterwards|later)\b/;

/** The one helped as a pronoun, in either language: the person of a deed told before. */
const HELPED_PRONOUN_ANY = /[他她]|\b(?:him|her)\b/;

/** How a quarrel ended, not what anyone did to end it: 和好了, 不吵了, 讲开了, shook hands. */
const RESOLVED = /和好|不吵|讲开|说开|消停|握了?手|言和|\b(?:shook|shake) hands?\b|\bmade (?:up|peace)\b/;

/** A deed's own subject is the message's doer, or none is told. */
function sameDoer(subject: Doer | undefined, doer: Doer): boolean {
  return subject === undefined || (subject.kind === doer.kind && subject.name === doer.name);
}

/**
 * A catch-all (helping others) told beside another deed is most often part of it (帮保安登记 on
 * guard duty, helped carry the boxes of a donation): it gives way, unless the other deeds are all of
 * the categories it stands beside, or it is told as one more deed (还把…, then) by the same doer.
 */
function catchAllGivesWay(
  compiled: CompiledCatalog, done: DeedHit[], seg: Segments, lower: string, refs: readonly PersonRef[], doer: Doer,
): DeedHit[] {
  const cats = compiled.categories;
  let drop = false;
  for (const h of done) {
    const beside = cats[h.cat]?.standsBeside;
    if (!beside) continue;
    const others = done.filter((o) => o.cat !== h.cat && !cats[o.cat]?.standsBeside);
    if (others.length === 0 || others.every((o) => beside.has(o.cat))) continue;
    // …天天把门口扫得干干净净 今天还把一个走丢的伢送到了派出所: one more deed, in a clause of its own, by the same doer.
    // …把树拖到路边 回来又给社区打了电话: the other deeds told as one more after it, by the same doer.
    // …一把抓住伢的衣领子拖了上来 小杨又把他送回了家: taking home the one rescued (him, her) ends the rescue, not one more deed.
    const endsGreater = HELPED_PRONOUN_ANY.test(clauseText(seg, lower, h)) && others.some((o) => cats[o.cat]?.otherwise === h.cat);
    if (!endsGreater && others.every((o) => o.clause !== h.clause) && sameDoer(subjectBefore(refs, h), doer) &&
      (ONE_MORE.test(clauseText(seg, lower, h)) || others.every((o) => o.clause > h.clause && ONE_MORE.test(clauseText(seg, lower, o))))) continue;
    drop = true;
  }
  return drop ? done.filter((h) => !cats[h.cat]?.standsBeside) : done;
}

/** The person the message is addressed to by an @-mention. */
function addressed(text: string, name: string): boolean {
  return text.includes(`@${name}`);
}

/**
 * Care for a lone elder (a category that claims its catch-all's hits, as elder care does) is done for
 * the elder the message names: 给独居的陈奶奶送了午饭 is the sender's deed, not 陈奶奶's.
 */
function careReceiver(compiled: CompiledCatalog, hits: readonly DeedHit[], refs: readonly PersonRef[], text: string, doer: Doer): Doer {
  if (doer.kind !== "named" || !ELDER_NAME.test(doer.name)) return doer;
  // @陈婆婆 你昨天帮…: the elder spoken to did it.
  if (addressed(text, doer.name)) return doer;
  for (const h of hits) {
    const fallback = compiled.categories[h.cat]?.otherwise;
    if (fallback === undefined || !compiled.categories[fallback]?.promotesTo.includes(h.cat)) continue;
    // 杨大姐真的是好人 … 孤寡的熊婆婆 … 是她陪到克医院的: another person named who is not an elder did it.
    const other = refs.find((r) => r.kind === "named" && r.name && !r.object && !r.helped && !ELDER_NAME.test(r.name));
    return other?.name ? { kind: "named", name: other.name } : { kind: "self", name: undefined };
  }
  return doer;
}

/** Words every sentence naming a lost thing's owner holds. */
const MAY_NAME_OWNER = /失主|主人|来拿|来领|来取|认领|owner|belong|\bof (?:a |an )?(?:mr|mrs|ms|miss)\b/i;
/** A thing found (捡到, found): then 是刘姐掉的, 原来是罗师傅滴 names whose it was. */
const FOUND_THING = /捡|拾到|\bfound\b/i;

/**
 * The one named as a lost thing's owner (失主找到了 是五栋的陈师傅, 周伢来拿走了, ID card of a Mr Hu;
 * after a thing found, 问了一圈是刘姐掉的, 原来是罗师傅滴) received it back.
 */
function owner(text: string, doer: Doer): Doer {
  if (doer.kind !== "named") return doer;
  const named = MAY_NAME_OWNER.test(text);
  const found = FOUND_THING.test(text);
  if (!named && !found) return doer;
  const name = doer.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`(?:失主|主人|owner)[^。!?.]{0,12}${name}|${name}[^,。!?\\s]{0,3}(?:来|过来)?(?:拿走|领走|取走|领回|认领)|(?:of|belongs to|belonged to|owned by) (?:a |an )?${name}`, "i");
  if (named && re.test(text)) return { kind: "self", name: undefined };
  const whose = new RegExp(`是[^,。!?\\s]{0,8}?${name}(?:掉|丢|落)?[的滴](?=[\\s,。!?]|$)`);
  return found && whose.test(text) ? { kind: "self", name: undefined } : doer;
}

/** 帮对门的罗爹爹报一下, 替我公公报一下: the one a deed is reported for (group 1, after any 的). */
const REPORTED_FOR = /(?:帮|替|代)(?:我)?([^\s,，。:：!?！？]{1,8}?)(?:申)?[报发](?:一下|一哈|下)/;
/** Named after the fact: 她叫刘桂芳, 他叫郭德富. */
const CALLED_NAME = /(?:他|她)(?:的名字)?叫([\u4e00-\u9fff]{2,3})(?=[\s,，。!！]|$)/;

/**
 * A deed reported for someone who cannot type (帮我老娘报一下 她叫刘桂芳): they did it, by the name the
 * message gives them, else as the one it was reported for.
 */
function relayedFor(text: string, doer: Doer): Doer {
  const m = REPORTED_FOR.exec(text);
  if (!m?.[1]) return doer;
  const called = CALLED_NAME.exec(text)?.[1];
  if (called && readChineseName(called, 0)) return { kind: "named", name: called };
  const who = m[1].slice(m[1].lastIndexOf("的") + 1);
  if (doer.kind === "named" || /^(?:他|她|他们|我|自己)$/.test(who)) return doer;
  // The name that ends the words: 楼下万婆婆, 对门丁姐.
  for (let at = 0; at < who.length - 1; at++) {
    const name = readChineseName(who, at);
    if (name && name.end === who.length) return { kind: "named", name: name.name };
  }
  // 帮桂芳报一下: the frame names a person, so a given name read as no name (桂 is a surname only before a title) is theirs.
  return BARE_GIVEN_NAME.test(who) && !NOT_A_PERSON.test(who) ? { kind: "named", name: who } : doer;
}

/** Reporting for Mr. Liu, on behalf of Anna Kowalski: group 1, the one reported for. */
const REPORTED_FOR_EN = /\breport(?:ing|ed)? (?:this )?(?:for|on behalf of) (?:my (?:neighbour|neighbor|friend) )?((?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][a-z]+|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b/i;

function relayedForEn(text: string, doer: Doer): Doer {
  const m = REPORTED_FOR_EN.exec(text);
  const name = m?.[1];
  return name && /^[A-Z]/.test(name) ? { kind: "named", name } : doer;
}

/** A title after a full name is not part of it: @汤姆老师 is 汤姆, 吴国华老师 is 吴国华; 欧阳老师 keeps it. */
const TITLE_AFTER = /^(.{2,})(?:老师|同志|先生|女士)$/;
const untitled = (doer: Doer): Doer => {
  const m = doer.kind === "named" ? TITLE_AFTER.exec(doer.name) : null;
  return m?.[1] && !isSurnameAlone(m[1]) ? { kind: "named", name: m[1] } : doer;
};

/** A name read inside a catalog word that goes on past it (小光 of 小光告, heard as 小广告) is part of that word, not a person. */
function withoutWordParts(refs: PersonRef[], tokens: readonly Token[]): PersonRef[] {
  const part = (r: PersonRef): boolean => r.kind === "named" && tokens.some((t) => t.start <= r.start && t.end > r.end && !t.groups.namesDeed);
  return refs.some(part) ? refs.filter((r) => !part(r)) : refs;
}
/** Two or three Chinese characters: a given name, in the frame of a relay. */
const BARE_GIVEN_NAME = /^[\u4e00-\u9fff]{2,3}$/;
/** Characters of a place or a group, not a person: 帮楼下报一下, 帮我们栋报下. */
const NOT_A_PERSON = /[楼栋单元号区家屋们里边面上下这那大]/;

export function parseReport(compiled: CompiledCatalog, input: ParseInput): ParseResult {
  const tagged = reportTagLength(input.text) > 0;
  const typed = normalizeMessage(input.text.slice(0, MAX_CHARS));
  const read = addSoundTokens(compiled.sounds, typed.lower, scanTokens(compiled.lexicon, typed.lower));
  const tokens = typed.lower.includes("@") ? outsideMentions(read, typed.lower) : read;
  // Most chatter names no deed at all: stop before the costlier steps.
  if (!tagged && !namesDeed(tokens)) return notAReport(tagged);
  // Clauses as typed (a space beside a read 了 is no clause break); every later rule reads pinyin
  // function words as Chinese (wo … le → 我 … 了), at the same positions.
  const seg = splitClauses(typed.text);
  const { text, lower } = readPinyin(typed.text, typed.lower, tokens);
  const hits: DeedHit[] = [];
  // SECOND_PERSON first: three short alternatives, and most messages speak to nobody.
  const praised = SECOND_PERSON.test(lower) && PRAISED.test(lower);
  for (const h of findDeedHits(tokens, seg, compiled, lower)) if (isAsserted(h, seg, lower, praised, typed.lower)) hits.push(h);
  if (!tagged && hits.length === 0) return notAReport(tagged);
  // Notices, commands, forwarded news: tried only now, as a message naming a deed mostly states none
  // done (a question, a plan), and notices are few (answers are the same in either order).
  if (!tagged && isChatter(text)) return notAReport(tagged);
  const refs = withoutWordParts(findPersonRefs(text, lower, seg), tokens);
  const found = findDoer(refs, hits, input.sender);
  // The doer by the full name, then not the elder cared for, not the owner given back, and the one reported for.
  let doer = nameInFull(found, refs, text, found.kind === "named" && RELATIVE.test(found.name));
  doer = careReceiver(compiled, hits, refs, text, doer);
  doer = owner(text, doer);
  doer = untitled(relayedForEn(text, relayedFor(text, doer)));
  // A name the teller says they do not know (不晓得她叫么斯, we don't know your name) is no name: 那个妹子 is a stranger.
  if (!tagged && (doer.kind === "unnamed" || (doer.kind === "self" && NAME_UNKNOWN.test(text)) ||
    (doer.kind === "named" && NAME_UNKNOWN.test(text) && THANKS.test(lower)))) {
    return notAReport(tagged);
  }
  if (!tagged && doer.kind === "named" && RELATIVE.test(doer.name) && elsewhere(text, lower)) return notAReport(tagged);
  if (!tagged && officeOwn(text, doer.kind === "named" && !RELATIVE.test(doer.name))) return notAReport(tagged);
  // 谢谢那个给我让座的姐姐, thanks to whoever helped me: the sender received the deed and thanks someone unnamed.
  if (!tagged && doer.kind === "self" && THANKS.test(lower) && helpedSender(hits, seg, lower)) return notAReport(tagged);
  // 我屋里婆婆天天帮我带伢: a relative helping the sender is family life, not a community deed.
  const relativeHelpsSender = doer.kind === "named" && RELATIVE.test(doer.name) && HELPS_SENDER.test(lower);
  // 扶了个老太太过马路 原来是我奶奶: the one helped is named as the sender's own kin after the deed;
  // or the elder helped lives with the family.
  const ownKin = (doer.kind === "self" && OWN_KIN_NAMED.test(lower)) || LIVES_WITH.test(lower) ||
    ((doer.kind === "self" || (doer.kind === "named" && RELATIVE.test(doer.name))) && elderAtHome(lower));
  let done = hits;
  if (!tagged) {
    done = [];
    // A deed told at home once (巡逻了一个钟头的冰箱) is a joke each time it is told again (都巡到肚子里了).
    const home: number[] = [];
    for (const h of hits) if (atOwnHome(h, seg, lower)) home.push(h.cat, seg.clauses[h.clause]?.sentence ?? -1);
    // 我跟老公吵了一架 … 和好了: the teller's own quarrel made up is no quarrel settled between others.
    const between = hits.filter((h) => compiled.categories[h.cat]?.betweenOthers);
    // 卖菜的跟卖肉的吵了一上午 现在和好了: only how it ended, and the sender never says they did anything: the two made it up alone.
    const ownQuarrel = doer.kind === "self" && between.length > 0 &&
      (OWN_QUARREL.test(lower) || (!praised && !findsSelf(text) && between.every((h) => RESOLVED.test(lower.slice(h.anchor, h.end)))));
    if (!relativeHelpsSender && !ownKin) {
      // 帮9栋的聂师傅报一下: the relay's 帮 helps nobody.
      const relay = lower.includes("报") ? REPORTED_FOR.exec(lower) : null;
      for (const h of hits) {
        if (ownQuarrel && compiled.categories[h.cat]?.betweenOthers) continue;
        if (relay && h.anchor >= relay.index && h.end <= relay.index + relay[0].length) continue;
        if (!forOwnFamily(h, lower, doer) && !toldAtHome(home, h, seg) && !forSender(h, lower, doer)) done.push(h);
      }
    }
  }
  if (!tagged && done.length === 0) return notAReport(tagged);
  done = catchAllGivesWay(compiled, done, seg, lower, refs, doer);
  const deeds = priceDeeds(compiled, done, seg, lower);
  const when = findWhen(text);
  const score = deeds.length === 0 ? 0.5 : rateConfidence({
    tagged, lower, praised,
    window: deedWindow(done, seg),
    completed: allCompleted(done, seg, lower),
    subjectStated: doer.kind === "named" || findsSelf(text),
    topPoints: topPoints(deeds),
  });
  const lane = tagged ? "sure" : laneOf(score);
  const doers = findDoers(text, done, doer, input.sender);
  return {
    isReport: lane === "sure",
    lane,
    tagged,
    deeds,
    doer: doers[0] ?? null,
    doers,
    when,
    whenDate: resolveDate(when, input.now),
    where: findWhere(text),
    confidence: tagged ? score : calibrate(score),
    totalPoints: Math.min(MAX_REPORT_POINTS, sumPoints(deeds)),
  };
}
