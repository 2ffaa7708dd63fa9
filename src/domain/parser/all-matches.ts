// Every match of a global regex, like [...text.matchAll(re)] but without the copy of the regex
// that matchAll makes on each call: with some twenty scans per message, those copies cost the
// parser more than the matching itself.

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

function isPair(text: string, at: number): boolean {
  const hi = text.charCodeAt(at);
  const lo = text.charCodeAt(at + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}
