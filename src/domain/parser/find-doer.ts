// Who did the deeds: the nearest person standing as subject before the deed's verb, else a
// person the message praises, else the sender. Pronouns take the nearest name before them
// (or the praised one). A sender who names themself is still the sender.
import type { DeedHit } from "./find-deed-hits.ts";
import type { PersonRef } from "./person-refs.ts";

export type Doer = { kind: "self" } | { kind: "named"; name: string } | { kind: "unnamed" };

function resolvePronoun(refs: readonly PersonRef[], at: number): Doer {
  const before = refs.filter((r) => r.kind === "named" && r.end <= at);
  const named = before.filter((r) => !r.object).at(-1) ?? before.at(-1) ?? refs.find((r) => r.kind === "named" && r.praised);
  return named?.name ? { kind: "named", name: named.name } : { kind: "unnamed" };
}

function subjectBefore(refs: readonly PersonRef[], anchor: number): Doer | undefined {
  for (let i = refs.length - 1; i >= 0; i--) {
    const r = refs[i];
    if (!r || r.end > anchor || r.object) continue;
    if (r.kind === "self") return { kind: "self" };
    if (r.kind === "unnamed") return { kind: "unnamed" };
    if (r.kind === "pronoun") return resolvePronoun(refs, r.start);
    if (r.name) return { kind: "named", name: r.name };
  }
  return undefined;
}

export function sameAsSender(name: string, sender: string | undefined): boolean {
  if (!sender) return false;
  const a = name.trim().toLowerCase();
  const b = sender.trim().toLowerCase();
  return a === b || b.split(/\s+/)[0] === a || (a.length >= 2 && b.includes(a) && /[\u3400-\u9fff]/.test(a) && a.length === b.length);
}

export function findDoer(refs: readonly PersonRef[], hits: readonly DeedHit[], sender?: string): Doer {
  let doer: Doer | undefined;
  for (const h of hits) {
    doer = subjectBefore(refs, h.anchor);
    if (doer) break;
  }
  if (!doer || doer.kind === "self") {
    const praised = refs.find((r) => r.kind === "named" && r.praised && r.name);
    if (!doer && praised?.name) doer = { kind: "named", name: praised.name };
  }
  doer ??= { kind: "self" };
  return doer.kind === "named" && sameAsSender(doer.name, sender) ? { kind: "self" } : doer;
}
