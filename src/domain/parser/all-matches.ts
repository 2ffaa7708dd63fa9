// Every match of a global regex, like [...text.matchAll(re)] but without the copy of the regex
// that matchAll makes on each call: with some twenty scans per message, those copies cost the
// parser more than the matching itself.

import type { Push, RefKind } from "./ref-kind.ts";

export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError("allMatches needs a global regex");
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match would match again at the same place: step over it, a whole character in unicode mode.
    if (m[0] === "") re.lastIndex += re.unicode && isPair(text, re.lastIndex) ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}

/** Pushes every match of a global pattern that never matches the empty string, named by its first group when `named`. */
export function pushMatches(re: RegExp, text: string, kind: RefKind, named: boolean, push: Push): void {
  // An exec loop, not allMatches: no array of the matches (exec's null leaves lastIndex at 0).
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) push(m.index, m.index + m[0].length, kind, named ? m[1] : undefined);
}

function isPair(text: string, at: number): boolean {
  const hi = text.charCodeAt(at);
  const lo = text.charCodeAt(at + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}
