// Every mention of a person in a message, with what it is (the sender, a named person, a
// pronoun, someone unnamed) and whether it stands where a doer stands: "给独居的王奶奶送饭"
// and "扶我妈过马路" mention people who received help, not people who acted.
import { mayStartKinNick, mayStartName, readChineseName } from "./chinese-names.ts";
import { readEnglishName } from "./english-names.ts";
import { englishRefs } from "./english-refs.ts";
import {
  AT, GIVE_PRAISE_AFTER, GIVE_PRAISE_BEFORE, KIN_ZH, LEADING, MODIFIER, OBJECT_EN, OBJECT_ZH, OFFICE_PREFIX, OFFICIAL,
  PERCEIVED_EN, PERCEIVED_ZH, PET_ZH, PRAISE_CHARS, PRAISE_EN, PRAISE_ZH, PRAISED_NICK_ZH, PRONOUN_ZH, ROLE_BEFORE, SELF_ZH,
  SLOT_ENDS, THANK_ADDRESSEE, UNNAMED_ZH, PERCEIVER_ACTS, MODIFIED_NICK_ZH, CLEFT_ZH,
} from "./person-patterns.ts";
import type { Clause, Segments } from "./split-clauses.ts";

import type { Push, RefKind } from "./ref-kind.ts";
import { allMatches, pushMatches } from "./all-matches.ts";
import { charSet, inSet, isSpace, Scratch } from "./char-set.ts";


/*
 * What characters a text holds, one bit each, found by the one pass over its characters that
 * reads Chinese names: each pattern below is tried only when the text holds a character that
 * every match of it contains (most messages hold few of them).
 */
const CHINESE = 1;
const LATIN = 2; // two ASCII letters in a row: /[a-z]{2}/ on the lower-cased text
const KIN = 4; // 我, 屋: KIN_ZH
const ZI_CHAR = 8; // 子: PRAISED_NICK_ZH
const NICK = 16; // 哥姐叔婶嫂: MODIFIED_NICK_ZH (隔壁王哥)
const PET = 32; // 狗猫: PET_ZH
const PRONOUN = 64; // 他她: PRONOUN_ZH
const SELF = 128; // 我本俺自: SELF_ZH
const PRAISE = 256; // PRAISE_CHARS: PRAISE_ZH
const GIVE = 512; // 给为向: GIVE_PRAISE_BEFORE
const PERCEIVE = 1024; // 看瞧发听想觉怕: PERCEIVED_ZH
const TRIGGERS = new Map<number, number>();
for (const [chars, bit] of [["我屋", KIN], ["子", ZI_CHAR], ["哥姐叔婶嫂", NICK], ["狗猫", PET], ["他她", PRONOUN], ["我本俺自", SELF],
  [PRAISE_CHARS.source.slice(1, -1), PRAISE], ["给为向", GIVE], ["看瞧发听想觉怕", PERCEIVE]] as const) {
  for (let i = 0; i < chars.length; i++) TRIGGERS.set(chars.charCodeAt(i), (TRIGGERS.get(chars.charCodeAt(i)) ?? 0) | bit);
}
const TRIGGER_CODES = charSet([...TRIGGERS.keys()].map((c) => String.fromCharCode(c)).join(""));
const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/** SLOT_ENDS by char code. */
/** Per character of the message being read: 1 = inside an @-mention. */
const MARKS = new Scratch();
const SLOT_END_CODES = charSet([...SLOT_ENDS].join(""));
const ZI = 0x5b50; // 子
const DE_CODE = 0x7684; // 的
const JIA = 0x5bb6; // 家
const BEI = 0x88ab; // 被
const AT_SIGN = 0x40;
const SPACE = 32;
/** The range every Chinese pattern and name reads (CJK extension A and the unified ideographs). */
const CJK_FIRST = 0x3400;
const CJK_LAST = 0x9fff;

const SECOND_PERSON = /你(?!们|家)|\byou\b(?! guys| all)/g;

/** How near after a person 自己 still refers to them (那个婆婆天天自己). */
const REFLEXIVE_REACH = 4;

export interface PersonRef {
  start: number;
  end: number;
  kind: RefKind;
  name?: string;
  /** Receives the action (给X, 帮X, helped X) or accompanies the doer (和X). */
  object: boolean;
  /** Receives help (给独居的王奶奶送饭, 陪X, dinner for X): never the doer, nor what a later 她 means. */
  helped: boolean;
  /** Named in praise: 表扬X, 谢谢@X, 给X点赞, thanks to X. */
  praised: boolean;
  /** Seen doing something (看到有人…, saw someone …): the doer only of a deed in its own clause. */
  perceived: boolean;
  /** For a perceived person: where the perceiver takes over (看到有人贴小广告就把它撕了). */
  reach?: number;
  clause: number;
}

function clauseIndexOf(seg: Segments, pos: number): number {
  // Clauses run in text order: the last one starting at or before pos.
  let index = 0;
  const clauses = seg.clauses;
  for (let i = 0; i < clauses.length; i++) {
    if ((clauses[i] as { start: number }).start > pos) break;
    index = i;
  }
  return index;
}

/** 和, 跟, 同, 与 before a name join it to the one before. */
const JOINERS = ["和", "跟", "同", "与"];
/** The last character of `s` before its trailing white space ("" when none). */
const lastSolid = (s: string): string => {
  const t = s.trimEnd();
  return t.length > 0 ? t.charAt(t.length - 1) : "";
};

/** PRAISE_ZH, after a cheap test for the characters every praise word contains. */
const praisedZh = (prefix: string): boolean => PRAISE_CHARS.test(prefix) && PRAISE_ZH.test(prefix);

/** The message being read and the references found so far (module-level helpers take it, so no closures per message). */
interface Reading {
  text: string;
  seg: Segments;
  latin: boolean;
  /** What characters the text holds (CHINESE, LATIN, KIN …). */
  chars: number;
  refs: PersonRef[];
}

/** The clause's text before `pos`, at most 24 characters. */
const prefixOf = (text: string, seg: Segments, pos: number): string =>
  text.slice(Math.max(seg.clauses[clauseIndexOf(seg, pos)]?.start ?? 0, pos - 24), pos);

/**
 * Records a reference by where it stands and what it is. What it does in its sentence (praised,
 * seen, on the receiving end) is read later by describe(), only for the references that survive
 * the de-duplication: each of those reads tries several patterns.
 */
function push(r: Reading, start: number, end: number, kind: RefKind, name?: string, praisedHint = false): void {
  r.refs.push({ start, end, kind, name, object: false, helped: false, praised: praisedHint, perceived: false, reach: undefined, clause: 0 });
}

/** Fills in a reference's role from the text around it (`ref.praised` holds the finder's hint on entry). */
function describe(r: Reading, ref: PersonRef): void {
  const { text, seg, latin, chars } = r;
  const { start, end, kind } = ref;
  const clause = clauseIndexOf(seg, start);
  const prefix = text.slice(Math.max(seg.clauses[clause]?.start ?? 0, start - 24), start);
  // The English patterns read on `before` all end in a space (\s+$, or "a " and the like): a word right before the person skips them.
  const english = latin && start > 0 && isSpace(text.charCodeAt(start - 1));
  const before = english ? text.slice(Math.max(0, start - 30), start) : "";
  // Every pattern read on `prefix` needs a character of it: a person at a clause start skips them all.
  const zh = prefix.length > 0;
  // CLEFT_ZH needs a 是.
  const praised = ref.praised || (zh && (chars & PRAISE) !== 0 && praisedZh(prefix)) || (zh && kind === "named" && prefix.includes("是") && CLEFT_ZH.test(prefix)) ||
    (english && PRAISE_EN.test(before)) || (zh && (chars & GIVE) !== 0 && GIVE_PRAISE_BEFORE.test(prefix) && GIVE_PRAISE_AFTER.test(text.slice(end, end + 4)));
  const passive = passiveAt(text, end); // 王爹爹被小李扶过了马路
  const perceived = !praised && ((zh && (chars & PERCEIVE) !== 0 && PERCEIVED_ZH.test(prefix)) || (english && PERCEIVED_EN.test(before)));
  // "the man in the blue jacket who carried my bags": an unnamed person before "who" is the subject of what follows.
  const relative = latin && kind === "unnamed" && /^[^,.!?]{0,30}?\bwho\b/i.test(text.slice(end, end + 36));
  const accompanies = english && /\b(?:i|me|we) (?:and|&)\s+$/i.test(before); // I and my son …
  // 刘师傅家孩子, 王阿姨家里: a person named as the owner of a household is not who acts.
  const owner = kind === "named" && text.charCodeAt(end) === JIA;
  const object = accompanies || owner || (!praised && !perceived && !relative && (passive || (english && OBJECT_EN.test(before))));
  const then = perceived ? PERCEIVER_ACTS.exec(text.slice(end, seg.clauses[clause]?.end ?? end)) : null;
  ref.object = object;
  ref.helped = object && english && HELPED_EN.test(before);
  ref.praised = praised;
  ref.perceived = perceived;
  ref.reach = then ? end + then.index : undefined;
  ref.clause = clause;
}

/** /^\s*被/ on the two characters at `at`, read by char code (no slice, no regex). */
function passiveAt(text: string, at: number): boolean {
  const c = at < text.length ? text.charCodeAt(at) : -1;
  return c === BEI || (isSpace(c) && at + 1 < text.length && text.charCodeAt(at + 1) === BEI);
}

/** 那个婆婆天天自己扫楼道: 自己 right after another person is that person, not the sender. */
const reflexive = (text: string, refs: readonly PersonRef[], r: PersonRef): boolean => r.kind === "self" && text.startsWith("自己", r.start) &&
  refs.some((o) => o.kind !== "self" && o.end <= r.start && r.start - o.end <= REFLEXIVE_REACH && !/[,。!?\s]/.test(text.slice(o.end, r.start)));

export function findPersonRefs(text: string, lower: string, seg: Segments): PersonRef[] {
  const refs: PersonRef[] = [];
  const reading: Reading = { text, seg, latin: false, chars: 0, refs };
  // Per character of the text, 1 = inside an @-mention (a typed array, not a Set of numbers); only
  // a text with an @ has any, so most messages neither zero nor read one.
  const marks = text.includes("@") ? atMentions(reading) : null;
  // The steps are separate functions, not one: V8 optimises each on its own, and one large
  // function with all of them inlined took it far longer to compile (a cost paid in every process).
  reading.chars = chineseNames(reading, marks);
  reading.latin = (reading.chars & LATIN) !== 0;
  patternRefs(reading, lower);
  const kept: PersonRef[] = [];
  for (const r of refs) if ((marks === null || text.charCodeAt(r.start) === AT_SIGN || !((marks[r.start] as number) & 1)) && !reflexive(text, refs, r)) kept.push(r);
  const found = dedupe(kept);
  for (const r of found) describe(reading, r);
  return markObjects(text, seg, found);
}

/** @-mentions: a name (Chinese or English), or an official thanked; returns the marks, 1 on their characters. */
function atMentions(reading: Reading): Uint8Array {
  const { text } = reading;
  const marks = MARKS.zeroed(text.length + 1);
  for (const m of allMatches(AT, text)) {
    marks.fill(1, m.index, m.index + m[0].length);
    const raw = m[1] ?? "";
    // "@Wang Lei": an English full name runs past the space.
    const english = /^[A-Z]/.test(raw) ? readEnglishName(text, m.index + 1) : undefined;
    if (english) {
      marks.fill(1, m.index, english.end);
      push(reading, m.index, english.end, "named", english.name);
    } else if (!OFFICIAL.test(raw)) push(reading, m.index, m.index + m[0].length, "named", cleanAtName(raw, ENDS_HANDLE.test(text.charAt(m.index + m[0].length))));
    else if (THANK_ADDRESSEE.test(text)) {
      // An official addressed is only the reader, unless the message thanks them: then they acted.
      const name = cleanAtName(raw.replace(OFFICE_PREFIX, ""));
      if (name && readChineseName(name, 0)) push(reading, m.index, m.index + m[0].length, "named", name, true);
    }
  }
  return marks;
}

/**
 * Chinese names where a name may stand: a clause start, or after a word that a name follows (的, 表扬, 保安 …).
 * Returns what characters the text holds (CHINESE, LATIN, KIN …).
 */
function chineseNames(reading: Reading, marks: Uint8Array | null): number {
  const { text, seg } = reading;
  const clauses = seg.clauses;
  // The first clause starting at or after i - 1 (clauses run in text order): a name may stand at a clause start and one after.
  let after = 0;
  let chars = 0;
  // Reads stay inside the text (a read past either end makes V8 leave its optimised code for this loop).
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    // Every name starts with a Chinese character (readChineseName reads nothing else first).
    if (code < CJK_FIRST || code > CJK_LAST) {
      if (!(chars & LATIN) && isLetter(code) && i > 0 && isLetter(text.charCodeAt(i - 1))) chars |= LATIN;
      continue;
    }
    chars |= CHINESE;
    if (inSet(TRIGGER_CODES, code)) chars |= TRIGGERS.get(code) as number;
    if (!mayStartName(code)) {
      // mayStartNick: 刚子, 兵兵; mayStartKinNick: 红姐, 胖嫂.
      const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      if (next !== ZI && next !== code && !mayStartKinNick(text, i)) continue;
    }
    if (marks !== null && (marks[i] as number) & 1) continue;
    const p1 = i > 0 ? text.charCodeAt(i - 1) : -1;
    const prev = p1 === SPACE ? (i > 1 ? text.charCodeAt(i - 2) : -1) : p1;
    if (!inSet(SLOT_END_CODES, prev)) {
      while (after < clauses.length && (clauses[after] as Clause).start < i - 1) after++;
      if (after === clauses.length) continue;
      const start = (clauses[after] as Clause).start;
      if (start !== i && start !== i - 1) continue;
    }
    const end = nameAt(reading, i, chars);
    if (end < 0) continue;
    // The name's other characters are read here, not by the loop.
    for (let k = i + 1; k < end; k++) {
      const c = text.charCodeAt(k);
      if (inSet(TRIGGER_CODES, c)) chars |= TRIGGERS.get(c) as number;
    }
    i = end - 1;
  }
  return chars;
}

/**
 * The name at `i`, a place where one may stand, if the words before it make it one: pushed, and
 * its end returned (-1 for none). Apart from chineseNames' loop, which V8 then compiles smaller.
 */
function nameAt(reading: Reading, i: number, chars: number): number {
  const { text, seg } = reading;
  if (!readChineseName(text, i)) return -1;
  const prefix = prefixOf(text, seg, i);
  // /被\s*$/, /[和跟同与]\s*$/ and /是\s*$/ read as the last character before trailing spaces (trimEnd drops exactly \s).
  const last = lastSolid(prefix);
  const strong = MODIFIER.test(prefix) || last === "被" || ((chars & PRAISE) !== 0 && praisedZh(prefix)) || ((chars & GIVE) !== 0 && GIVE_PRAISE_BEFORE.test(prefix)) ||
    JOINERS.includes(last);
  const weak = LEADING.test(prefix) || ROLE_BEFORE.test(prefix) || last === "是";
  const name = strong || weak ? readChineseName(text, i, !strong) : undefined;
  if (!name) return -1;
  push(reading, i, name.end, "named", name.name);
  return name.end;
}

/** Kin, nicknames, pets, the sender, pronouns, the one addressed, unnamed people, and the English forms of these. */
function patternRefs(reading: Reading, lower: string): void {
  const { text, seg, refs, chars } = reading;
  const add: Push = (start, end, kind, name, praised) => push(reading, start, end, kind, name, praised);
  // Each pattern below is tried only when the text holds a character every match of it contains.
  if (chars & CHINESE) {
    if (chars & KIN) pushMatches(KIN_ZH, text, "named", true, add);
    if (chars & ZI_CHAR) {
      PRAISED_NICK_ZH.lastIndex = 0;
      for (let m = PRAISED_NICK_ZH.exec(text); m !== null; m = PRAISED_NICK_ZH.exec(text)) {
        const at = m.index + m[0].length - (m[1]?.length ?? 0);
        push(reading, at, m.index + m[0].length, "named", m[1], true);
      }
    }
    if (chars & NICK) pushMatches(MODIFIED_NICK_ZH, text, "named", true, add);
    if (chars & PET) pushMatches(PET_ZH, text, "unnamed", false, add);
    if (chars & SELF) pushMatches(SELF_ZH, text, "self", false, add);
    if (chars & PRONOUN) pushMatches(PRONOUN_ZH, text, "pronoun", false, add);
  }
  // After an @-mention, "you" is the person addressed: @阿强 …就是你捡的, @Wang Lei you calmed them down.
  const addressee = refs.find((r) => text[r.start] === "@" && r.kind === "named" && r.name);
  if (addressee?.name) for (const m of allMatches(SECOND_PERSON, lower)) push(reading, m.index, m.index + m[0].length, "named", addressee.name);
  if (chars & CHINESE) pushMatches(UNNAMED_ZH, text, "unnamed", false, add);
  if (reading.latin) englishRefs(text, lower, seg, add);
}

/**
 * A person after 给, 帮, 把, 扶 … receives the action, but only when that word stands after the
 * previous person in the clause: in "看到一个婆婆摔倒了我把她扶起来", 把 makes 她 an object, not 我.
 */
function markObjects(text: string, seg: Segments, refs: PersonRef[]): PersonRef[] {
  for (let i = 0; i < refs.length; i++) {
    const r = refs[i] as PersonRef;
    if (r.object || r.praised || r.perceived) continue;
    const prev = i > 0 ? refs[i - 1] : undefined;
    const from = Math.max(seg.clauses[r.clause]?.start ?? 0, prev && prev.clause === r.clause ? prev.end : 0, r.start - 24);
    const gap = text.slice(from, r.start);
    // 跟保安老杨, 跟物业的保安: a person right after one on the receiving end (or that one's) is on that end too.
    const apposed = prev !== undefined && prev.object && (prev.end === r.start || (r.start - prev.end === 1 && text.charCodeAt(prev.end) === DE_CODE));
    // 我看到了…就是你把…: a cleft (是你, 就是他) names the one who acted, whatever verb stands before it.
    const cleft = gap.trimEnd().endsWith("是");
    r.object = !cleft && (apposed || (gap.length > 0 && OBJECT_ZH.test(gap.charCodeAt(0) === AT_SIGN ? gap.replace(/^@\S*/, "") : gap)));
    r.helped ||= r.object && !apposed && HELPED_ZH.test(gap);
  }
  return refs;
}

/** The last word before a person gives help (给…送饭, 帮, 陪, 照顾): no 替 (on behalf of), 跟 (with), 碰到 (met). */
const HELPED_ZH = /(?:给|帮|扶|搀|陪|照顾|看望|探望|救)[^给帮替跟和同与问叫找见看碰遇,。!?]{0,12}$/;
/** Help in English: dinner for X, helped X, visited X, popped over to X's. */
const HELPED_EN = /\b(?:helped|help|for|visited|carried|walked|accompanied|escorted|fetched|to)\s+(?:a |an |the |my |our |his |her )?$/i;

/** Where an @-mention typed without a space runs into the message (@三妹你莫谦虚): the name ends before it. */
const AT_RUN_ON = /^([\u4e00-\u9fff]{2,4}?)(?:你|您|谢|真|莫|冇|没|不|今天|昨天|前天|上个?|这|那|又|也|就|都|还|帮|给|把|在|是)/;

/** What ends an @-handle typed apart from the message: a space, a mark, the end. */
const ENDS_HANDLE = /^(?:$|[\s,.!?:;、()])/;

/** `ended`: the handle stands apart (@老顽童 ,…): a nickname of up to four characters is kept whole. */
function cleanAtName(raw: string, ended = false): string {
  let name = raw.replace(/[的了啊呀吧呢哈]+$/, "");
  if (ended && name.length <= 4 && /^[\u4e00-\u9fff]+$/.test(name)) return name;
  if (name.length > 4) name = AT_RUN_ON.exec(name)?.[1] ?? name;
  const full = readChineseName(name, 0);
  return full && full.end >= name.length - 3 && full.name.length >= 2 ? full.name : name;
}

/** One reference per stretch of text: the earliest, then the longest. */
function dedupe(refs: PersonRef[]): PersonRef[] {
  // A stable insertion sort (as Array.prototype.sort, which costs more than sorting a handful).
  for (let i = 1; i < refs.length; i++) {
    const r = refs[i] as PersonRef;
    let j = i - 1;
    while (j >= 0 && comesAfter(refs[j] as PersonRef, r)) {
      refs[j + 1] = refs[j] as PersonRef;
      j--;
    }
    refs[j + 1] = r;
  }
  const out: PersonRef[] = [];
  for (const r of refs) {
    const last = out.length > 0 ? out[out.length - 1] : undefined; // index -1: a slow lookup of a property "-1"
    if (last && r.start < last.end) continue;
    out.push(r);
  }
  return out;
}

/** Order of references: by start, the longer first at the same start. */
const comesAfter = (a: PersonRef, b: PersonRef): boolean => a.start - b.start > 0 || (a.start === b.start && b.end - a.end > 0);
