// Messages that are never reports whatever deeds they mention: bot commands, grid workers'
// notices and approval logs, news forwarded from elsewhere.
import { ANNOUNCEMENT, APPROVAL_LOG, BACK_AND_FORTH, COMMAND, FORWARDED, OFFICE_SUMMARY, SELF_SUMMARY } from "./cues.ts";

/**
 * Alternations joined into one: `(a|b).test(t)` is `a.test(t) || b.test(t)` when the flags are the
 * same and no pattern numbers its groups for a back-reference, and one scan of the text costs about
 * half of three.
 */
function anyOf(...res: RegExp[]): RegExp {
  const flags = res[0]?.flags ?? "";
  if (res.some((r) => r.flags !== flags || /\\[1-9]|\\k</.test(r.source))) throw new Error("anyOf: patterns must share their flags and have no back-references");
  return new RegExp(res.map((r) => r.source).join("|"), flags);
}

const NOTICE = anyOf(ANNOUNCEMENT, APPROVAL_LOG, FORWARDED);

export function isChatter(text: string): boolean {
  return COMMAND.test(text) || NOTICE.test(text) ||
    (OFFICE_SUMMARY.test(text) && !SELF_SUMMARY.test(text)) || (text.includes("了又") && BACK_AND_FORTH.test(text));
}
