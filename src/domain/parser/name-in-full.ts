// A doer the message names by a title form (吴老师, 王阿姨) or by kinship (老头子) and also in full
// (吴国华老师 … 吴老师, 王秀英阿姨 … 王阿姨, 老头叫邵金山) goes by the full name, as the catalog's
// labelling rules want: the full name without its title.
import { readChineseName } from "./chinese-names.ts";
import type { Doer } from "./find-doer.ts";
import type { PersonRef } from "./person-refs.ts";

/** A surname and a title: 吴老师, 王阿姨, 刘师傅. */
const TITLED = /^([\u4e00-\u9fff])(?:老师|阿姨|师傅|爹爹|婆婆|奶奶|爷爷|大姐|大哥|姐|哥|叔|婶|医生|书记|主任|经理)$/;
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
  if (!relative) return doer;
  const called = CALLED.exec(text);
  const full = called?.[1] ? readChineseName(called[1], 0, true) : undefined;
  return full && full.name.length >= 2 ? { kind: "named", name: full.name } : doer;
}
