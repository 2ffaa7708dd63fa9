// Who did the deeds. Each deed's subject is the nearest person before its verb who is not on the
// receiving end (给独居的王奶奶, 扶我妈); pronouns take the nearest name before them. A named
// subject wins, then a person the message praises, then the sender; only when every deed's
// subject is unnamed (有人, someone) is the doer unnamed. A sender naming themself is the sender.
import type { DeedHit } from "./find-deed-hits.ts";
import type { PersonRef } from "./person-refs.ts";

export type Doer = { kind: "self" } | { kind: "named"; name: string } | { kind: "unnamed" };

function resolvePronoun(refs: readonly PersonRef[], at: number): Doer {
  const before = refs.filter((r) => r.kind === "named" && r.end <= at);
  const named = before.filter((r) => !r.object).at(-1) ?? before.at(-1) ?? refs.find((r) => r.kind === "named" && r.praised);
  return named?.name ? { kind: "named", name: named.name } : { kind: "unnamed" };
}

function subjectBefore(refs: readonly PersonRef[], hit: DeedHit): Doer | undefined {
  for (let i = refs.length - 1; i >= 0; i--) {
    const r = refs[i];
    // 那个帮我捡手机的小伙子: the deed describes an unnamed person, who did it.
    if (r && r.kind === "unnamed" && r.start < hit.anchor && r.end > hit.end) return { kind: "unnamed" };
    if (!r || r.end > hit.anchor || r.object) continue;
    if (r.perceived && (r.clause !== hit.clause || (r.reach !== undefined && hit.anchor >= r.reach))) continue;
    if (r.kind === "self") return { kind: "self" };
    if (r.kind === "unnamed") return { kind: "unnamed" };
    if (r.kind === "pronoun") return resolvePronoun(refs, r.start);
    if (r.name) return { kind: "named", name: r.name };
  }
  return undefined;
}

/** "汤丽" sent by 汤丽, "Grace" sent by Grace Liu. */
function sameAsSender(name: string, sender: string | undefined): boolean {
  if (!sender) return false;
  const a = name.trim().toLowerCase();
  const b = sender.trim().toLowerCase();
  return a === b || b.split(/\s+/)[0] === a;
}

export function findDoer(refs: readonly PersonRef[], hits: readonly DeedHit[], sender?: string): Doer {
  // A label such as "见义勇为:" has no subject; the story after it names @郑凯.
  const subjects = hits.map((h) => subjectBefore(refs, h));
  const praised = refs.find((r) => r.kind === "named" && r.praised && r.name);
  let doer: Doer = subjects.find((s) => s?.kind === "named") ??
    (praised?.name && !subjects.some((s) => s?.kind === "self") ? { kind: "named", name: praised.name } : undefined) ??
    (subjects.some((s) => s?.kind !== "unnamed") ? { kind: "self" } : { kind: "unnamed" });
  if (doer.kind === "named" && sameAsSender(doer.name, sender)) doer = { kind: "self" };
  // 感谢那位扶我起来的大哥, thanks to the lady who…: thanks to an unknown person, and no one else is the subject.
  if (doer.kind === "self" && !subjects.some((s) => s?.kind === "self") && refs.some((r) => r.kind === "unnamed" && r.praised)) {
    doer = { kind: "unnamed" };
  }
  return doer;
}
