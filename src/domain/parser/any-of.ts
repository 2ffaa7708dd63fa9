// Several alternations joined into one regex: `anyOf(a, b).test(t)` is `a.test(t) || b.test(t)`
// when the flags are the same and no pattern refers back to a numbered or named group, and one
// scan of the text costs about half of two or three.

export function anyOf(...res: RegExp[]): RegExp {
  const flags = res[0]?.flags ?? "";
  if (res.some((r) => r.flags !== flags || /\\[1-9]|\\k</.test(r.source))) {
    throw new Error("anyOf: patterns must share their flags and have no back-references");
  }
  return new RegExp(res.map((r) => r.source).join("|"), flags);
}
