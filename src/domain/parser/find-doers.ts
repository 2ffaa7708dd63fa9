// Everyone a message names as doing the deed together: "我和刘建国、王桂兰一起…",
// "张秀英、刘建国、王桂兰、陈志强都参加了", "#好人好事 张秀英 刘建国 王桂兰 参加了…". A list of
// people joined by 、, spaces or 和/跟/与 standing before the deed, not after 给/帮 (those
// received help). 和/跟 alone join a companion (我跟老王巡逻: the sender did it), so a list
// joined only by them needs a word of togetherness (一起, 都, 大家, 每人).
import { mayStartName, readChineseName } from "./chinese-names.ts";
import type { DeedHit } from "./find-deed-hits.ts";
import type { Doer } from "./find-doer.ts";
import { Scratch } from "./char-set.ts";
import { OFFICIAL } from "./person-patterns.ts";

/** The cheap test: no list separator, no list. */
const MAY_LIST = /[、和跟与同及]|[\u4e00-\u9fff]\s+[\u4e00-\u9fff]/;
/** Joins two people of a list; the captured word tells whether it is a mere 和. */
const JOIN = /\s*(、|以及|及|和|跟|与|同|\s)\s*/y;
const SELF = /我(?!们|家|的|妈|爸|屋)/y;
/** Togetherness right after the list: 一起, 都, 大家, 每人, 等人. */
const TOGETHER = /^[^,。!?;]{0,6}?(?:一起|一块|一同|共同|一道|都|全都|大家|每人|各|等人|等\d+人|几个)/;
/** Taking part, told after the list when the deed was named before it (大扫除,张秀英、刘建国都参加了). */
const TOOK_PART = /^[^,。!?;]{0,8}?(?:参加|参与|出席|到场)/;
/** Before the list: its people receive the action (帮张大爷、李奶奶搬东西). */
const OBJECT_BEFORE = /(?:给|帮|替|扶|搀|陪|送|照顾|看望|探望|救|把|教|带|问|叫|找|见|看|遇到|碰到|通知|告诉|联系|提醒|劝|拉|背|抱|接|向|对|为)\s*$/;
const AT_NAME = /@([^\s@,.!?:;、()]{1,12})/y;

interface Item { name: string | null; start: number; end: number }

function readItem(text: string, at: number): Item | undefined {
  SELF.lastIndex = at;
  if (SELF.test(text)) return { name: null, start: at, end: at + 1 };
  AT_NAME.lastIndex = at;
  const m = AT_NAME.exec(text);
  if (m && !OFFICIAL.test(m[1] ?? "")) {
    const raw = (m[1] ?? "").replace(/[的了啊呀吧呢哈]+$/, "");
    const full = readChineseName(raw, 0);
    return { name: full && full.end === raw.length ? full.name : raw, start: at, end: at + m[0].length };
  }
  const n = readChineseName(text, at);
  return n ? { name: n.name, start: at, end: n.end } : undefined;
}

/** The longest list of people starting at `at`, with whether only 和-like words joined it. */
function readList(text: string, at: number): { items: Item[]; plainAnd: boolean; end: number } | undefined {
  const first = readItem(text, at);
  if (!first) return undefined;
  const items = [first];
  let plainAnd = true;
  let end = first.end;
  for (;;) {
    JOIN.lastIndex = end;
    const j = JOIN.exec(text);
    if (!j) break;
    const next = readItem(text, JOIN.lastIndex);
    // "@王芳 我昨天…": a space before or after 我 ends an address, not a list.
    if (!next || (/^\s$/.test(j[1] ?? "") && (next.name === null || items.at(-1)?.name === null))) break;
    if (!/^(?:和|跟|与|同)$/.test(j[1] ?? "")) plainAnd = false;
    items.push(next);
    end = next.end;
  }
  return { items, plainAnd, end };
}

/** A list's first person ends right before a separator: only the few places before one are tried. */
const SEPARATOR = /[、和跟与同及]|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff@])/g;
const NAME_REACH = 4;
const AT_REACH = 13;

const STARTS = new Scratch();

function listStarts(text: string): number[] {
  // Marks by position (then read in order): no Set, spread and sort, and an exec loop, not matchAll (which copies the regex).
  const marked = STARTS.zeroed(text.length);
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(text); m !== null; m = SEPARATOR.exec(text)) {
    for (let k = Math.max(0, m.index - AT_REACH); k < m.index; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x40 || (k >= m.index - NAME_REACH && (c === 0x6211 || mayStartName(c)))) marked[k] = 1;
    }
  }
  const starts: number[] = [];
  for (let k = 0; k < text.length; k++) if (marked[k] === 1) starts.push(k);
  return starts;
}

const sameAsSender = (name: string, sender: string | undefined): boolean =>
  sender !== undefined && name.trim().toLowerCase() === sender.trim().toLowerCase();

/**
 * The doers of a message in order, `null` standing for the sender; `[doer]` when the message
 * names no list of people doing the deed together.
 */
export function findDoers(text: string, hits: readonly DeedHit[], doer: Doer, sender?: string): (string | null)[] {
  const single = [doer.kind === "named" ? doer.name : null];
  if (!MAY_LIST.test(text) || hits.length === 0) return single;
  const lastAnchor = Math.max(...hits.map((h) => h.anchor));
  let i = -1;
  for (const at of listStarts(text)) {
    if (at <= i) continue;
    i = at;
    const list = readList(text, at);
    if (!list) continue;
    const after = text.slice(list.end, list.end + 12);
    if (list.items.length < 2 || (list.end > lastAnchor && !TOOK_PART.test(after)) || OBJECT_BEFORE.test(text.slice(Math.max(0, at - 4), at))) {
      i = Math.max(i, list.end - 1);
      continue;
    }
    if (list.plainAnd && !TOGETHER.test(after)) {
      i = list.end - 1;
      continue;
    }
    // Each name once, in order, pushed onto a literal like `single` (a map or filter result has
    // another array map: the first list of doers made findDoers, parseReport and the answer
    // writer leave their optimised code).
    const unique: (string | null)[] = [];
    for (const it of list.items) {
      const name = it.name !== null && sameAsSender(it.name, sender) ? null : it.name;
      if (!unique.includes(name)) unique.push(name);
    }
    if (unique.length >= 2) return unique;
    i = list.end - 1;
  }
  return single;
}
