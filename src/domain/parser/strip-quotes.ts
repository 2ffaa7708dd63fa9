// Quoted messages are someone else's words: a reply "「王阿姨:今天送了饭」 - - - 好人!" reports
// nothing itself. Quotes are blanked out (same length, so positions stay valid).

const QUOTES = [
  /「[^」]*」/g,
  /^\s*>.*$/gm,
  /^\s*-(?:\s*-)+\s*$/gm,
  /^\s*引用[^\n::]{0,24}[::].*$/gm,
  /^\s*回复\s*@?[^\n::]{0,16}[::]/gm,
  /"[^"\n]{6,}"/g,
];

const MAY_QUOTE = /[「>\-引回"]/;

export function stripQuotes(text: string): string {
  if (!MAY_QUOTE.test(text)) return text;
  let s = text;
  for (const re of QUOTES) s = s.replace(re, (q) => " ".repeat(q.length));
  return s;
}
