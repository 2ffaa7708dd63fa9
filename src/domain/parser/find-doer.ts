// Who did the deeds. Each deed's subject is the nearest person before its verb who is not on the
// receiving end (给独居的王奶奶, 扶我妈); pronouns take the nearest name before them. A named
// subject wins, then a person the message praises, then the sender; only when every deed's
// subject is unnamed (有人, someone) is the doer unnamed. A sender naming themself is the sender.
import { ELDER_NAME } from "./cues.ts";
import type { DeedHit } from "./find-deed-hits.ts";
import type { PersonRef } from "./person-refs.ts";

export type Doer = { kind: "self"; name?: undefined } | { kind: "named"; name: string } | { kind: "unnamed"; name?: undefined };

/*
 * Every doer has both fields, so all share one object shape: the code reading a mix of them
 * stays optimised (a shape first seen late made V8 drop and recompile it).
 */
const SELF: Doer = { kind: "self", name: undefined };
const UNNAMED: Doer = { kind: "unnamed", name: undefined };
const named = (name: string): Doer => ({ kind: "named", name });

function resolvePronoun(refs: readonly PersonRef[], at: number): Doer {
  const before = refs.filter((r) => r.kind === "named" && r.end <= at);
  const first = before.filter((r) => !r.object).at(-1) ?? before.at(-1) ?? refs.find((r) => r.kind === "named" && r.praised);
  return first?.name ? named(first.name) : UNNAMED;
}

/** Every named person before `at` is one helped (给独居的王奶奶, 帮他): a pronoun there means them. */
function onlyHelpedBefore(refs: readonly PersonRef[], at: number): boolean {
  let any = false;
  for (const r of refs) {
    if (r.kind !== "named" || r.end > at) continue;
    if (!r.helped) return false;
    any = true;
  }
  return any;
}

/** The subject told before one deed's verb (undefined: none told). */
export function subjectBefore(refs: readonly PersonRef[], hit: DeedHit): Doer | undefined {
  for (let i = refs.length - 1; i >= 0; i--) {
    const r = refs[i];
    // 那个帮我捡手机的小伙子: the deed describes an unnamed person, who did it.
    if (r && r.kind === "unnamed" && r.start < hit.anchor && r.end > hit.end) return UNNAMED;
    if (!r || r.end > hit.anchor || r.object) continue;
    if (r.perceived && (r.clause !== hit.clause || (r.reach !== undefined && hit.anchor >= r.reach))) continue;
    if (r.kind === "self") return SELF;
    if (r.kind === "unnamed") return UNNAMED;
    if (r.kind === "pronoun") {
      // 给杨婆婆送饭…她厨房的灯…: a pronoun that can only mean the one helped is not the doer; look further back.
      if (onlyHelpedBefore(refs, r.start)) continue;
      return resolvePronoun(refs, r.start);
    }
    if (r.name) return named(r.name);
  }
  return undefined;
}

/** A white-space character: where the sender's first name ends. */
const SPACE = /\s/;

/** "汤丽" sent by 汤丽, "Grace" sent by Grace Liu. */
function sameAsSender(name: string, sender: string | undefined): boolean {
  if (!sender) return false;
  const a = name.trim().toLowerCase();
  const b = sender.trim().toLowerCase();
  // The first word, by its first space (a split on a regex builds an array of every word).
  const space = SPACE.exec(b);
  return a === b || (space ? b.slice(0, space.index) : b) === a;
}

export function findDoer(refs: readonly PersonRef[], hits: readonly DeedHit[], sender?: string): Doer {
  // A label such as "见义勇为:" has no subject; the story after it names @郑凯.
  // One pass over the deeds' subjects: the first named one, whether any is the sender, whether any is not unnamed.
  let firstNamed: Doer | undefined;
  let selfSubject = false;
  let knownSubject = false;
  for (const h of hits) {
    const s = subjectBefore(refs, h);
    if (s === undefined) {
      knownSubject = true;
      continue;
    }
    if (s.kind === "named") firstNamed ??= s;
    if (s.kind === "self") selfSubject = true;
    if (s.kind !== "unnamed") knownSubject = true;
  }
  // 王爹爹在路口过马路…我扶着他: an elder named as the subject of one deed while the teller did another is the one helped.
  if (firstNamed?.name && selfSubject && ELDER_NAME.test(firstNamed.name)) firstNamed = undefined;
  const praised = refs.find((r) => r.kind === "named" && r.praised && r.name);
  let doer: Doer = firstNamed ??
    (praised?.name && !selfSubject ? named(praised.name) : undefined) ??
    (knownSubject ? SELF : UNNAMED);
  if (doer.kind === "named" && sameAsSender(doer.name, sender)) doer = SELF;
  // 感谢那位扶我起来的大哥, thanks to the lady who…: thanks to an unknown person, and no one else is the subject.
  if (doer.kind === "self" && !selfSubject && refs.some((r) => r.kind === "unnamed" && r.praised)) {
    doer = UNNAMED;
  }
  return doer;
}
