// Every mention of a person in a message, with what it is (the sender, a named person, a
// pronoun, someone unnamed) and whether it stands where a doer stands: "给独居的王奶奶送饭"
// and "扶我妈过马路" mention people who received help, not people who acted.
import { mayStartName, readChineseName } from "./chinese-names.ts";
import { readEnglishName } from "./english-names.ts";
import { englishRefs } from "./english-refs.ts";
import {
  AT, GIVE_PRAISE_AFTER, GIVE_PRAISE_BEFORE, KIN_ZH, LEADING, MODIFIER, OBJECT_EN, OBJECT_ZH, OFFICE_PREFIX, OFFICIAL,
  PERCEIVED_EN, PERCEIVED_ZH, PET_ZH, PRAISE_CHARS, PRAISE_EN, PRAISE_ZH, PRAISED_NICK_ZH, PRONOUN_ZH, ROLE_BEFORE, SELF_ZH,
  SLOT_ENDS, THANK_ADDRESSEE, UNNAMED_ZH, PERCEIVER_ACTS, MODIFIED_NICK_ZH, CLEFT_ZH,
} from "./person-patterns.ts";
import type { Segments } from "./split-clauses.ts";

import type { Push, RefKind } from "./ref-kind.ts";
import { allMatches, pushMatches } from "./all-matches.ts";
import { charSet, inSet, isSpace, Scratch } from "./char-set.ts";


/** Characters every MODIFIED_NICK_ZH match (隔壁王哥) contains. */
const MAY_BE_MODIFIED_NICK = /[哥姐叔婶嫂]/;

/** SLOT_ENDS by char code. */
/** Per character of the message being read: 1 = inside an @-mention, 2 = a clause starts here. */
const MARKS = new Scratch();
const SLOT_END_CODES = charSet([...SLOT_ENDS].join(""));
const ZI = 0x5b50; // 子
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
  r.refs.push({ start, end, kind, name, object: false, praised: praisedHint, perceived: false, reach: undefined, clause: 0 });
}

/** Fills in a reference's role from the text around it (`ref.praised` holds the finder's hint on entry). */
function describe(r: Reading, ref: PersonRef): void {
  const { text, seg, latin } = r;
  const { start, end, kind } = ref;
  const clause = clauseIndexOf(seg, start);
  const prefix = text.slice(Math.max(seg.clauses[clause]?.start ?? 0, start - 24), start);
  // The English patterns read on `before` all end in a space (\s+$, or "a " and the like): a word right before the person skips them.
  const english = latin && start > 0 && isSpace(text.charCodeAt(start - 1));
  const before = english ? text.slice(Math.max(0, start - 30), start) : "";
  // Every pattern read on `prefix` needs a character of it: a person at a clause start skips them all.
  const zh = prefix.length > 0;
  // CLEFT_ZH needs a 是.
  const praised = ref.praised || (zh && praisedZh(prefix)) || (zh && kind === "named" && prefix.includes("是") && CLEFT_ZH.test(prefix)) ||
    (english && PRAISE_EN.test(before)) || (zh && GIVE_PRAISE_BEFORE.test(prefix) && GIVE_PRAISE_AFTER.test(text.slice(end, end + 4)));
  const passive = passiveAt(text, end); // 王爹爹被小李扶过了马路
  const perceived = !praised && ((zh && PERCEIVED_ZH.test(prefix)) || (english && PERCEIVED_EN.test(before)));
  // "the man in the blue jacket who carried my bags": an unnamed person before "who" is the subject of what follows.
  const relative = latin && kind === "unnamed" && /^[^,.!?]{0,30}?\bwho\b/i.test(text.slice(end, end + 36));
  const accompanies = english && /\b(?:i|me|we) (?:and|&)\s+$/i.test(before); // I and my son …
  const object = accompanies || (!praised && !perceived && !relative && (passive || (english && OBJECT_EN.test(before))));
  const then = perceived ? PERCEIVER_ACTS.exec(text.slice(end, seg.clauses[clause]?.end ?? end)) : null;
  ref.object = object;
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
  const latin = /[a-z]{2}/.test(lower);
  const reading: Reading = { text, seg, latin, refs };
  // Per character of the text: 1 = inside an @-mention, 2 = a clause starts here (typed arrays
  // and char codes, not Sets of numbers and one-character strings: this loop visits every character).
  const marks = MARKS.zeroed(text.length + 1);
  // The steps are separate functions, not one: V8 optimises each on its own, and one large
  // function with all of them inlined took it far longer to compile (a cost paid in every process).
  if (text.includes("@")) atMentions(reading, marks);
  for (const c of seg.clauses) marks[c.start] = (marks[c.start] as number) | 2;
  // English-only text holds no Chinese name and none of the Chinese patterns' characters.
  const chinese = chineseNames(reading, marks);
  patternRefs(reading, lower, chinese);
  const kept: PersonRef[] = [];
  for (const r of refs) if ((text.charCodeAt(r.start) === AT_SIGN || !((marks[r.start] as number) & 1)) && !reflexive(text, refs, r)) kept.push(r);
  const found = dedupe(kept);
  for (const r of found) describe(reading, r);
  return markObjects(text, seg, found);
}

/** @-mentions: a name (Chinese or English), or an official thanked; their characters are marked 1. */
function atMentions(reading: Reading, marks: Uint8Array): void {
  const { text } = reading;
  for (const m of allMatches(AT, text)) {
    marks.fill(1, m.index, m.index + m[0].length);
    const raw = m[1] ?? "";
    // "@Wang Lei": an English full name runs past the space.
    const english = /^[A-Z]/.test(raw) ? readEnglishName(text, m.index + 1) : undefined;
    if (english) {
      marks.fill(1, m.index, english.end);
      push(reading, m.index, english.end, "named", english.name);
    } else if (!OFFICIAL.test(raw)) push(reading, m.index, m.index + m[0].length, "named", cleanAtName(raw));
    else if (THANK_ADDRESSEE.test(text)) {
      // An official addressed is only the reader, unless the message thanks them: then they acted.
      const name = cleanAtName(raw.replace(OFFICE_PREFIX, ""));
      if (name && readChineseName(name, 0)) push(reading, m.index, m.index + m[0].length, "named", name, true);
    }
  }
}

/**
 * Chinese names where a name may stand: a clause start, or after a word that a name follows (的, 表扬, 保安 …).
 * Returns whether the text holds any Chinese character (U+3400 to U+9FFF).
 */
function chineseNames(reading: Reading, marks: Uint8Array): boolean {
  const { text, seg } = reading;
  let chinese = false;
  // Reads stay inside the text (a read past either end makes V8 leave its optimised code for this loop).
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    // Every name starts with a Chinese character (readChineseName reads nothing else first).
    if (code < CJK_FIRST || code > CJK_LAST) continue;
    chinese = true;
    if (!mayStartName(code)) {
      // mayStartNick: 刚子, 兵兵.
      const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      if (next !== ZI && next !== code) continue;
    }
    const mark = marks[i] as number;
    if (mark & 1) continue;
    const p1 = i > 0 ? text.charCodeAt(i - 1) : -1;
    const prev = p1 === SPACE ? (i > 1 ? text.charCodeAt(i - 2) : -1) : p1;
    if (!(mark & 2) && !(i > 0 && (marks[i - 1] as number) & 2) && !inSet(SLOT_END_CODES, prev)) continue;
    if (!readChineseName(text, i)) continue;
    const prefix = prefixOf(text, seg, i);
    // /被\s*$/, /[和跟同与]\s*$/ and /是\s*$/ read as the last character before trailing spaces (trimEnd drops exactly \s).
    const last = lastSolid(prefix);
    const strong = MODIFIER.test(prefix) || last === "被" || praisedZh(prefix) || GIVE_PRAISE_BEFORE.test(prefix) || JOINERS.includes(last);
    const weak = LEADING.test(prefix) || ROLE_BEFORE.test(prefix) || last === "是";
    const name = strong || weak ? readChineseName(text, i, !strong) : undefined;
    if (name) {
      push(reading, i, name.end, "named", name.name);
      i = name.end - 1;
    }
  }
  return chinese;
}

/** Kin, nicknames, pets, the sender, pronouns, the one addressed, unnamed people, and the English forms of these. */
function patternRefs(reading: Reading, lower: string, chinese: boolean): void {
  const { text, seg, refs } = reading;
  const add: Push = (start, end, kind, name, praised) => push(reading, start, end, kind, name, praised);
  // Each pattern below is tried only when the text holds a character every match of it contains.
  if (chinese) {
    if (text.includes("我") || text.includes("屋里")) pushMatches(KIN_ZH, text, "named", true, add);
    if (text.includes("子")) {
      PRAISED_NICK_ZH.lastIndex = 0;
      for (let m = PRAISED_NICK_ZH.exec(text); m !== null; m = PRAISED_NICK_ZH.exec(text)) {
        const at = m.index + m[0].length - (m[1]?.length ?? 0);
        push(reading, at, m.index + m[0].length, "named", m[1], true);
      }
    }
    if (MAY_BE_MODIFIED_NICK.test(text)) pushMatches(MODIFIED_NICK_ZH, text, "named", true, add);
    if (text.includes("狗") || text.includes("猫")) pushMatches(PET_ZH, text, "unnamed", false, add);
    pushMatches(SELF_ZH, text, "self", false, add);
    pushMatches(PRONOUN_ZH, text, "pronoun", false, add);
  }
  // After an @-mention, "you" is the person addressed: @阿强 …就是你捡的, @Wang Lei you calmed them down.
  const addressee = refs.find((r) => text[r.start] === "@" && r.kind === "named" && r.name);
  if (addressee?.name) for (const m of allMatches(SECOND_PERSON, lower)) push(reading, m.index, m.index + m[0].length, "named", addressee.name);
  if (chinese) pushMatches(UNNAMED_ZH, text, "unnamed", false, add);
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
    // 跟保安老杨: a name right after a person on the receiving end is that same person.
    const apposed = prev !== undefined && prev.object && prev.end === r.start;
    const gap = text.slice(from, r.start);
    r.object = apposed || (gap.length > 0 && OBJECT_ZH.test(gap.charCodeAt(0) === AT_SIGN ? gap.replace(/^@\S*/, "") : gap));
  }
  return refs;
}

function cleanAtName(raw: string): string {
  const name = raw.replace(/[的了啊呀吧呢哈]+$/, "");
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
    const last = out[out.length - 1];
    if (last && r.start < last.end) continue;
    out.push(r);
  }
  return out;
}

/** Order of references: by start, the longer first at the same start. */
const comesAfter = (a: PersonRef, b: PersonRef): boolean => a.start - b.start > 0 || (a.start === b.start && b.end - a.end > 0);
