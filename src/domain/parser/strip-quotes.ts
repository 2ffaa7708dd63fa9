// Quoted messages are someone else's words: a reply "「王阿姨:今天送了饭」 - - - 好人!" reports
// nothing itself. Quotes are blanked out (same length, so positions stay valid).

/** Each quote form with a string every match of it contains: the pattern is tried only where that string stands. */
const QUOTES: ReadonlyArray<readonly [RegExp, string]> = [
  [/「[^」]*」/g, "「"],
  [/^\s*>.*$/gm, ">"],
  [/^\s*-(?:\s*-)+\s*$/gm, "-"],
  [/^\s*引用[^\n::]{0,24}[::].*$/gm, "引用"],
  // 回复 老周师傅 撕了四张 —— 老周威武: the quoted words run up to the dash that opens the reply.
  [/^\s*回复[^\n]{0,80}?(?:——|--)/gm, "回复"],
  [/^\s*回复\s*@?[^\n::]{0,16}[::]/gm, "回复"],
  [/"[^"\n]{6,}"/g, '"'],
];

/** Characters every quote above contains, one code unit each: a cheap test first. */
export const MAY_QUOTE = /[「>\-引回"]/;

/** Blanks every quote (callers test MAY_QUOTE, or its class bit, first). */
export function blankQuotes(text: string): string {
  let s = text;
  for (const [re, needs] of QUOTES) if (s.includes(needs)) s = s.replace(re, (q) => " ".repeat(q.length));
  return s;
}
