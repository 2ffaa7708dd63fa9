// The explicit report tags: a message starting with one is always a report, so the bot can ask
// for a category when none fits.
import { charSet, codeUnit, inSet, isSpace } from "./char-set.ts";

const TAG = /^\s*(?:#\s*好人好事(?:申报)?|【\s*(?:好人好事申报|好人好事)\s*】|#?\s*【?\s*申报(?!的|时|人?(?:已|审)|要|需要|怎么|么样|什么|积分|流程|格式|方法|规则|了吗|吗)\s*】?|\/report\b)/i;

/** A bare 申报 starting a question is talk about reporting: 申报巡逻要拍照吗? */
const ASKS = /[??]|吗|么样|怎么|如何/;

/** Length of the leading tag, or 0 when the message carries none. */
/**
 * The characters a tag can start with after leading spaces (#, 【, 申, /): most messages start otherwise, and TAG is not run.
 * Read by char code (a Set of one-character strings hashed a new string for every Chinese first character).
 */
const TAG_FIRST = charSet("#【申/");

export function reportTagLength(text: string): number {
  // isSpace is exactly what TAG's leading \s* skips (white space and line terminators).
  let i = 0;
  while (i < text.length && isSpace(codeUnit(text, i))) i++;
  if (i === text.length || !inSet(TAG_FIRST, codeUnit(text, i))) return 0;
  const tag = TAG.exec(text)?.[0] ?? "";
  if (/^\s*申报/.test(tag) && ASKS.test(text)) return 0;
  return tag.length;
}
