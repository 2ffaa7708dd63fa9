// A doer the message names by a title form (吴老师, 王阿姨) or by kinship (老头子) and also in full
// (吴国华老师 … 吴老师, 王秀英阿姨 … 王阿姨, 老头叫邵金山) goes by the full name, as the catalog's
// labelling rules want: the full name without its title.
import { readChineseName } from "./chinese-names.ts";
import type { Doer } from "./find-doer.ts";
import type { PersonRef } from "./person-refs.ts";

/** A surname and a title: 吴老师, 王阿姨, 刘师傅. */
const TITLED = /^([\u4e00-\u9fff])(?:老师|阿姨|师傅|爹爹|婆婆|奶奶|爷爷|大姐|大哥|姐|哥|叔|婶|医生|书记|主任|经理)$/;
/** A birth-order nickname, which a name may follow: 我家老二建军. */
const ORDER = /^老[大二三四五六幺]$/;
/** Named after the fact: 老头叫邵金山, 她名字叫刘芳. */
const CALLED = /(?:叫|名叫|名字叫|名字是)([\u4e00-\u9fff]{2,4})/;

export function nameInFull(doer: Doer, refs: readonly PersonRef[], text: string, relative: boolean): Doer {
  if (doer.kind !== "named") return doer;
  const titled = TITLED.exec(doer.name);
  if (titled) {
    for (const r of refs) {
      const name = r.name;
      if (r.kind === "named" && name && name.length >= 2 && name.length <= 3 && name[0] === titled[1] && !TITLED.test(name)) {
        return { kind: "named", name };
      }
    }
    return doer;
  }
  if (!relative && !ORDER.test(doer.name)) return doer;
  // In apposition: 我孙子豆豆, 我媳妇王静, 我家老二建军 name the relative right after the kinship word.
  const after = appositive(text, doer.name);
  if (after) return { kind: "named", name: after };
  const called = CALLED.exec(text);
  const full = called?.[1] ? readChineseName(called[1], 0, true) : undefined;
  return full && full.name.length >= 2 ? { kind: "named", name: full.name } : doer;
}

/** Doubled words that are adverbs, not nicknames: 天天, 刚刚, 常常, 慢慢. */
const NOT_DOUBLED_NAME = /[天刚常渐慢好谢哈呵嘿偷悄早晚次回年月日人家个]/;
/** What follows a subject: a time word's first character or a verb of place and doing. */
/** Cannot start a given name: time words, speech and place words (今天, 说他, 上午). */
const NOT_FIRST = /^[今昨前明早晚上下中每天刚说在去克又也都一两这那自平经总常]$/;
const SUBJECT_NEXT = /^[今昨前刚在把给去克又也上下早晚每]$/;
const isCjk = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/** The name that follows the first mention of `word` with nothing between (王静 in 我媳妇王静今天…), if any. */
function appositive(text: string, word: string): string | undefined {
  const at = text.indexOf(word);
  if (at < 0) return undefined;
  const p = at + word.length;
  const full = readChineseName(text, p, true);
  if (full && full.name.length >= 2) return full.name;
  // A doubled or 小/老/阿 nickname (豆豆, 小宝) that the name reader leaves to a subject's place.
  const c1 = text.charCodeAt(p);
  const c2 = text.charCodeAt(p + 1);
  if (isCjk(c1) && isCjk(c2) && (c1 === c2 ? !NOT_DOUBLED_NAME.test(text.charAt(p)) : "小老阿".includes(text.charAt(p))) && !/[的了是在把给也又都就还]/.test(text.charAt(p + 1))) {
    return text.slice(p, p + 2);
  }
  // A given name alone (建军, 国栋), where the subject's time word or verb follows it.
  if (isCjk(c1) && isCjk(c2) && !/[的了是在把给也又都就还和跟个们家里]/.test(text.slice(p, p + 2)) && !NOT_FIRST.test(text.charAt(p)) && SUBJECT_NEXT.test(text.charAt(p + 2))) {
    return text.slice(p, p + 2);
  }
  return undefined;
}
