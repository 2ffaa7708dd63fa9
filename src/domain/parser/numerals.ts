// Numbers as residents type or dictate them: 3, 十二, 两, 俩, 二十五, 十几, one, a dozen.

const CN_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 俩: 2, 仨: 3, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
/**
 * Both by char code: a Chinese character read from a string is a new string, and an object looked up
 * by it must find it in the string table first. All of them are one code unit.
 */
const byCode = (table: Record<string, number>): Map<number, number> => new Map(Object.entries(table).map(([ch, n]) => [ch.charCodeAt(0), n]));
const CN_DIGIT_CODES = byCode(CN_DIGITS);
const CN_UNIT_CODES = byCode(CN_UNITS);

const EN_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, couple: 2, several: 3,
};

/** Regex source for one number, Arabic, Chinese or English (lower case). */
export const NUMBER_SOURCE =
  "\\d+(?:\\.\\d+)?|[零〇一二两俩仨三四五六七八九十百千]+|(?<![a-z])(?:" +
  "(?:a |one )?dozen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|" +
  "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" +
  "one|two|three|four|five|six|seven|eight|nine|ten|an?|couple|several)(?![a-z])";

/** Chinese numeral to a number: 十二 → 12, 二十五 → 25, 两三 → 2 (the lower), 一百 → 100. */
export function parseChineseNumber(s: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  // By code unit: a character outside the BMP is no digit or unit either way (each half is neither).
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = CN_DIGIT_CODES.get(c);
    if (d !== undefined) {
      if (digit === undefined) digit = d; // 两三, 二三十: a range, keep the lower end
      continue;
    }
    const u = CN_UNIT_CODES.get(c);
    if (u === undefined) return undefined;
    if (u === 10000) {
      total = (total + section + (digit ?? 0)) * u;
      section = 0;
    } else {
      section += (digit ?? 1) * u;
    }
    digit = undefined;
  }
  const n = total + section + (digit ?? 0);
  return s.length > 0 ? n : undefined;
}

function parseEnglishNumber(s: string): number | undefined {
  let n = 0;
  let seen = false;
  for (const w of s.split(/[- ]+/)) {
    const v = EN_NUMBERS[w];
    if (v === undefined) continue;
    seen = true;
    n = v === 100 ? Math.max(n, 1) * 100 : w === "dozen" ? Math.max(n, 1) * 12 : n + v;
  }
  return seen ? n : undefined;
}

/** The characters a Chinese numeral starts with. */
const CN_FIRST = "零〇一二两俩仨三四五六七八九十百千万";

/** Any number token matched by NUMBER_SOURCE to its value. */
export function parseNumber(token: string): number | undefined {
  const s = token.trim().toLowerCase();
  // The first character tells the kind (a character test: this runs for every count found).
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) return Number(s);
  if (s.length > 0 && CN_FIRST.includes(s.charAt(0))) return parseChineseNumber(s);
  return parseEnglishNumber(s);
}
